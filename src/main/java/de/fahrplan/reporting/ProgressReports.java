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
import de.fahrplan.reporting.ReportSnapshot.GoalPart;
import de.fahrplan.reporting.ReportSnapshot.IndicatorLine;
import de.fahrplan.reporting.ReportSnapshot.MeasurePart;
import de.fahrplan.reporting.ReportSnapshot.MoneyLine;
import de.fahrplan.reporting.ReportSnapshot.OverdueLine;
import de.fahrplan.reporting.ReportSnapshot.ResourceGoal;
import de.fahrplan.reporting.ReportSnapshot.ResourceYear;
import de.fahrplan.reporting.StatusUpdateView.SpendingLine;
import de.fahrplan.reporting.internal.ProgressReport;
import de.fahrplan.reporting.internal.ProgressReportFile;
import de.fahrplan.reporting.internal.ProgressReportFileRepository;
import de.fahrplan.reporting.internal.ProgressReportRepository;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.IndicatorView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The progress reports (Fortschrittsberichte): frozen as a {@link ReportSnapshot} in the same
 * transaction that closes a round, kept in an archive per strategy, rendered on download.
 */
@Service
public class ProgressReports {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ProgressReportRepository reports;
  private final ProgressReportFileRepository files;
  private final TransactionTemplate readOnly;
  private final TransactionTemplate write;
  private final ReportingSchedules schedules;
  private final Rounds rounds;
  private final StatusUpdates statusUpdates;
  private final Dashboards dashboards;
  private final Strategies strategies;
  private final Measures measures;
  private final ResourcePlan resources;
  private final Persons persons;
  private final OrgUnits orgUnits;
  private final Bodies bodies;
  private final MessageSource messages;
  private final Clock clock;
  private final ReportTexts texts;
  private final de.fahrplan.shared.audit.AuditLog audit;
  private final org.thymeleaf.spring6.SpringTemplateEngine templates;

  ProgressReports(
      ProgressReportRepository reports,
      ProgressReportFileRepository files,
      PlatformTransactionManager transactions,
      ReportingSchedules schedules,
      Rounds rounds,
      StatusUpdates statusUpdates,
      Dashboards dashboards,
      Strategies strategies,
      Measures measures,
      ResourcePlan resources,
      Persons persons,
      OrgUnits orgUnits,
      Bodies bodies,
      MessageSource messages,
      Clock clock,
      ReportTexts texts,
      org.thymeleaf.spring6.SpringTemplateEngine templates,
      de.fahrplan.shared.audit.AuditLog audit) {
    this.audit = audit;
    this.texts = texts;
    this.templates = templates;
    this.reports = reports;
    this.files = files;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.write = new TransactionTemplate(transactions);
    this.write.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.schedules = schedules;
    this.rounds = rounds;
    this.statusUpdates = statusUpdates;
    this.dashboards = dashboards;
    this.strategies = strategies;
    this.measures = measures;
    this.resources = resources;
    this.persons = persons;
    this.orgUnits = orgUnits;
    this.bodies = bodies;
    this.messages = messages;
    this.clock = clock;
  }

  @EventListener
  void freeze(RoundClosed closed) {
    RoundView round = rounds.get(closed.roundId());
    if (reports.existsByRoundId(round.id())) {
      return;
    }
    ReportSnapshot snapshot = snapshot(round);
    reports.save(
        new ProgressReport(
            round.id(),
            strategies.version(round.strategyVersionId()).strategyId(),
            round.period(),
            ReportLayout.title(snapshot),
            clock.instant(),
            JSON.writeValueAsString(snapshot)));
  }

