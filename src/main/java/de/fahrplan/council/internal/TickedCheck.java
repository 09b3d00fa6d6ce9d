package de.fahrplan.council.internal;

import de.fahrplan.council.PaperCheck;
import jakarta.persistence.Embeddable;

/** A ticked checkbox of a {@link Paper} as stored: its label and the note beside it. */
@Embeddable
class TickedCheck {
  private String label;
  private String note;

  protected TickedCheck() {}

  TickedCheck(String label, String note) {
    this.label = label;
    this.note = note;
  }

  String label() {
    return label;
  }

  PaperCheck view() {
    return new PaperCheck(label, note);
  }
}
