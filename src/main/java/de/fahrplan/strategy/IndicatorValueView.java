package de.fahrplan.strategy;

import de.fahrplan.shared.web.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A measured value of an indicator. */
public record IndicatorValueView(
    Long id, Long indicatorId, LocalDate measuredOn, BigDecimal value, String source, long version)
    implements Versioned {}
