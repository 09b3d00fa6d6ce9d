package de.fahrplan.oparl;

import java.time.Duration;
import java.time.Instant;

/** A run of the import as the status page and the API show it. */
public record ImportRunView(
    Long id,
    boolean fullRun,
    Instant modifiedSince,
    Instant started,
    Instant finished,
    Outcome outcome,
    int organizations,
    int meetings,
    int papers,
    int persons,
    int requests,
    int problems) {

  public enum Outcome {
    /** Läuft. */
    RUNNING,
    /** Vollständig: everything was read (problems with single objects are in the report). */
    COMPLETE,
    /** Unvollständig: a list could not be read to its end; the watermark stays where it was. */
    INCOMPLETE,
    /** Abgebrochen by Administration. */
    CANCELLED,
    /** Fehlgeschlagen: the server or its System/Body could not be read at all. */
    FAILED
  }

  /** Objects read per second so far (or over the whole run). */
  public long rate(Instant now) {
    long millis = Duration.between(started, finished == null ? now : finished).toMillis();
    return millis <= 0 ? 0 : (organizations + meetings + papers + persons) * 1000L / millis;
  }
}
