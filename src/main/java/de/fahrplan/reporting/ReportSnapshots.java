package de.fahrplan.reporting;

import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.ResourcePlan;
import de.fahrplan.plan.ResourceTable;
import de.fahrplan.plan.YearBudget;
import de.fahrplan.reporting.ReportInputs.Inputs;
import de.fahrplan.reporting.ReportSnapshot.GoalPart;
import de.fahrplan.reporting.ReportSnapshot.IndicatorLine;
import de.fahrplan.reporting.ReportSnapshot.MeasurePart;
import de.fahrplan.reporting.ReportSnapshot.MoneyLine;
import de.fahrplan.reporting.ReportSnapshot.OverdueLine;
import de.fahrplan.reporting.ReportSnapshot.ResourceGoal;
import de.fahrplan.reporting.ReportSnapshot.ResourceYear;
import de.fahrplan.reporting.StatusUpdateView.SpendingLine;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.IndicatorView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the frozen content of a progress report from the state of its round: one method per
 * section of the report (summary, goals, measures, resources, overdue milestones). Everything the
 * sections need is read once ({@link ReportInputs}); the figures come from the same rules the
 * overview and the resource table use, so the report and the app never differ.
 */
@Component
class ReportSnapshots {

  private final ReportInputs inputs;
  private final Measures measures;
  private final ResourcePlan resources;
  private final Persons persons;
  private final OrgUnits orgUnits;
  private final Bodies bodies;
  private final MessageSource messages;
  private final ReportTexts texts;
  private final ObjectProvider<MandateSource> mandates;

  ReportSnapshots(
      ReportInputs inputs,
      Measures measures,
      ResourcePlan resources,
      Persons persons,
      OrgUnits orgUnits,
      Bodies bodies,
      MessageSource messages,
      ReportTexts texts,
      ObjectProvider<MandateSource> mandates) {
    this.inputs = inputs;
    this.measures = measures;
    this.resources = resources;
    this.persons = persons;
    this.orgUnits = orgUnits;
    this.bodies = bodies;
    this.messages = messages;
    this.texts = texts;
    this.mandates = mandates;
  }

  ReportSnapshot build(RoundView round) {
    Inputs in = inputs.read(round);
    ScheduleView settings = in.settings();
    var logo = bodies.logo(TenantContext.requireTenantId());
    return new ReportSnapshot(
        bodies.get(TenantContext.requireTenantId()).name(),
        logo.map(Bodies.Logo::contentType).orElse(null),
        logo.map(Bodies.Logo::bytes).orElse(null),
        in.version().label(),
        round.period(),
        round.periodStart(),
        round.periodEnd(),
        in.today(),
        previousPeriod(in),
        round.reportIntro() != null ? round.reportIntro() : settings.reportIntro(),
        settings.reportSections(),
        summary(in),
        goals(in),
        measures(in),
        resources(in),
        overdue(in),
        settings.shows(ReportSection.MANDATES)
            ? mandates.stream()
                .flatMap(m -> m.mandatesOf(in.version().strategyId(), round.periodStart()).stream())
                .toList()
            : List.of(),
        messages.getMessage(
                "dashboard.rule." + settings.lightPolicy(),
                new Object[] {settings.shareThreshold()},
                Locale.GERMAN)
            + " "
            + messages.getMessage(
                "dashboard.weighting." + settings.weighting(), null, Locale.GERMAN));
  }

  /** The period of the report before, as the updates name it. */
  private static String previousPeriod(Inputs in) {
    String previous = null;
    for (MeasureView m : in.all()) {
      StatusUpdateView u = in.updateOf().get(m.id());
      if (u != null && !u.state().editable() && u.previous() != null) {
        previous = u.previous().period();
      }
    }
    return previous;
  }

