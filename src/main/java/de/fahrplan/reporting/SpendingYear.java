package de.fahrplan.reporting;

import java.math.BigDecimal;

/**
 * A budget year an owner reports spending for, with what the plan holds for it ({@code planned}
 * false: nothing planned – spending is allowed there, but flagged).
 */
public record SpendingYear(int year, boolean planned, BigDecimal money, BigDecimal fte) {}
