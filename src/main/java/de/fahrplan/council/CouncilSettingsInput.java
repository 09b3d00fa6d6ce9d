package de.fahrplan.council;

/**
 * The municipality's paper settings. {@code paperTypes}: one type per line, "Name; Kürzel" or
 * "Name; Kürzel; Beschluss"; {@code checkOptions}: one checkbox label per line; {@code
 * alwaysAsked}: the codes of the org units every paper asks for a statement, one per line.
 */
public class CouncilSettingsInput {
  public String numberPattern;
  public String paperTypes;
  public String checkOptions;
  public String alwaysAsked;
}