  /**
   * Counts per light, changed lights, completed measures, new risks, and the execution state the
   * coordination changed since the last report (status, dates, money).
   */
  private ReportSnapshot.Summary summary(Inputs in) {
    List<String> changes = new ArrayList<>();
    List<String> completed = new ArrayList<>();
    List<String> newRisks = new ArrayList<>();
    for (MeasureView m : in.all()) {
      StatusUpdateView u = in.updateOf().get(m.id());
      if (u == null || u.state().editable()) {
        continue;
      }
      StatusUpdateView.Previous p = u.previous();
      if (u.trafficLight() == TrafficLight.COMPLETED
          && (p == null || p.trafficLight() != TrafficLight.COMPLETED)) {
        completed.add(m.label());
      } else if (p != null && p.trafficLight() != null && p.trafficLight() != u.trafficLight()) {
        changes.add(m.label() + ": " + light(p.trafficLight()) + " → " + light(u.trafficLight()));
      }
      if (u.risks() != null && (p == null || !u.risks().equals(p.risks()))) {
        newRisks.add(m.label() + ": " + u.risks());
      }
    }

    java.time.Instant since =
        in.rounds().stream()
            .filter(r -> r.periodStart().isBefore(in.round().periodStart()) && r.closedAt() != null)
            .map(RoundView::closedAt)
            .max(java.util.Comparator.naturalOrder())
            .orElse(java.time.Instant.EPOCH);
    measures
        .executionChangesSince(in.version().id(), since)
        .forEach(c -> changes.add(texts.executionChange(c, messages)));

    StatusRollUp.Status overall = in.dashboard().overall();
    return new ReportSnapshot.Summary(
        overall.counts(),
        overall.total(),
        overall.unreported(),
        overall.progress(),
        changes,
        completed,
        newRisks,
        in.dashboard().trend());
  }

  /** Per goal: its light and progress, its indicators, and the codes of its reporting measures. */
  private List<GoalPart> goals(Inputs in) {
    Map<Long, List<IndicatorView>> indicatorsOfGoal =
        in.dashboard().indicators().stream().collect(Collectors.groupingBy(IndicatorView::goalId));
    List<GoalPart> goalParts = new ArrayList<>();
    for (Dashboard.Group g : in.dashboard().byGoal()) {
      goalParts.add(
          new GoalPart(
              g.label(),
              g.status().light(),
              g.status().progress(),
              g.status().counts(),
              g.status().unreported(),
              indicatorsOfGoal.getOrDefault(g.id(), List.of()).stream()
                  .map(
                      i ->
                          new IndicatorLine(
                              i.name(),
                              i.unit(),
                              i.latest() == null ? null : i.latest().value(),
                              i.latest() == null ? null : i.latest().measuredOn(),
                              i.expected(),
                              i.targetValue(),
                              i.targetDate(),
                              messages.getMessage(
                                  "indicatorState." + i.state(), null, Locale.GERMAN)))
                  .toList(),
              in.all().stream()
                  .filter(m -> m.goalIds().contains(g.id()) && in.updateOf().containsKey(m.id()))
                  .map(MeasureView::code)
                  .toList()));
    }

    return goalParts;
  }

