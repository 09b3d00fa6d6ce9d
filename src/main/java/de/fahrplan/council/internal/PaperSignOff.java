package de.fahrplan.council.internal;

import de.fahrplan.council.PaperView;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One person of a {@link Paper}'s ordered sign-off (Abzeichnung) and the day they signed. */
@Embeddable
class PaperSignOff {
  private Long personId;
  private LocalDate signedOn;

  protected PaperSignOff() {}

  PaperSignOff(Long personId) {
    this.personId = personId;
  }

  Long personId() {
    return personId;
  }

  /** Not signed yet. */
  boolean due() {
    return signedOn == null;
  }

  void sign(LocalDate today) {
    signedOn = today;
  }

  PaperView.SignOff view() {
    return new PaperView.SignOff(personId, signedOn);
  }

  /** "12" or "12 ✓ 2026-03-01" in the paper's history. */
  String auditText() {
    return personId + (signedOn == null ? "" : " ✓ " + signedOn);
  }
}
