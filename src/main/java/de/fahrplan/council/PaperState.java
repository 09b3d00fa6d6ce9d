package de.fahrplan.council;

/**
 * Where a paper stands. It is frozen once a consultation has a result: from then on only a new
 * paper (Ergänzung) can correct it.
 */
public enum PaperState {
  /** Entwurf: written and edited by the administration. */
  DRAFT,
  /** Freigegeben: signed off, statements in, released to the committees; no longer edited. */
  RELEASED,
  /** In Beratung: a committee has dealt with it, the deciding consultation has no result yet. */
  IN_CONSULTATION,
  /** Erledigt: the deciding (or last) consultation has a final result. */
  DECIDED,
  /** Zurückgezogen. */
  WITHDRAWN;

  /** Where a paper stands once one of its steps has this result (in that step's role). */
  public static PaperState after(ConsultationResult result, ConsultationRole role) {
    return result == ConsultationResult.WITHDRAWN
        ? WITHDRAWN
        : result.isFinal(role) ? DECIDED : IN_CONSULTATION;
  }

  public boolean frozen() {
    return this != DRAFT;
  }
}
