package de.fahrplan.reporting;

/**
 * Workflow of a status update: the owner writes a draft and submits it; the coordination accepts it
 * or returns it with a comment; a returned update is changed and submitted again.
 */
public enum UpdateState {
  DRAFT,
  SUBMITTED,
  RETURNED,
  ACCEPTED;

  /** Whether the owner may still change the update. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}
