package de.fahrplan.plan;

import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.internal.Dependency;
import de.fahrplan.plan.internal.DependencyRepository;
import de.fahrplan.plan.internal.Measure;
import de.fahrplan.plan.internal.MeasureRepository;
import de.fahrplan.plan.internal.Milestone;
import de.fahrplan.plan.internal.MilestoneRepository;
import de.fahrplan.plan.internal.ParticipantRepository;
import de.fahrplan.plan.internal.PartnerRepository;
import de.fahrplan.plan.internal.ResourceEntry;
import de.fahrplan.plan.internal.ResourceEntryRepository;
import de.fahrplan.plan.internal.ViewContext;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.RichText;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionCopied;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Measures of a strategy version. Koordination (and Administration) change drafts. */
@Service
public class Measures {

  static final String AUDIT_TYPE = "Measure";

  private final MeasureRepository measures;
  private final MilestoneRepository milestones;
  private final DependencyRepository dependencies;
  private final ResourceEntryRepository resources;
  private final ParticipantRepository participants;
  private final PartnerRepository partners;
  private final Strategies strategies;
  private final PlanSettings settings;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final AuditLog audit;
  private final java.time.Clock clock;

  Measures(
      MeasureRepository measures,
      MilestoneRepository milestones,
      DependencyRepository dependencies,
      ResourceEntryRepository resources,
      ParticipantRepository participants,
      PartnerRepository partners,
      Strategies strategies,
      PlanSettings settings,
      OrgUnits orgUnits,
      Persons persons,
      AuditLog audit,
      java.time.Clock clock) {
    this.clock = clock;
    this.measures = measures;
    this.milestones = milestones;
    this.dependencies = dependencies;
    this.resources = resources;
    this.participants = participants;
    this.partners = partners;
    this.strategies = strategies;
    this.settings = settings;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.audit = audit;
  }

  /** Settings and dependant counts for the views of one version's measures (two queries). */
  private ViewContext context(VersionView version) {
    PlanSettingsView s = settings.current();
    Map<Long, Integer> dependants = new java.util.HashMap<>();
    for (Object[] row : dependencies.countSuccessors(version.id())) {
      dependants.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return new ViewContext(
        version.startYear(), s.shortYears(), s.midYears(), s.criteria(), dependants);
  }

  private ViewContext context(long versionId) {
    return context(strategies.version(versionId));
  }

  /** Filtered list of one version's measures; {@code q} searches code and title. */
  @MemberOnly
  @Transactional(readOnly = true)
  public Page<MeasureView> search(
      long versionId,
      String query,
      MeasureStatus status,
      Long goalId,
      Long orgUnitId,
      String tag,
      Pageable page) {
    ViewContext ctx = context(versionId);
    String q =
        query == null || query.isBlank() ? null : "%" + query.trim().toLowerCase(Locale.ROOT) + "%";
    String t = tag == null || tag.isBlank() ? null : tag.trim().toLowerCase(Locale.ROOT);
    return measures.search(versionId, q, status, goalId, orgUnitId, t, page).map(m -> m.view(ctx));
  }

  /** "M-12 – Titel" of some measures, by id: one query, no priorities or horizons computed. */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, String> labels(java.util.Collection<Long> ids) {
    Map<Long, String> labels = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      for (Object[] row : measures.codesAndTitles(ids)) {
        labels.put((Long) row[0], row[1] + " – " + row[2]);
      }
    }
    return labels;
  }

