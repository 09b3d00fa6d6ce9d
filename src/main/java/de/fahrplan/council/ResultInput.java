package de.fahrplan.council;

/** The result of a consultation; {@code text} is the changed wording of "geändert beschlossen". */
public class ResultInput {
  public ConsultationResult result;
  public String text;
}
