package de.fahrplan.reporting;

import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.ResourcePlan;
import de.fahrplan.plan.YearBudget;
import de.fahrplan.reporting.Dashboard.BudgetYear;
import de.fahrplan.reporting.Dashboard.Decision;
import de.fahrplan.reporting.Dashboard.Group;
import de.fahrplan.reporting.Dashboard.OverdueMilestone;
import de.fahrplan.reporting.Dashboard.TrendPoint;
import de.fahrplan.reporting.internal.DecisionNeeded;
import de.fahrplan.reporting.internal.OpenMilestone;
import de.fahrplan.reporting.internal.StatusUpdateRepository;
import de.fahrplan.reporting.internal.UpdateFigures;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Indicators;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link Dashboard} of a version as of one round. Only submitted and accepted updates
 * count as reported; goals, fields of action and org units roll up by the strategy's {@link
 * StatusRollUp} settings.
 */
@Service
public class Dashboards {

  /** How many rounds the trend shows. */
  static final int TREND_ROUNDS = 8;

  private final ReportingSchedules schedules;
  private final Rounds rounds;
  private final StatusUpdateRepository updates;
  private final Strategies strategies;
  private final Measures measures;
  private final ResourcePlan resources;
  private final Indicators indicators;
  private final OrgUnits orgUnits;

  Dashboards(
      ReportingSchedules schedules,
      Rounds rounds,
      StatusUpdateRepository updates,
      Strategies strategies,
      Measures measures,
      ResourcePlan resources,
      Indicators indicators,
      OrgUnits orgUnits) {
    this.schedules = schedules;
    this.rounds = rounds;
    this.updates = updates;
    this.strategies = strategies;
    this.measures = measures;
    this.resources = resources;
    this.indicators = indicators;
    this.orgUnits = orgUnits;
  }

  /**
   * The dashboard as of round {@code roundId}, or – when null – as of the newest closed round (the
   * newest round if none is closed yet); empty when the version has no round. Milestones count as
   * overdue when their date lies before {@code day}.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public java.util.Optional<Dashboard> of(long versionId, Long roundId, LocalDate day) {
    VersionView version = strategies.version(versionId);
    List<RoundView> rounds = this.rounds.ofVersion(versionId);
    if (rounds.isEmpty()) {
      return java.util.Optional.empty();
    }
    RoundView round =
        roundId != null
            ? rounds.stream()
                .filter(r -> r.id().equals(roundId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Rounds.ROUND))
            : rounds.stream()
                .filter(r -> r.status() == RoundStatus.CLOSED)
                .findFirst()
                .orElse(rounds.get(0));
    return java.util.Optional.of(build(version, round, rounds, day));
  }

  /**
   * Reads only the figures it shows – one row per update, the overdue milestones, the decisions and
   * the money spent per year – never the round's entities (a large city has a thousand updates).
   */
  Dashboard build(VersionView version, RoundView round, List<RoundView> rounds, LocalDate day) {
    ScheduleView settings = schedules.schedule(version.strategyId());
    Map<Long, List<Long>> goalsOf = measures.goalsOfVersion(version.id());
    List<YearBudget> budgets = resources.budgets(version.id());
    Map<Long, BigDecimal> money = new HashMap<>();
    budgets.forEach(b -> money.merge(b.measureId(), b.money(), BigDecimal::add));

    List<UpdateFigures> roundUpdates = updates.figuresOfRound(round.id());
    Map<Long, StatusRollUp.Item> items = new HashMap<>();
    for (UpdateFigures u : roundUpdates) {
      items.put(
          u.measureId(),
          new StatusRollUp.Item(
              u.reported() ? u.trafficLight() : null,
              u.reported() ? u.progress() : null,
              money.get(u.measureId())));
    }

    List<GoalView> goals = strategies.goals(version.id());
    List<Group> byGoal = new ArrayList<>();
    Map<Long, Set<Long>> measuresOfGoal = new HashMap<>();
    for (UpdateFigures u : roundUpdates) {
      goalsOf
          .getOrDefault(u.measureId(), List.of())
          .forEach(
              g ->
                  measuresOfGoal.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(u.measureId()));
    }
    for (GoalView g : goals) {
      byGoal.add(new Group(g.id(), g.label(), rollUp(measuresOfGoal.get(g.id()), items, settings)));
    }
    List<Group> byField = new ArrayList<>();
    for (FieldOfActionView f : strategies.fieldsOfAction(version.id())) {
      Set<Long> ids = new LinkedHashSet<>();
      goals.stream()
          .filter(g -> g.fieldOfActionIds().contains(f.id()))
          .forEach(g -> ids.addAll(measuresOfGoal.getOrDefault(g.id(), Set.of())));
      byField.add(new Group(f.id(), f.label(), rollUp(ids, items, settings)));
    }
    Map<Long, Set<Long>> measuresOfUnit = new TreeMap<>();
    for (UpdateFigures u : roundUpdates) {
      measuresOfUnit
          .computeIfAbsent(
              u.orgUnitId() == null ? Long.valueOf(-1) : u.orgUnitId(), k -> new LinkedHashSet<>())
          .add(u.measureId());
    }
    List<Group> byUnit = new ArrayList<>();
    Map<Long, OrgUnitView> units =
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
    measuresOfUnit.forEach(
        (unitId, ids) ->
            byUnit.add(
                new Group(
                    unitId < 0 ? null : unitId,
                    units.containsKey(unitId) ? units.get(unitId).label() : "–",
                    rollUp(ids, items, settings))));
    byUnit.sort(Comparator.comparing(Group::label));

    List<OpenMilestone> overdue = updates.overdueOfRound(round.id(), day);
    List<DecisionNeeded> decisions = updates.decisionsOfRound(round.id());
    Map<Long, String> labels =
        measures.labels(
            java.util.stream.Stream.concat(
                    overdue.stream().map(OpenMilestone::measureId),
                    decisions.stream().map(DecisionNeeded::measureId))
                .distinct()
                .toList());
    return new Dashboard(
        round,
        rounds,
        settings,
        rollUp(items.keySet(), items, settings),
        byGoal,
        byField,
        byUnit,
        trend(round, rounds),
        overdue.stream()
            .map(
                m ->
                    new OverdueMilestone(
                        m.measureId(),
                        labels.get(m.measureId()),
                        m.updateId(),
                        m.title(),
                        m.plannedDate(),
                        m.dueDate(),
                        m.reason(),
                        ChronoUnit.DAYS.between(m.dueDate(), day)))
            .toList(),
        budget(budgets, updates.spentOfRound(round.id())),
        decisions.stream()
            .map(d -> new Decision(d.updateId(), labels.get(d.measureId()), d.text()))
            .toList(),
        indicators.ofVersion(version.id()));
  }