  /** How many measures of a version have each status (one query). */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<MeasureStatus, Long> countByStatus(long versionId) {
    strategies.version(versionId);
    Map<MeasureStatus, Long> counts = new java.util.EnumMap<>(MeasureStatus.class);
    for (Object[] row : measures.countByStatus(versionId)) {
      counts.put((MeasureStatus) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** The goals of every measure of a version, by measure id (one query, for dashboards). */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, List<Long>> goalsOfVersion(long versionId) {
    Map<Long, List<Long>> goals = new java.util.HashMap<>();
    for (Object[] row : measures.goalsOfVersion(versionId)) {
      goals.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((Long) row[1]);
    }
    return goals;
  }

  /** All measures of a version in natural code order (M-2 before M-10), for tree and roadmap. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<MeasureView> all(long versionId) {
    ViewContext ctx = context(versionId);
    return measures.findByStrategyVersionIdOrderByCodeAsc(versionId).stream()
        .map(m -> m.view(ctx))
        .sorted((a, b) -> naturalOrder(a.code(), b.code()))
        .toList();
  }

  private static final java.util.regex.Pattern RUNS = java.util.regex.Pattern.compile("\\d+|\\D+");

  /** "M-2" before "M-10": runs of digits compare as numbers, the rest as text. */
  static int naturalOrder(String a, String b) {
    var pa = RUNS.matcher(a);
    var pb = RUNS.matcher(b);
    while (pa.find() && pb.find()) {
      String x = pa.group();
      String y = pb.group();
      int c =
          Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))
              ? new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y))
              : x.compareToIgnoreCase(y);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public MeasureView get(long id) {
    Measure m = find(id);
    return m.view(context(m.strategyVersionId()));
  }

  @CoordinationOnly
  @Transactional
  public MeasureView create(long versionId, MeasureInput input) {
    VersionView version = editable(versionId);
    Measure m = new Measure(versionId, input, RichText.sanitize(input.description));
    checkReferences(versionId, -1L, m);
    m = measures.saveAndFlush(m);
    audit.created(AUDIT_TYPE, m.getId(), m.auditState());
    return m.view(context(version));
  }

  /**
   * Adds an unplanned measure (überplanmäßig) to the version in force: marked so everywhere, with
   * the reason in its history, and taken over by the next Fortschreibung.
   */
  @CoordinationOnly
  @Transactional
  public MeasureView addUnplanned(long versionId, MeasureInput input) {
    VersionView version = inForce(versionId);
    Measure m = new Measure(versionId, input, RichText.sanitize(input.description));
    m.markUnplanned();
    checkReferences(versionId, -1L, m);
    m = measures.saveAndFlush(m);
    audit.created(AUDIT_TYPE, m.getId(), m.auditState());
    return m.view(context(version));
  }

  @CoordinationOnly
  @Transactional
  public MeasureView update(long id, Long expectedVersion, MeasureInput input) {
    Measure m = find(id);
    VersionView version = editable(m);
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    var before = m.auditState();
    m.apply(input, RichText.sanitize(input.description));
    checkReferences(m.strategyVersionId(), id, m);
    if (m.level() != MeasureLevel.INTERMUNICIPAL
        && !partners.findByMeasureIdOrderByIdAsc(id).isEmpty()) {
      throw new InvalidInputException("level", "measure.partnersNeedIntermunicipal");
    }
    measures.flush();
    audit.changed(AUDIT_TYPE, id, before, m.auditState());
    return m.view(context(version));
  }

  @CoordinationOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Measure m = find(id);
    editable(m);
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    if (measures.existsByParentId(id)) {
      throw new InvalidInputException(null, "measure.hasSubProjects");
    }
    audit.deleted(AUDIT_TYPE, id, m.auditState());
    measures.delete(m);
  }

  /** Direct sub-projects of a measure, in natural code order. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<MeasureView> subProjects(long id) {
    Measure m = find(id);
    return all(m.strategyVersionId()).stream().filter(x -> nz(x.parentId()) == id).toList();
  }

  private static long nz(Long id) {
    return id == null ? -1 : id;
  }

  /**
   * A measure with all its sub-projects (any depth): how many, their milestones done of all, and
   * their staff and money per budget year summed.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public RollUp rollUp(long id) {
    Measure root = find(id);
    List<Measure> version =
        measures.findByStrategyVersionIdOrderByCodeAsc(root.strategyVersionId());
    Set<Long> tree =
        RollUp.subtree(
            id, version.stream().collect(Collectors.toMap(Measure::getId, x -> nz(x.parentId()))));
    LocalDate today = LocalDate.now(clock);
    List<MilestoneView> ms =
        milestones.findByMeasureIdIn(tree).stream().map(x -> x.view(today)).toList();
    List<ResourceView> rs =
        resources.findByMeasureIdIn(tree).stream().map(ResourceEntry::view).toList();
    return RollUp.of(tree.size() - 1, ms, rs);
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    find(id);
    return audit.history(AUDIT_TYPE, id);
  }

  // --- milestones ----------------------------------------------------------------------------

  @MemberOnly
  @Transactional(readOnly = true)
  public List<MilestoneView> milestones(long measureId) {
    find(measureId);
    LocalDate today = LocalDate.now(clock);
    return milestones.findByMeasureIdOrderByPlannedDateAscIdAsc(measureId).stream()
        .map(m -> m.view(today))
        .toList();
  }

  /** Milestones of all measures of a version, by measure (one query, for the roadmap). */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, List<MilestoneView>> milestonesOfVersion(long versionId) {
    strategies.version(versionId);
    List<Long> ids =
        measures.findByStrategyVersionIdOrderByCodeAsc(versionId).stream()
            .map(Measure::getId)
            .toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    LocalDate today = LocalDate.now(clock);
    return milestones.findByMeasureIdIn(ids).stream()
        .map(m -> m.view(today))
        .sorted(java.util.Comparator.comparing(MilestoneView::plannedDate))
        .collect(java.util.stream.Collectors.groupingBy(MilestoneView::measureId));
  }

