package de.fahrplan.council;

/** The answer to a statement request, with its text (required for concerns and rejection). */
public class AnswerInput {
  public StatementAnswer answer;
  public String text;
}
