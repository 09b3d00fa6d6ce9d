package de.fahrplan.organisation;

import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.web.Versioned;

/** A person of the municipality's administration or council. */
public record PersonView(
    Long id,
    String title,
    String givenName,
    String familyName,
    String jobFunction,
    String email,
    String phone,
    Long orgUnitId,
    java.time.LocalDate leftOn,
    boolean published,
    long version)
    implements Versioned {

  /** "Dr. Linda Schütt". */
  public String displayName() {
    return (title == null ? "" : title + " ") + givenName + " " + familyName;
  }

  /** Whether the person has left the administration by {@code day}. */
  public boolean leftBy(java.time.LocalDate day) {
    return leftOn != null && !leftOn.isAfter(day);
  }

  /** "Schütt, Linda (Strategische Steuerung)": how a person is picked from a list. */
  public String choiceLabel() {
    return familyName + ", " + givenName + (jobFunction == null ? "" : " (" + jobFunction + ")");
  }

  public PersonInput toInput() {
    return Inputs.fill(this, new PersonInput());
  }
}
