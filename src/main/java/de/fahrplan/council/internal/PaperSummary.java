package de.fahrplan.council.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a list of published papers needs of a paper, read without its texts (each up to 50,000
 * characters): a page of 100 papers reads a few kilobytes instead of megabytes.
 */
public record PaperSummary(
    Long id,
    String reference,
    String paperType,
    LocalDate date,
    String subject,
    Instant created,
    Instant modified,
    boolean deleted) {}