  private static StatusRollUp.Status rollUp(
      Set<Long> measureIds, Map<Long, StatusRollUp.Item> items, ScheduleView settings) {
    List<StatusRollUp.Item> list =
        measureIds == null ? List.of() : measureIds.stream().map(items::get).toList();
    return StatusRollUp.of(
        list, settings.lightPolicy(), settings.shareThreshold(), settings.weighting());
  }

  /** The round and up to seven before it, oldest first. */
  private List<TrendPoint> trend(RoundView round, List<RoundView> rounds) {
    List<RoundView> window =
        rounds.stream()
            .filter(r -> !r.periodStart().isAfter(round.periodStart()))
            .limit(TREND_ROUNDS)
            .toList();
    Map<Long, Map<TrafficLight, Long>> counts = new HashMap<>();
    for (Object[] row :
        updates.countReportedByRoundAndLight(window.stream().map(RoundView::id).toList())) {
      if (row[1] != null) {
        counts
            .computeIfAbsent((Long) row[0], k -> new EnumMap<>(TrafficLight.class))
            .put((TrafficLight) row[1], (Long) row[2]);
      }
    }
    List<TrendPoint> points = new ArrayList<>();
    for (RoundView r : window.reversed()) {
      points.add(
          new TrendPoint(r.id(), r.period(), counts.getOrDefault(r.id(), Map.of()), r.total()));
    }
    return points;
  }

  private static List<BudgetYear> budget(List<YearBudget> budgets, List<Object[]> spentPerYear) {
    Map<Integer, BigDecimal[]> years = new TreeMap<>();
    for (YearBudget b : budgets) {
      BigDecimal[] y = years.computeIfAbsent(b.budgetYear(), k -> zeros());
      y[0] = y[0].add(b.money());
      y[1] = y[1].add(b.approved());
    }
    for (Object[] row : spentPerYear) {
      BigDecimal[] y = years.computeIfAbsent((Integer) row[0], k -> zeros());
      y[2] = y[2].add((BigDecimal) row[1]);
    }
    List<BudgetYear> list = new ArrayList<>();
    years.forEach((year, y) -> list.add(new BudgetYear(year, y[0], y[1], y[2])));
    return list;
  }

  private static BigDecimal[] zeros() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
  }
}
