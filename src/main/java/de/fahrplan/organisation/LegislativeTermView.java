package de.fahrplan.organisation;

import de.fahrplan.shared.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;

/** A Wahlperiode of the council (OParl LegislativeTerm). */
public record LegislativeTermView(
    Long id,
    String name,
    LocalDate startDate,
    LocalDate endDate,
    Instant created,
    Instant modified,
    long version)
    implements Versioned {}
