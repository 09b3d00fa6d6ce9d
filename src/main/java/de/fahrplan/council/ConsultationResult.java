package de.fahrplan.council;

import java.util.Set;

/** The result of one consultation (Beratungsergebnis). */
public enum ConsultationResult {
  /** empfohlen. */
  RECOMMENDED,
  /** beschlossen. */
  ADOPTED,
  /** geändert beschlossen – with the changed text. */
  ADOPTED_AMENDED,
  /** abgelehnt. */
  REJECTED,
  /** vertagt. */
  DEFERRED,
  /** zur Kenntnis genommen. */
  NOTED,
  /** zurückgezogen. */
  WITHDRAWN;

  /** Results only the deciding consultation can have. */
  public static final Set<ConsultationResult> DECISIONS =
      Set.of(ADOPTED, ADOPTED_AMENDED, REJECTED);

  /** Whether this result ends the paper's way through the committees. */
  public boolean isFinal(ConsultationRole role) {
    return DECISIONS.contains(this)
        || this == WITHDRAWN
        || (this == NOTED && role == ConsultationRole.NOTICE);
  }
}
