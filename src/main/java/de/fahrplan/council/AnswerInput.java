package de.fahrplan.council;

/**
 * The answer to a statement request, with its text (required for concerns and rejection) and, for
 * an answer "als Anlage" ({@code ATTACHED}), the Anlage of the same paper that holds it.
 */
public class AnswerInput {
  public StatementAnswer answer;
  public String text;
  public Long fileId;
}
