package de.fahrplan.reporting;

import de.fahrplan.plan.ResourceView;
import de.fahrplan.plan.Resources;
import de.fahrplan.reporting.internal.ReportingRound;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The budget years an owner reports spending for – from the strategy's first year to the year the
 * round's period ends – with what the plan holds for each. One rule for the form and for saving.
 */
@Component
class SpendingYears {

  private final Resources resources;
  private final Strategies strategies;

  SpendingYears(Resources resources, Strategies strategies) {
    this.resources = resources;
    this.strategies = strategies;
  }

  List<SpendingYear> yearsFor(long measureId, ReportingRound round) {
    VersionView version = strategies.version(round.strategyVersionId());
    Map<Integer, ResourceView> plan = new HashMap<>();
    resources.of(measureId).forEach(x -> plan.put(x.budgetYear(), x));
    int last = Math.max(version.startYear(), round.period().end().getYear());
    List<SpendingYear> years = new ArrayList<>();
    for (int y = version.startYear(); y <= last; y++) {
      ResourceView planned = plan.get(y);
      years.add(
          planned == null
              ? new SpendingYear(y, false, null, null)
              : new SpendingYear(y, true, planned.moneyTotal(), planned.fteTotal()));
    }
    return years;
  }
}
