package de.fahrplan.reporting;

/**
 * What closing a round does with updates still submitted but not reviewed: accept them all, or
 * leave them submitted (they count as reported but not accepted). Without a choice, closing is
 * refused and names them.
 */
public enum SubmittedOnClose {
  ACCEPT,
  LEAVE
}
