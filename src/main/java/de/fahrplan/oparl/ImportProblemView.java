package de.fahrplan.oparl;

import java.time.Instant;

/** One line of a run's import report: the object (or list page) and what was wrong with it. */
public record ImportProblemView(String objectUrl, String message, Instant at) {}
