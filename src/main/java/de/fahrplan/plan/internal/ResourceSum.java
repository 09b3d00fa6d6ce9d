package de.fahrplan.plan.internal;

import de.fahrplan.plan.BudgetStatus;
import java.math.BigDecimal;

/** Staff and money of one measure in one budget year, as the resource table adds them up. */
public record ResourceSum(
    Long measureId,
    Integer budgetYear,
    BudgetStatus budgetStatus,
    BigDecimal fte,
    BigDecimal consumptive,
    BigDecimal investive,
    BigDecimal spent,
    BigDecimal approvedAmount) {}
