package de.fahrplan.plan;

import static de.fahrplan.plan.MeasureAccess.AUDIT_TYPE;

import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.internal.Measure;
import de.fahrplan.plan.internal.MeasureRepository;
import de.fahrplan.plan.internal.MilestoneRepository;
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
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures of a strategy version: their content (Koordination and Administration change drafts),
 * their execution on the plan in force, and the reads every plan page starts from. Milestones,
 * dependencies, resources and participants have their own services beside this one.
 */
@Service
public class Measures {

  private final MeasureRepository measures;
  private final MilestoneRepository milestones;
  private final ResourceEntryRepository resources;
  private final PartnerRepository partners;
  private final MeasureAccess access;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final AuditLog audit;

  Measures(
      MeasureRepository measures,
      MilestoneRepository milestones,
      ResourceEntryRepository resources,
      PartnerRepository partners,
      MeasureAccess access,
      OrgUnits orgUnits,
      Persons persons,
      AuditLog audit) {
    this.measures = measures;
    this.milestones = milestones;
    this.resources = resources;
    this.partners = partners;
    this.access = access;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.audit = audit;
  }

  /** "M-12 – Titel" of some measures, by id: one query, no priorities or horizons computed. */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, String> labels(java.util.Collection<Long> ids) {
    Map<Long, String> labels = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      for (Object[] row : measures.codesAndTitles(ids)) {
        labels.put((Long) row[0], MeasureView.label((String) row[1], (String) row[2]));
      }
    }
    return labels;
  }

  /**
   * "M-12 – Titel" of every measure of a version, by id in natural code order: one query of plain
   * values (a choice of 1,000 measures builds no view).
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, String> labelsOfVersion(long versionId) {
    access.version(versionId);
    List<Object[]> rows = new java.util.ArrayList<>(measures.codesAndTitlesOfVersion(versionId));
    rows.sort((a, b) -> naturalOrder((String) a[1], (String) b[1]));
    Map<Long, String> labels = new java.util.LinkedHashMap<>();
    rows.forEach(
        row -> labels.put((Long) row[0], MeasureView.label((String) row[1], (String) row[2])));
    return labels;
  }

  /** How many measures of a version have each status (one query). */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<MeasureStatus, Long> countByStatus(long versionId) {
    access.version(versionId);
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
    ViewContext ctx = access.context(versionId);
    return access.measuresOf(versionId).stream().map(m -> m.view(ctx)).sorted(BY_CODE).toList();
  }

  /**
   * The code offered for a new measure of the version: the next of its numbering, or the next
   * sub-project code under {@code parentId} (see {@link MeasureCodes}).
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public String suggestedCode(long versionId, Long parentId) {
    List<String> codes = measures.codesOf(versionId);
    return parentId == null
        ? MeasureCodes.next(codes)
        : MeasureCodes.nextUnder(access.find(parentId).code(), codes);
  }

  private static final java.util.regex.Pattern RUNS = java.util.regex.Pattern.compile("\\d+|\\D+");

  /** Measures in natural code order (see {@link #naturalOrder}). */
  static final java.util.Comparator<MeasureView> BY_CODE =
      (a, b) -> naturalOrder(a.code(), b.code());

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
    return m.view(access.context(access.version(m.strategyVersionId()), List.of(id)));
  }

  @CoordinationOnly
  @Transactional
  public MeasureView create(long versionId, MeasureInput input) {
    VersionView version = access.editable(versionId);
    Measure m = new Measure(versionId, input, RichText.sanitize(input.description));
    checkReferences(versionId, -1L, m);
    m = measures.saveAndFlush(m);
    audit.created(AUDIT_TYPE, m.getId(), m.auditState());
    return m.view(access.context(version, List.of(m.getId())));
  }

  /**
   * Adds an unplanned measure (überplanmäßig) to the version in force: marked so everywhere, with
   * the reason in its history, and taken over by the next Fortschreibung.
   */
  @CoordinationOnly
  @Transactional
  public MeasureView addUnplanned(long versionId, MeasureInput input) {
    VersionView version = access.inForce(versionId);
    Measure m = new Measure(versionId, input, RichText.sanitize(input.description));
    m.markUnplanned();
    checkReferences(versionId, -1L, m);
    m = measures.saveAndFlush(m);
    audit.created(AUDIT_TYPE, m.getId(), m.auditState());
    return m.view(access.context(version, List.of(m.getId())));
  }

  @CoordinationOnly
  @Transactional
  public MeasureView update(long id, Long expectedVersion, MeasureInput input) {
    Measure m = find(id);
    VersionView version = access.editable(m);
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
    return m.view(access.context(version, List.of(m.getId())));
  }

  /**
   * Whether a measure's content can change: in a draft, and – being no part of the adopted plan –
   * an unplanned measure's on the version in force, too.
   */
  public static boolean contentEditable(MeasureView measure, VersionView version) {
    return contentEditable(measure.unplanned(), version);
  }

  static boolean contentEditable(boolean unplanned, VersionView version) {
    return version.editable() || (unplanned && version.status() == VersionStatus.IN_FORCE);
  }

  /** Direct sub-projects of a measure, in natural code order. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<MeasureView> subProjects(long id) {
    Measure m = find(id);
    List<Measure> children = measures.findByParentId(id);
    ViewContext ctx =
        access.context(
            access.version(m.strategyVersionId()), children.stream().map(Measure::getId).toList());
    return children.stream().map(x -> x.view(ctx)).sorted(BY_CODE).toList();
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
    Map<Long, Long> parents = new java.util.HashMap<>();
    for (Object[] row : measures.parentsOfVersion(root.strategyVersionId())) {
      parents.put((Long) row[0], nz((Long) row[1]));
    }
    Set<Long> tree = RollUp.subtree(id, parents);
    LocalDate today = access.today();
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

  /**
   * Keeps the execution state of a measure of the version in force current (status, actual dates),
   * with the reason in its history; content changes stay for the Fortschreibung.
   */
  @CoordinationOnly
  @Transactional
  public MeasureView changeExecution(long id, Long expectedVersion, ExecutionInput input) {
    Measure m = find(id);
    VersionView version = access.inForce(m.strategyVersionId());
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    var before = m.auditState();
    m.changeExecution(input);
    Rules rules = new Rules();
    MeasureAccess.plausible(rules, "actualStart", input.actualStart, version);
    MeasureAccess.plausible(rules, "actualEnd", input.actualEnd, version);
    rules.throwIfAny();
    measures.flush();
    audit.recorded(
        AUDIT_TYPE,
        id,
        "EXECUTION_CHANGED",
        before,
        MeasureAccess.withComment(m.auditState(), input.comment));
    return m.view(access.context(version, List.of(m.getId())));
  }

  /** History actions that change the execution state of a measure of the plan in force. */
  static final List<String> EXECUTION_ACTIONS = List.of("EXECUTION_CHANGED", "BUDGET_DECIDED");

  /** The execution changes of a version's measures after a moment, oldest first (one query). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<ExecutionChange> executionChangesSince(long versionId, java.time.Instant after) {
    access.version(versionId);
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

  private void checkReferences(long versionId, long ownId, Measure m) {
    Rules rules = new Rules();
    VersionView version = access.version(versionId);
    MeasureView dates = m.view(access.context(version, List.of()));
    MeasureAccess.plausible(rules, "plannedStart", dates.plannedStart(), version);
    MeasureAccess.plausible(rules, "plannedEnd", dates.plannedEnd(), version);
    MeasureAccess.plausible(rules, "actualStart", dates.actualStart(), version);
    MeasureAccess.plausible(rules, "actualEnd", dates.actualEnd(), version);
    rules.check(
        !measures.existsByStrategyVersionIdAndCodeAndIdNot(versionId, m.code(), ownId),
        "code",
        "strategy.codeTaken",
        m.code());
    rules.check(
        access.goalIds(versionId).containsAll(m.goalIds()),
        "goalIds",
        "validation.unknownReference");
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

  private Measure find(long id) {
    return access.find(id);
  }
}
