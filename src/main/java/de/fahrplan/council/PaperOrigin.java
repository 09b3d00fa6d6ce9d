package de.fahrplan.council;

/** What a generated or imported paper was made from (own papers written by hand have none). */
public enum PaperOrigin {
  /** A strategy version: the Beschlussvorlage for its adoption. */
  STRATEGY_VERSION,
  /** A frozen progress report: the Mitteilungsvorlage to the committee. */
  PROGRESS_REPORT,
  /** A status update that reports a decision needed: the Beschlussvorlage for its measure. */
  STATUS_UPDATE,
  /** A paper fixed by a committee's result: the Ergänzung that corrects or completes it. */
  SUPPLEMENT,
  /**
   * A paper of the municipality's Ratsinformationssystem, imported over OParl (origin id: the
   * source): read-only in Fahrplan, kept up to date by the import.
   */
  IMPORTED
}
