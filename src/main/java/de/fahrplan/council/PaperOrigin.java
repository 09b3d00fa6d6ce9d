package de.fahrplan.council;

/** What a generated paper was made from. */
public enum PaperOrigin {
  /** A strategy version: the Beschlussvorlage for its adoption. */
  STRATEGY_VERSION,
  /** A frozen progress report: the Mitteilungsvorlage to the committee. */
  PROGRESS_REPORT,
  /** A status update that reports a decision needed: the Beschlussvorlage for its measure. */
  STATUS_UPDATE,
  /** A paper fixed by a committee's result: the Ergänzung that corrects or completes it. */
  SUPPLEMENT
}