  /** Per reporting measure: what its update says, its milestones, its money planned and spent. */
  private List<MeasurePart> measures(Inputs in) {
    List<YearBudget> budgets = resources.budgets(in.version().id());
    Map<Long, Map<Integer, YearBudget>> planOf = new HashMap<>();
    budgets.forEach(
        b -> planOf.computeIfAbsent(b.measureId(), k -> new TreeMap<>()).put(b.budgetYear(), b));
    Map<Long, String> owners =
        persons
            .byIds(
                in.updates().stream()
                    .map(StatusUpdateView::assigneePersonId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList())
            .stream()
            .collect(Collectors.toMap(PersonView::id, PersonView::displayName));
    Map<Long, String> units =
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::label));
    List<MeasurePart> measureParts = new ArrayList<>();
    for (MeasureView m : in.all()) {
      StatusUpdateView u = in.updateOf().get(m.id());
      if (u == null) {
        continue;
      }
      boolean reported = !u.state().editable();
      Map<Integer, MoneyLine> money = new TreeMap<>();
      planOf
          .getOrDefault(m.id(), Map.of())
          .forEach((year, b) -> money.put(year, new MoneyLine(year, b.money(), null, null, false)));
      for (SpendingLine s : u.spending()) {
        MoneyLine plan = money.get(s.budgetYear());
        money.put(
            s.budgetYear(),
            new MoneyLine(
                s.budgetYear(),
                plan == null ? null : plan.planned(),
                s.spent(),
                s.fteUsed(),
                s.unplanned()));
      }
      measureParts.add(
          new MeasurePart(
              m.code(),
              m.title(),
              m.goalIds().stream()
                  .map(in.goals()::get)
                  .filter(java.util.Objects::nonNull)
                  .map(GoalView::code)
                  .collect(Collectors.joining(", ")),
              owners.get(u.assigneePersonId()),
              units.get(u.orgUnitId()),
              reported ? u.trafficLight() : null,
              u.state(),
              reported ? u.progress() : null,
              reported ? u.explanation() : null,
              reported ? u.achieved() : null,
              reported ? u.nextSteps() : null,
              reported ? u.risks() : null,
              reported ? u.decisionsNeeded() : null,
              u.milestones().stream().map(ms -> texts.milestone(ms, in.today())).toList(),
              List.copyOf(money.values()),
              m.unplanned()));
    }

    return measureParts;
  }

  /**
   * Staff and money per goal from the plan's resource table (one rule, goalCarrying) and the money
   * spent from the updates, counted at the same goal.
   */
  private List<ResourceGoal> resources(Inputs in) {
    Map<String, Map<Integer, BigDecimal[]>> perGoal = new LinkedHashMap<>();
    for (ResourceTable.Row row :
        resources.table(in.version().id(), ResourceTable.GroupBy.GOAL).rows()) {
      Map<Integer, BigDecimal[]> years = new TreeMap<>();
      row.years()
          .forEach(
              (year, cell) -> {
                if (cell.money().signum() != 0 || cell.fte().signum() != 0) {
                  add(years, year, 0, cell.money());
                  add(years, year, 2, cell.fte());
                }
              });
      perGoal.put(row.label(), years);
    }
    for (MeasureView m : in.all()) {
      StatusUpdateView u = in.updateOf().get(m.id());
      GoalView carrying = in.goals().get(ResourceTable.goalCarrying(m.goalIds()));
      if (u != null && carrying != null) {
        Map<Integer, BigDecimal[]> years =
            perGoal.computeIfAbsent(carrying.label(), k -> new TreeMap<>());
        u.spending().forEach(x -> add(years, x.budgetYear(), 1, x.spent()));
      }
    }
    List<ResourceGoal> resourceParts = new ArrayList<>();
    perGoal.forEach(
        (goal, years) ->
            resourceParts.add(
                new ResourceGoal(
                    goal,
                    years.entrySet().stream()
                        .map(
                            e ->
                                new ResourceYear(
                                    e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                        .toList())));

    return resourceParts;
  }

  private static List<OverdueLine> overdue(Inputs in) {
    return in.dashboard().overdueMilestones().stream()
        .map(
            o ->
                new OverdueLine(
                    o.measureLabel(), o.title(), o.plannedDate(), o.dueDate(), o.reason()))
        .toList();
  }

  private static void add(
      Map<Integer, BigDecimal[]> years, int year, int index, BigDecimal amount) {
    if (amount == null) {
      return;
    }
    BigDecimal[] sums =
        years.computeIfAbsent(
            year, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
    sums[index] = sums[index].add(amount);
  }

  private String light(TrafficLight light) {
    return messages.getMessage("trafficLight." + light, null, Locale.GERMAN);
  }
}
