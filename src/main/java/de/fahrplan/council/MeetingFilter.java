package de.fahrplan.council;

import java.time.LocalDate;

/** The meeting list's filters, for page and API alike; every one is optional. */
public record MeetingFilter(Long committee, LocalDate from, LocalDate to) {}