  /** Ids of the measures of a version that plan staff or money in a budget year. */
  @MemberOnly
  @Transactional(readOnly = true)
  public java.util.Set<Long> measuresWithResourcesIn(long versionId, int budgetYear) {
    strategies.version(versionId);
    List<Long> ids =
        measures.findByStrategyVersionIdOrderByCodeAsc(versionId).stream()
            .map(Measure::getId)
            .toList();
    if (ids.isEmpty()) {
      return java.util.Set.of();
    }
    return resources.findByMeasureIdIn(ids).stream()
        .map(ResourceEntry::view)
        .filter(r -> r.budgetYear() == budgetYear)
        .map(ResourceView::measureId)
        .collect(java.util.stream.Collectors.toSet());
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public MilestoneView milestone(long milestoneId) {
    return milestones
        .findById(milestoneId)
        .orElseThrow(() -> new NotFoundException("Milestone"))
        .view(LocalDate.now(clock));
  }

  @CoordinationOnly
  @Transactional
  public MilestoneView addMilestone(long measureId, MilestoneInput input) {
    VersionView version = editable(find(measureId));
    Milestone m = new Milestone(measureId, input);
    checkMilestoneDates(input, version);
    m = milestones.saveAndFlush(m);
    audit.recorded(AUDIT_TYPE, measureId, "MILESTONE_ADDED", Map.of(), m.auditState());
    return m.view(LocalDate.now(clock));
  }

  @CoordinationOnly
  @Transactional
  public MilestoneView updateMilestone(
      long milestoneId, Long expectedVersion, MilestoneInput input) {
    Milestone m =
        milestones.findById(milestoneId).orElseThrow(() -> new NotFoundException("Milestone"));
    VersionView version = editable(find(m.measureId()));
    Versions.check("Milestone", m.getVersion(), expectedVersion);
    var before = m.auditState();
    m.apply(input);
    checkMilestoneDates(input, version);
    milestones.flush();
    audit.recorded(AUDIT_TYPE, m.measureId(), "MILESTONE_CHANGED", before, m.auditState());
    return m.view(LocalDate.now(clock));
  }

  @CoordinationOnly
  @Transactional
  public void deleteMilestone(long milestoneId, Long expectedVersion) {
    Milestone m =
        milestones.findById(milestoneId).orElseThrow(() -> new NotFoundException("Milestone"));
    editable(find(m.measureId()));
    Versions.check("Milestone", m.getVersion(), expectedVersion);
    audit.recorded(AUDIT_TYPE, m.measureId(), "MILESTONE_REMOVED", m.auditState(), Map.of());
    milestones.delete(m);
  }

  /**
   * Keeps the execution state of a measure of the version in force current (status, actual dates),
   * with the reason in its history; content changes stay for the Fortschreibung.
   */
  @CoordinationOnly
  @Transactional
  public MeasureView changeExecution(long id, Long expectedVersion, ExecutionInput input) {
    Measure m = find(id);
    VersionView version = inForce(m.strategyVersionId());
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    var before = m.auditState();
    m.changeExecution(input);
    Rules rules = new Rules();
    plausible(rules, "actualStart", input.actualStart, version);
    plausible(rules, "actualEnd", input.actualEnd, version);
    rules.throwIfAny();
    measures.flush();
    audit.recorded(
        AUDIT_TYPE, id, "EXECUTION_CHANGED", before, withComment(m.auditState(), input.comment));
    return m.view(context(version));
  }

  /** Records the budget decision on one year of a measure of the version in force. */
  @CoordinationOnly
  @Transactional
  public ResourceView changeBudgetStatus(
      long resourceId, Long expectedVersion, BudgetStatusInput input) {
    ResourceEntry e =
        resources.findById(resourceId).orElseThrow(() -> new NotFoundException("ResourceEntry"));
    inForce(find(e.measureId()).strategyVersionId());
    Versions.check("ResourceEntry", e.getVersion(), expectedVersion);
    new Rules().maxLength("comment", input.comment, 2000).throwIfAny();
    var before = e.auditState();
    e.changeBudgetStatus(input.budgetStatus, input.approvedAmount);
    resources.flush();
    // the year is the same before and after: named once more, so the change says which year
    Map<String, Object> after = withComment(e.auditState(), input.comment);
    after.put("decidedYear", e.view().budgetYear());
    audit.recorded(AUDIT_TYPE, e.measureId(), "BUDGET_DECIDED", before, after);
    return e.view();
  }

  /** History actions that change the execution state of a measure of the plan in force. */
  static final List<String> EXECUTION_ACTIONS = List.of("EXECUTION_CHANGED", "BUDGET_DECIDED");

  /** The execution changes of a version's measures after a moment, oldest first (one query). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<ExecutionChange> executionChangesSince(long versionId, java.time.Instant after) {
    strategies.version(versionId);
    Map<Long, String> labels = new java.util.HashMap<>();
    for (Object[] row : measures.codesAndTitlesOfVersion(versionId)) {
      labels.put((Long) row[0], row[1] + " – " + row[2]);
    }
    return audit.since(AUDIT_TYPE, labels.keySet(), EXECUTION_ACTIONS, after).stream()
        .map(
            e ->
                new ExecutionChange(
                    e.objectId(),
                    labels.get(e.objectId()),
                    e.occurredAt(),
                    e.action(),
                    e.changes()))
        .toList();
  }

  private static Map<String, Object> withComment(Map<String, Object> state, String comment) {
    Map<String, Object> after = new java.util.LinkedHashMap<>(state);
    if (comment != null && !comment.isBlank()) {
      after.put("comment", comment.strip());
    }
    return after;
  }

  private VersionView inForce(long versionId) {
    VersionView version = strategies.version(versionId);
    if (version.status() != VersionStatus.IN_FORCE) {
      throw new InvalidInputException(null, "measure.executionOnlyInForce");
    }
    return version;
  }

  /**
   * Takes what an accepted status update reports of the measure's milestones into the plan in force
   * (reached, or moved with the reason), each change in the measure's history with its source.
   * Milestones of a version no longer in force stay as they were.
   */
  @CoordinationOnly
  @Transactional
  public void recordMilestoneProgress(
      long measureId, List<MilestoneProgress> reported, String source) {
    Measure measure = find(measureId);
    if (strategies.version(measure.strategyVersionId()).status() != VersionStatus.IN_FORCE) {
      return;
    }
    Map<Long, MilestoneProgress> byId =
        reported.stream()
            .collect(Collectors.toMap(MilestoneProgress::milestoneId, p -> p, (a, b) -> b));
    for (Milestone m : milestones.findByMeasureIdOrderByPlannedDateAscIdAsc(measureId)) {
      MilestoneProgress p = byId.get(m.getId());
      if (p == null) {
        continue;
      }
      var before = m.auditState();
      m.report(p);
      var after = new java.util.LinkedHashMap<String, Object>(m.auditState());
      if (!AuditLog.diff(before, after).isEmpty()) {
        after.put("source", source);
        audit.recorded(AUDIT_TYPE, measureId, "MILESTONE_REPORTED", before, after);
      }
    }
    milestones.flush();
  }

  // --- dependencies (finish-to-start) ---------------------------------------------------------

  /** Predecessors and successors of a measure, each flagged when the dates contradict it. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<DependencyView> dependencies(long measureId) {
    Measure m = find(measureId);
    ViewContext ctx = context(m.strategyVersionId());
    Map<Long, MeasureView> all =
        measures.findByStrategyVersionIdOrderByCodeAsc(m.strategyVersionId()).stream()
            .map(x -> x.view(ctx))
            .collect(java.util.stream.Collectors.toMap(MeasureView::id, x -> x));
    return dependencies.findByPredecessorIdOrSuccessorId(measureId, measureId).stream()
        .map(d -> view(all.get(d.predecessorId()), all.get(d.successorId())))
        .toList();
  }

  /** All dependencies of a version (for the roadmap). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<DependencyView> allDependencies(long versionId) {
    ViewContext ctx = context(versionId);
    Map<Long, MeasureView> all =
        measures.findByStrategyVersionIdOrderByCodeAsc(versionId).stream()
            .map(x -> x.view(ctx))
            .collect(java.util.stream.Collectors.toMap(MeasureView::id, x -> x));
    if (all.isEmpty()) {
      return List.of();
    }
    return dependencies.findBySuccessorIdIn(all.keySet()).stream()
        .map(d -> view(all.get(d.predecessorId()), all.get(d.successorId())))
        .toList();
  }

  /** Adds "predecessor must end before this measure starts"; refuses cycles and other versions. */
  @CoordinationOnly
  @Transactional
  public DependencyView addPredecessor(long measureId, Long predecessorId) {
    Measure successor = find(measureId);
    VersionView version = editable(successor);
    Measure predecessor =
        predecessorId == null
            ? null
            : measures
                .findById(predecessorId)
                .filter(p -> p.strategyVersionId().equals(successor.strategyVersionId()))
                .orElse(null);
    if (predecessor == null) {
      throw new InvalidInputException("predecessorId", "validation.unknownReference");
    }
    if (dependencies.findByPredecessorIdAndSuccessorId(predecessorId, measureId).isPresent()) {
      throw new InvalidInputException("predecessorId", "dependency.exists");
    }
    List<long[]> edges =
        dependencies
            .findBySuccessorIdIn(
                measures
                    .findByStrategyVersionIdOrderByCodeAsc(successor.strategyVersionId())
                    .stream()
                    .map(Measure::getId)
                    .toList())
            .stream()
            .map(d -> new long[] {d.predecessorId(), d.successorId()})
            .toList();
    List<Long> cycle = new DependencyGraph(edges).cycleIfAdded(predecessorId, measureId);
    if (!cycle.isEmpty()) {
      Map<Long, String> codes = new java.util.HashMap<>();
      measures.findAllById(cycle).forEach(x -> codes.put(x.getId(), x.code()));
      throw new InvalidInputException(
          "predecessorId",
          "dependency.cycle",
          String.join(" → ", cycle.stream().map(codes::get).toList()));
    }
    dependencies.saveAndFlush(new Dependency(predecessorId, measureId));
    audit.recorded(
        AUDIT_TYPE,
        measureId,
        "DEPENDENCY_ADDED",
        Map.of(),
        Map.of("predecessor", predecessor.code()));
    ViewContext ctx = context(version);
    return view(predecessor.view(ctx), successor.view(ctx));
  }

  @CoordinationOnly
  @Transactional
  public void removePredecessor(long measureId, long predecessorId) {
    Measure successor = find(measureId);
    editable(successor);
    Dependency d =
        dependencies
            .findByPredecessorIdAndSuccessorId(predecessorId, measureId)
            .orElseThrow(() -> new NotFoundException("Dependency"));
    audit.recorded(
        AUDIT_TYPE,
        measureId,
        "DEPENDENCY_REMOVED",
        Map.of("predecessor", find(predecessorId).code()),
        Map.of());
    dependencies.delete(d);
  }

  private static DependencyView view(MeasureView predecessor, MeasureView successor) {
    boolean conflict =
        predecessor.plannedEnd() != null
            && successor.plannedStart() != null
            && successor.plannedStart().isBefore(predecessor.plannedEnd());
    return new DependencyView(
        predecessor.id(), predecessor.label(), successor.id(), successor.label(), conflict);
  }

  // --- resources per budget year -------------------------------------------------------------

  @MemberOnly
  @Transactional(readOnly = true)
  public List<ResourceView> resources(long measureId) {
    find(measureId);
    return resources.findByMeasureIdOrderByBudgetYearAsc(measureId).stream()
        .map(ResourceEntry::view)
        .toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public ResourceView resource(long resourceId) {
    return resources
        .findById(resourceId)
        .orElseThrow(() -> new NotFoundException("ResourceEntry"))
        .view();
  }

  @CoordinationOnly
  @Transactional
  public ResourceView addResource(long measureId, ResourceInput input) {
    VersionView version = editable(find(measureId));
    ResourceEntry e = new ResourceEntry(measureId, input, version.startYear(), version.endYear());
    uniqueYear(measureId, input.budgetYear, -1L);
    e = resources.saveAndFlush(e);
    audit.recorded(AUDIT_TYPE, measureId, "RESOURCES_ADDED", Map.of(), e.auditState());
    return e.view();
  }

  @CoordinationOnly
  @Transactional
  public ResourceView updateResource(long resourceId, Long expectedVersion, ResourceInput input) {
    ResourceEntry e =
        resources.findById(resourceId).orElseThrow(() -> new NotFoundException("ResourceEntry"));
    VersionView version = editable(find(e.measureId()));
    Versions.check("ResourceEntry", e.getVersion(), expectedVersion);
    var before = e.auditState();
    e.apply(input, version.startYear(), version.endYear());
    uniqueYear(e.measureId(), input.budgetYear, resourceId);
    resources.flush();
    audit.recorded(AUDIT_TYPE, e.measureId(), "RESOURCES_CHANGED", before, e.auditState());
    return e.view();
  }

  @CoordinationOnly
  @Transactional
  public void deleteResource(long resourceId, Long expectedVersion) {
    ResourceEntry e =
        resources.findById(resourceId).orElseThrow(() -> new NotFoundException("ResourceEntry"));
    editable(find(e.measureId()));
    Versions.check("ResourceEntry", e.getVersion(), expectedVersion);
    audit.recorded(AUDIT_TYPE, e.measureId(), "RESOURCES_REMOVED", e.auditState(), Map.of());
    resources.delete(e);
  }

  /**
   * Sets the money of one budget year (from an import): changes the year's entry if there is one,
   * else plans a new one; an amount that is null stays as it is.
   */
  @CoordinationOnly
  @Transactional
  public ResourceView setMoney(
      long measureId, int year, java.math.BigDecimal consumptive, java.math.BigDecimal investive) {
    ResourceView current =
        resources.findByMeasureIdOrderByBudgetYearAsc(measureId).stream()
            .map(ResourceEntry::view)
            .filter(r -> r.budgetYear() == year)
            .findFirst()
            .orElse(null);
    ResourceInput in = current == null ? new ResourceInput() : current.toInput();
    in.budgetYear = year;
    in.consumptive = consumptive != null ? consumptive : in.consumptive;
    in.investive = investive != null ? investive : in.investive;
    in.budgetStatus = in.budgetStatus == null ? BudgetStatus.PLANNED : in.budgetStatus;
    return current == null
        ? addResource(measureId, in)
        : updateResource(current.id(), current.version(), in);
  }

  private void uniqueYear(long measureId, Integer year, long ownId) {
    boolean taken =
        resources.findByMeasureIdOrderByBudgetYearAsc(measureId).stream()
            .anyMatch(
                r -> !r.getId().equals(ownId) && year != null && r.view().budgetYear() == year);
    if (taken) {
      throw new InvalidInputException("budgetYear", "resource.yearTaken", String.valueOf(year));
    }
  }

  /**
   * The next version of a strategy gets copies of the measures (with milestones and resources),
   * attached to the copied goals.
   */
  @EventListener
  void copyMeasures(VersionCopied copied) {
    Map<Long, Long> copies = new java.util.HashMap<>();
    List<Measure> originals =
        measures.findByStrategyVersionIdOrderByCodeAsc(copied.fromVersionId());
    for (Measure m : originals) {
      Measure copy = measures.save(m.copyFor(copied.toVersionId(), copied.goalIds()));
      copies.put(m.getId(), copy.getId());
      audit.created(AUDIT_TYPE, copy.getId(), copy.auditState());
      milestones
          .findByMeasureIdOrderByPlannedDateAscIdAsc(m.getId())
          .forEach(ms -> milestones.save(ms.copyFor(copy.getId())));
      resources
          .findByMeasureIdOrderByBudgetYearAsc(m.getId())
          .forEach(r -> resources.save(r.copyFor(copy.getId())));
    }
    for (Measure m : originals) {
      if (m.parentId() != null) {
        measures.findById(copies.get(m.getId())).orElseThrow().reparent(copies.get(m.parentId()));
      }
      participants
          .findByMeasureIdOrderByIdAsc(m.getId())
          .forEach(p -> participants.save(p.copyFor(copies.get(m.getId()))));
      partners
          .findByMeasureIdOrderByIdAsc(m.getId())
          .forEach(p -> partners.save(p.copyFor(copies.get(m.getId()))));
    }
    if (!copies.isEmpty()) {
      dependencies
          .findBySuccessorIdIn(copies.keySet())
          .forEach(
              d ->
                  dependencies.save(
                      new Dependency(copies.get(d.predecessorId()), copies.get(d.successorId()))));
    }
  }

  /**
   * A measure's content can change in a draft, and – being no part of the adopted plan – an
   * unplanned measure's on the version in force, too.
   */
  private VersionView editable(Measure m) {
    VersionView version = strategies.version(m.strategyVersionId());
    if (m.unplanned() && version.status() == VersionStatus.IN_FORCE) {
      return version;
    }
    return editable(m.strategyVersionId());
  }

  private VersionView editable(long versionId) {
    VersionView version = strategies.version(versionId);
    if (!version.editable()) {
      throw new InvalidInputException(null, "version.readOnly");
    }
    return version;
  }

  /** How many years before the strategy's start and after its end a date is still believed. */
  private static final int PLAUSIBLE_YEARS = 10;

  /** A date far outside the strategy's period is a typing error (1890, 2099), never a plan. */
  private static void plausible(Rules rules, String field, LocalDate date, VersionView version) {
    if (date != null
        && (date.getYear() < version.startYear() - PLAUSIBLE_YEARS
            || date.getYear() > version.endYear() + PLAUSIBLE_YEARS)) {
      rules.add(
          field,
          "validation.dateImplausible",
          String.valueOf(version.startYear()),
          String.valueOf(version.endYear()));
    }
  }

  private void checkMilestoneDates(MilestoneInput input, VersionView version) {
    Rules rules = new Rules();
    plausible(rules, "plannedDate", input.plannedDate, version);
    plausible(rules, "actualDate", input.actualDate, version);
    rules.throwIfAny();
  }

  private void checkReferences(long versionId, long ownId, Measure m) {
    Rules rules = new Rules();
    VersionView version = strategies.version(versionId);
    MeasureView dates = m.view(context(version));
    plausible(rules, "plannedStart", dates.plannedStart(), version);
    plausible(rules, "plannedEnd", dates.plannedEnd(), version);
    plausible(rules, "actualStart", dates.actualStart(), version);
    plausible(rules, "actualEnd", dates.actualEnd(), version);
    rules.check(
        !measures.existsByStrategyVersionIdAndCodeAndIdNot(versionId, m.code(), ownId),
        "code",
        "strategy.codeTaken",
        m.code());
    Set<Long> goals =
        strategies.goals(versionId).stream().map(GoalView::id).collect(Collectors.toSet());
    rules.check(goals.containsAll(m.goalIds()), "goalIds", "validation.unknownReference");
    rules.check(
        m.leadOrgUnitId() == null || exists(() -> orgUnits.get(m.leadOrgUnitId())),
        "leadOrgUnitId",
        "validation.unknownReference");
    rules.check(
        m.responsiblePersonId() == null || exists(() -> persons.get(m.responsiblePersonId())),
        "responsiblePersonId",
        "validation.unknownReference");
    if (m.parentId() != null) {
      Measure parent =
          measures
              .findById(m.parentId())
              .filter(p -> p.strategyVersionId().equals(versionId))
              .orElse(null);
      rules.check(parent != null, "parentId", "validation.unknownReference");
      // walking up from the new parent must not reach this measure again
      java.util.Set<Long> seen = new java.util.HashSet<>();
      for (Measure p = parent; p != null && seen.add(p.getId()); ) {
        if (p.getId().equals(ownId)) {
          rules.add("parentId", "measure.parentCycle", p.code());
          break;
        }
        p = p.parentId() == null ? null : measures.findById(p.parentId()).orElse(null);
      }
    }
    rules.throwIfAny();
  }

  private static boolean exists(Runnable lookup) {
    try {
      lookup.run();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /** A measure of a draft version, for the parts kept beside it (participants, partners). */
  Measure editableMeasure(long id) {
    Measure m = find(id);
    editable(m);
    return m;
  }

  /** A measure of any version (the tenant filter applies); 404 when there is none. */
  Measure measure(long id) {
    return find(id);
  }

  private Measure find(long id) {
    return measures.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }
}
