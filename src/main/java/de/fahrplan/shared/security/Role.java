package de.fahrplan.shared.security;

/** Roles a person holds in one municipality (tenant). The operator role is system-wide. */
public enum Role {
  /** Administration: manages organisation and accounts of the municipality. */
  ADMIN,
  /** Koordination: builds the strategy, runs reporting rounds. */
  COORDINATION,
  /** Bearbeitung: measure owners who update their measures. */
  EDITOR,
  /** Lesen: reads everything of the municipality. */
  READER;

  public String authority() {
    return "ROLE_" + name();
  }
}
