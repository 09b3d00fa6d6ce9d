package de.fahrplan.plan;

import java.math.BigDecimal;

/** What one measure plans for one budget year: staff (FTE), money (euro) and the budget status. */
public record YearBudget(
    Long measureId, int budgetYear, BudgetStatus status, BigDecimal fte, BigDecimal money) {}
