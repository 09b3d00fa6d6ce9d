package de.fahrplan.council;

import java.time.LocalDate;

/** A row of the paper list page, with the number of all papers matching the filters. */
public record PaperRow(
    Long id,
    String reference,
    LocalDate date,
    String paperType,
    String subject,
    boolean publicPaper,
    PaperState state,
    long matching) {}
