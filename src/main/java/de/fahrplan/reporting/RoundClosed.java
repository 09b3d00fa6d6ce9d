package de.fahrplan.reporting;

/** A reporting round was closed: its progress report is frozen now. */
record RoundClosed(long roundId) {}
