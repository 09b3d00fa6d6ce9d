package de.fahrplan.council;

import java.time.LocalDate;

/** A row of the paper list page: only what the page shows ({@code imported}: from the RIS). */
public record PaperRow(
    Long id,
    String reference,
    LocalDate date,
    String paperType,
    String subject,
    boolean publicPaper,
    PaperState state,
    boolean imported) {}
