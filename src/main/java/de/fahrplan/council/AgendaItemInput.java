package de.fahrplan.council;

/**
 * Form and API request for an agenda item. With a paper, the item is the paper's consultation by
 * the meeting's committee, and the title may stay empty (the paper's subject).
 */
public class AgendaItemInput {

  /** E.g. "Ö 3" or "3.1"; empty: the next number of its part ("Ö 4", "N 2"). */
  public String number;

  public String title;
  public boolean publicItem = true;
  public Long paperId;

  /** Where the item stands in the agenda; empty: at the end. */
  public Integer position;
}
