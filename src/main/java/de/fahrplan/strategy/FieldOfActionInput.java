package de.fahrplan.strategy;

/** A field of action (Handlungsfeld). */
public class FieldOfActionInput {
  public Integer position;
  public String code;
  public String title;
  public String description;
}
