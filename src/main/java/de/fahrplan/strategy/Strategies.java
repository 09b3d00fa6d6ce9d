package de.fahrplan.strategy;

import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Lookup;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.RichText;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.internal.FieldOfAction;
import de.fahrplan.strategy.internal.FieldOfActionRepository;
import de.fahrplan.strategy.internal.Goal;
import de.fahrplan.strategy.internal.GoalRepository;
import de.fahrplan.strategy.internal.Strategy;
import de.fahrplan.strategy.internal.StrategyRepository;
import de.fahrplan.strategy.internal.StrategyVersion;
import de.fahrplan.strategy.internal.StrategyVersionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategies of the current municipality with their versions, fields of action and goals.
 * Koordination (and Administration) shape drafts; adopted versions are read-only.
 */
@Service
public class Strategies {

  static final String AUDIT_TYPE = "StrategyVersion";
  static final String GOAL_AUDIT_TYPE = "Goal";
  static final String FIELD_AUDIT_TYPE = "FieldOfAction";

  private final StrategyRepository strategies;
  private final StrategyVersionRepository versions;
  private final FieldOfActionRepository fields;
  private final GoalRepository goals;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Organizations organizations;
  private final List<SupersedeGuard> guards;
  private final Clock clock;

  Strategies(
      StrategyRepository strategies,
      StrategyVersionRepository versions,
      FieldOfActionRepository fields,
      GoalRepository goals,
      AuditLog audit,
      ApplicationEventPublisher events,
      Organizations organizations,
      List<SupersedeGuard> guards,
      Clock clock) {
    this.organizations = organizations;
    this.guards = guards;
    this.clock = clock;
    this.strategies = strategies;
    this.versions = versions;
    this.fields = fields;
    this.goals = goals;
    this.audit = audit;
    this.events = events;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<StrategyView> all() {
    List<Strategy> list = strategies.findAllByOrderByStartYearDescIdDesc();
    Map<Long, List<StrategyVersion>> byStrategy =
        list.isEmpty()
            ? Map.of()
            : versions
                .findByStrategyIdInOrderByNumberDesc(list.stream().map(Strategy::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(StrategyVersion::strategyId));
    return list.stream().map(s -> view(s, byStrategy.getOrDefault(s.getId(), List.of()))).toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public StrategyView get(long id) {
    Strategy s = strategy(id);
    return view(s, versions.findByStrategyIdOrderByNumberDesc(id));
  }

  /**
   * The version an API call or download names, or without one the {@link #currentVersion() current}
   * one; not found where the municipality has neither.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public VersionView versionOrCurrent(Long versionId) {
    return versionId != null ? version(versionId) : current();
  }

  /**
   * The id of {@link #versionOrCurrent}: a named version is not read here – the caller that needs
   * only its id reads it where it uses it.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public long versionIdOrCurrent(Long versionId) {
    return versionId != null ? versionId : current().id();
  }

  private VersionView current() {
    return currentVersion().orElseThrow(() -> new NotFoundException("StrategyVersion"));
  }

  /**
   * The version the menus open (Maßnahmenplan, Lagebild, Roadmap …): of the strategy with the
   * latest start, the version in force, else its newest. Several strategies may be in force at once
   * (ADR 0009); every page of a version names it and offers the others ({@link
   * #otherVersionsInForce}).
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public Optional<VersionView> currentVersion() {
    return all().stream()
        .findFirst()
        .flatMap(
            s ->
                s.versions().stream()
                    .filter(v -> v.status() == VersionStatus.IN_FORCE)
                    .findFirst()
                    .or(() -> s.versions().stream().findFirst()));
  }

  /** The versions in force of the other strategies, for the chooser on every page of a version. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<VersionView> otherVersionsInForce(long versionId) {
    return all().stream()
        .flatMap(s -> s.versions().stream())
        .filter(v -> v.status() == VersionStatus.IN_FORCE && !v.id().equals(versionId))
        .toList();
  }

  @MemberOnly
  @Lookup
  public VersionView version(long versionId) {
    StrategyVersion v = loadVersion(versionId);
    return view(strategy(v.strategyId()), v);
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<FieldOfActionView> fieldsOfAction(long versionId) {
    loadVersion(versionId);
    return fields.findByStrategyVersionIdOrderByPositionAscCodeAsc(versionId).stream()
        .map(FieldOfAction::view)
        .toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<GoalView> goals(long versionId) {
    loadVersion(versionId);
    return goals.findByStrategyVersionIdOrderByCodeAsc(versionId).stream().map(Goal::view).toList();
  }

  @MemberOnly
  @Lookup
  public GoalView goal(long goalId) {
    return goals
        .findById(goalId)
        .map(Goal::view)
        .orElseThrow(() -> new NotFoundException(GOAL_AUDIT_TYPE));
  }

  @MemberOnly
  @Lookup
  public FieldOfActionView fieldOfAction(long id) {
    return fields
        .findById(id)
        .map(FieldOfAction::view)
        .orElseThrow(() -> new NotFoundException(FIELD_AUDIT_TYPE));
  }

  /** A new strategy starts with version 1 as a draft. */
  @CoordinationOnly
  @Transactional
  public VersionView create(StrategyInput input) {
    Strategy s = strategies.saveAndFlush(new Strategy(input));
    audit.created("Strategy", s.getId(), s.auditState());
    StrategyVersion v = versions.saveAndFlush(new StrategyVersion(s.getId(), 1, null));
    return view(s, v);
  }

  @CoordinationOnly
  @Transactional
  public VersionView changeVision(long versionId, Long expectedVersion, String vision) {
    StrategyVersion v = loadVersion(versionId);
    Versions.check(AUDIT_TYPE, v.getVersion(), expectedVersion);
    var before = v.auditState();
    v.changeVision(RichText.sanitize(vision));
    versions.flush();
    audit.changed(AUDIT_TYPE, versionId, before, v.auditState());
    return version(versionId);
  }

  /** Records the council's decision; the version is read-only from now on. */
  @CoordinationOnly
  @Transactional
  public VersionView adopt(long versionId, Long expectedVersion, AdoptionInput input) {
    StrategyVersion v = loadVersion(versionId);
    Versions.check(AUDIT_TYPE, v.getVersion(), expectedVersion);
    var before = v.auditState();
    v.adopt(input, LocalDate.now(clock));
    requireOwnCommittee(input.adoptedById);
    versions.flush();
    audit.changed(AUDIT_TYPE, versionId, before, v.auditState());
    return version(versionId);
  }

  /**
   * Corrects the recorded decision of an adopted version, until it is in force (in its history).
   */
  @CoordinationOnly
  @Transactional
  public VersionView correctAdoption(long versionId, Long expectedVersion, AdoptionInput input) {
    StrategyVersion v = loadVersion(versionId);
    Versions.check(AUDIT_TYPE, v.getVersion(), expectedVersion);
    var before = v.auditState();
    v.correctAdoption(input, LocalDate.now(clock));
    requireOwnCommittee(input.adoptedById);
    versions.flush();
    audit.recorded(AUDIT_TYPE, versionId, "ADOPTION_CORRECTED", before, v.auditState());
    return version(versionId);
  }

  /** The deciding committee must be one of this municipality's (another's answers 404 here). */
  private void requireOwnCommittee(Long organizationId) {
    try {
      organizations.get(organizationId);
    } catch (NotFoundException e) {
      throw new InvalidInputException("adoptedById", "validation.unknownReference");
    }
  }

  /**
   * Puts an adopted version in force on its "in Kraft ab" day or later (by hand, or by {@link
   * InForceJob} on the day); the version of the same strategy in force so far is superseded, once
   * every {@link SupersedeGuard} agrees (an open reporting round must be closed first), and so is
   * an older adopted version whose day is still to come: a Fortschreibung that comes into force
   * earlier than the version it revises is never replaced by it.
   */
  @CoordinationOnly
  @Transactional
  public VersionView putInForce(long versionId, Long expectedVersion) {
    StrategyVersion v = loadVersion(versionId);
    Versions.check(AUDIT_TYPE, v.getVersion(), expectedVersion);
    List<StrategyVersion> others = versions.findByStrategyIdOrderByNumberDesc(v.strategyId());
    for (StrategyVersion other : others) {
      if (other.status() == VersionStatus.IN_FORCE && other.number() > v.number()) {
        // data from before older adopted versions gave way: the plan never goes back a version
        throw new InvalidInputException(null, "version.newerInForce", other.number());
      }
    }
    for (StrategyVersion other : others) {
      if (other.getId().equals(versionId)) {
        continue;
      }
      if (other.status() == VersionStatus.IN_FORCE) {
        guards.forEach(g -> g.checkSupersede(other.getId()));
      }
      VersionStatus was = other.status();
      var before = other.auditState();
      other.supersedeFor(v.number());
      if (other.status() != was) {
        audit.changed(AUDIT_TYPE, other.getId(), before, other.auditState());
      }
    }
    var before = v.auditState();
    v.putInForce(LocalDate.now(clock));
    versions.flush();
    audit.changed(AUDIT_TYPE, versionId, before, v.auditState());
    return version(versionId);
  }

  /** Ids of the adopted versions whose "in Kraft ab" day has come (for the daily job). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<Long> dueInForce() {
    LocalDate today = LocalDate.now(clock);
    return versions.findByStatus(VersionStatus.ADOPTED).stream()
        .filter(v -> v.dueInForce(today))
        .map(StrategyVersion::getId)
        .toList();
  }

  /**
   * Starts the next version (Fortschreibung) as a copy of the newest one: vision, fields of action
   * and goals; the plan copies the measures on {@link VersionCopied}.
   */
  @CoordinationOnly
  @Transactional
  public VersionView newVersion(long strategyId) {
    Strategy s = strategy(strategyId);
    List<StrategyVersion> existing = versions.findByStrategyIdOrderByNumberDesc(strategyId);
    StrategyVersion from = existing.get(0);
    if (from.status() == VersionStatus.DRAFT) {
      throw new InvalidInputException(null, "version.draftExists");
    }
    StrategyVersion to =
        versions.saveAndFlush(new StrategyVersion(strategyId, from.number() + 1, from.vision()));
    Map<Long, Long> fieldIds = new HashMap<>();
    for (FieldOfAction f : fields.findByStrategyVersionIdOrderByPositionAscCodeAsc(from.getId())) {
      fieldIds.put(f.getId(), fields.save(new FieldOfAction(to.getId(), f.copyInput())).getId());
    }
    Map<Long, Long> goalIds = new HashMap<>();
    for (Goal g : goals.findByStrategyVersionIdOrderByCodeAsc(from.getId())) {
      GoalView view = g.view();
      GoalInput in = Inputs.fill(view, new GoalInput());
      in.fieldOfActionIds = view.fieldOfActionIds().stream().map(fieldIds::get).toList();
      goalIds.put(g.getId(), goals.save(new Goal(to.getId(), in)).getId());
    }
    goals.flush();
    audit.created(AUDIT_TYPE, to.getId(), to.auditState());
    events.publishEvent(new VersionCopied(from.getId(), to.getId(), goalIds));
    return view(s, to);
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long versionId) {
    loadVersion(versionId);
    return audit.history(AUDIT_TYPE, versionId);
  }

  private Strategy strategy(long id) {
    return strategies.findById(id).orElseThrow(() -> new NotFoundException("Strategy"));
  }

  private StrategyVersion loadVersion(long id) {
    return versions.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }

  private static StrategyView view(Strategy s, List<StrategyVersion> list) {
    return new StrategyView(
        s.getId(),
        s.title(),
        s.startYear(),
        s.endYear(),
        list.stream().map(v -> view(s, v)).toList(),
        s.getVersion());
  }

  private static VersionView view(Strategy s, StrategyVersion v) {
    return new VersionView(
        v.getId(),
        s.getId(),
        s.title(),
        s.startYear(),
        s.endYear(),
        v.number(),
        v.status(),
        v.vision(),
        v.adoptedOn(),
        v.adoptedById(),
        v.paperReference(),
        v.inForceFrom(),
        v.getVersion());
  }
}