  /** The archive of a strategy, newest first. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<ProgressReportView> archive(long strategyId) {
    strategies.get(strategyId);
    return reports.archive(strategyId);
  }

  /** The report of a round, once it is closed. */
  @MemberOnly
  @Transactional(readOnly = true)
  public java.util.Optional<ProgressReportView> ofRound(long roundId) {
    return reports.findByRoundId(roundId).map(ProgressReport::view);
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public ProgressReportView get(long id) {
    return find(id).view();
  }

  /**
   * The approval (Freigabe) of a report by a named person of the municipality (e.g. the mayor):
   * from then on it counts as released, and its cover says by whom and when. Given once, in the
   * report's history; files rendered before are dropped so that every download says it.
   */
  @CoordinationOnly
  @Transactional
  public ProgressReportView approve(long id, Long expectedVersion, ApprovalInput input) {
    ProgressReport r = find(id);
    de.fahrplan.shared.Versions.check("ProgressReport", r.getVersion(), expectedVersion);
    new de.fahrplan.shared.Rules().required("personId", input.personId).throwIfAny();
    PersonView person;
    try {
      person = persons.get(input.personId);
    } catch (NotFoundException e) {
      throw new de.fahrplan.shared.InvalidInputException("personId", "validation.unknownReference");
    }
    var before = r.auditState();
    r.approve(
        person.displayName()
            + (person.jobFunction() == null || person.jobFunction().isBlank()
                ? ""
                : ", " + person.jobFunction()),
        input.approvedOn,
        LocalDate.now(clock));
    reports.flush();
    files.deleteByReport(id);
    audit.recorded("ProgressReport", id, "APPROVED", before, r.auditState());
    return r.view();
  }

  /** Who approved a report, naming a person of the municipality, on which day. */
  public static class ApprovalInput {
    public Long personId;
    public LocalDate approvedOn;
  }

  /** The frozen content of a report. */
  @MemberOnly
  @Transactional(readOnly = true)
  public ReportSnapshot snapshot(long id) {
    return JSON.readValue(find(id).content(), ReportSnapshot.class);
  }

  /** A report file: its name and bytes. */
  public record File(String name, String contentType, byte[] bytes) {}

  public enum Format {
    PDF("pdf", "application/pdf"),
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    final String extension;
    final String contentType;

    Format(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }
  }

  /**
   * The report as a file: rendered from its frozen snapshot at the first download, then kept (the
   * snapshot never changes, so the kept file never goes stale). Two first downloads at once both
   * render; the second one's file is not kept.
   */
  @MemberOnly
  public File file(long id, Format format) {
    ProgressReportView report = get(id);
    String name =
        ("Fortschrittsbericht-" + report.period()).replaceAll("[^A-Za-z0-9äöüÄÖÜß-]", "-")
            + "."
            + format.extension;
    byte[] kept =
        readOnly.execute(
            tx ->
                files
                    .findByReportIdAndFormat(id, format.name())
                    .map(ProgressReportFile::content)
                    .orElse(null));
    if (kept != null) {
      return new File(name, format.contentType, kept);
    }
    ReportSnapshot snapshot = snapshot(id);
    ReportDocument doc = ReportLayout.of(snapshot, messages, report);
    byte[] bytes =
        switch (format) {
          case PDF -> ReportFiles.pdf(doc, snapshot.municipality(), templates);
          case ODT -> ReportFiles.odt(doc);
          case DOCX -> ReportFiles.docx(doc);
        };
    try {
      write.executeWithoutResult(
          tx -> files.save(new ProgressReportFile(id, format.name(), bytes)));
    } catch (DataIntegrityViolationException alreadyKept) {
      // rendered at the same time by another request: its file is the same
    }
    return new File(name, format.contentType, bytes);
  }

  private ProgressReport find(long id) {
    return reports.findById(id).orElseThrow(() -> new NotFoundException("ProgressReport"));
  }

  ReportSnapshot snapshot(RoundView round) {
    VersionView version = strategies.version(round.strategyVersionId());
    ScheduleView settings = schedules.schedule(version.strategyId());
    List<RoundView> rounds = this.rounds.ofVersion(version.id());
    List<StatusUpdateView> updates = statusUpdates.inRound(round.id());
    LocalDate today = LocalDate.now(clock);
    Dashboard d = dashboards.build(version, round, rounds, today);
    List<MeasureView> all = measures.all(version.id());
    Map<Long, GoalView> goals =
        strategies.goals(version.id()).stream()
            .collect(Collectors.toMap(GoalView::id, Function.identity()));
    Map<Long, StatusUpdateView> updateOf =
        updates.stream()
            .collect(Collectors.toMap(StatusUpdateView::measureId, Function.identity()));

    List<String> changes = new ArrayList<>();
    List<String> completed = new ArrayList<>();
    List<String> newRisks = new ArrayList<>();
    String previousPeriod = null;
    for (MeasureView m : all) {
      StatusUpdateView u = updateOf.get(m.id());
      if (u == null || u.state().editable()) {
        continue;
      }
      StatusUpdateView.Previous p = u.previous();
      if (p != null) {
        previousPeriod = p.period();
      }
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

    // the execution state the coordination changed since the last report (status, dates, money)
    java.time.Instant since =
        rounds.stream()
            .filter(r -> r.periodStart().isBefore(round.periodStart()) && r.closedAt() != null)
            .map(RoundView::closedAt)
            .max(java.util.Comparator.naturalOrder())
            .orElse(java.time.Instant.EPOCH);
    measures
        .executionChangesSince(version.id(), since)
        .forEach(c -> changes.add(texts.executionChange(c, messages)));

    Map<Long, List<IndicatorView>> indicatorsOfGoal =
        d.indicators().stream().collect(Collectors.groupingBy(IndicatorView::goalId));
    List<GoalPart> goalParts = new ArrayList<>();
    for (Dashboard.Group g : d.byGoal()) {
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
              all.stream()
                  .filter(m -> m.goalIds().contains(g.id()) && updateOf.containsKey(m.id()))
                  .map(MeasureView::code)
                  .toList()));
    }

    List<YearBudget> budgets = resources.budgets(version.id());
    Map<Long, Map<Integer, YearBudget>> planOf = new HashMap<>();
    budgets.forEach(
        b -> planOf.computeIfAbsent(b.measureId(), k -> new TreeMap<>()).put(b.budgetYear(), b));
    Map<Long, String> owners =
        persons
            .byIds(
                updates.stream()
                    .map(StatusUpdateView::assigneePersonId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList())
            .stream()
            .collect(Collectors.toMap(PersonView::id, PersonView::displayName));
    Map<Long, String> units =
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::label));
    List<MeasurePart> measureParts = new ArrayList<>();
    for (MeasureView m : all) {
      StatusUpdateView u = updateOf.get(m.id());
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
                  .map(goals::get)
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
              u.milestones().stream().map(ms -> texts.milestone(ms, today)).toList(),
              List.copyOf(money.values()),
              m.unplanned()));
    }

    // staff and money per goal from the plan's resource table (one rule, goalCarrying) and the
    // money spent from the updates, counted at the same goal
    Map<String, Map<Integer, BigDecimal[]>> perGoal = new LinkedHashMap<>();
    for (ResourceTable.Row row : resources.table(version.id(), ResourceTable.GroupBy.GOAL).rows()) {
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
    for (MeasureView m : all) {
      StatusUpdateView u = updateOf.get(m.id());
      GoalView carrying = goals.get(ResourceTable.goalCarrying(m.goalIds()));
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

    var logo = bodies.logo(TenantContext.requireTenantId());
    StatusRollUp.Status overall = d.overall();
    return new ReportSnapshot(
        bodies.get(TenantContext.requireTenantId()).name(),
        logo.map(Bodies.Logo::contentType).orElse(null),
        logo.map(Bodies.Logo::bytes).orElse(null),
        version.label(),
        round.period(),
        round.periodStart(),
        round.periodEnd(),
        today,
        previousPeriod,
        round.reportIntro() != null ? round.reportIntro() : settings.reportIntro(),
        settings.reportSections(),
        new ReportSnapshot.Summary(
            overall.counts(),
            overall.total(),
            overall.unreported(),
            overall.progress(),
            changes,
            completed,
            newRisks,
            d.trend()),
        goalParts,
        measureParts,
        resourceParts,
        d.overdueMilestones().stream()
            .map(
                o ->
                    new OverdueLine(
                        o.measureLabel(), o.title(), o.plannedDate(), o.dueDate(), o.reason()))
            .toList(),
        messages.getMessage(
                "dashboard.rule." + settings.lightPolicy(),
                new Object[] {settings.shareThreshold()},
                Locale.GERMAN)
            + " "
            + messages.getMessage(
                "dashboard.weighting." + settings.weighting(), null, Locale.GERMAN));
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
