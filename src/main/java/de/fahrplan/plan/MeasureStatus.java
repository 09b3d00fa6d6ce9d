package de.fahrplan.plan;

/** Idee, geplant, in Umsetzung, abgeschlossen, zurückgestellt, abgebrochen. */
public enum MeasureStatus {
  IDEA,
  PLANNED,
  IN_PROGRESS,
  COMPLETED,
  DEFERRED,
  CANCELLED;

  /** Deferring or cancelling a measure needs a reason the council can read. */
  public boolean needsReason() {
    return this == DEFERRED || this == CANCELLED;
  }
}
