package de.fahrplan.plan;

/** A further participant: exactly one of org unit, person or Organization (committee, group). */
public class ParticipantInput {
  public Long orgUnitId;
  public Long personId;
  public Long organizationId;
  public Raci raci;

  /** What the participant does, e.g. "Steuerung", optional. */
  public String task;
}
