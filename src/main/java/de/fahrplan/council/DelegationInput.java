package de.fahrplan.council;

/** Whom a statement request is handed on to; null gives it back to the asked unit's lead. */
public class DelegationInput {
  public Long personId;
}
