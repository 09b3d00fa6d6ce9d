package de.fahrplan.plan;

import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.internal.Measure;
import de.fahrplan.plan.internal.MeasureRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.RichText;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionCopied;
import de.fahrplan.strategy.VersionView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Measures of a strategy version. Koordination (and Administration) change drafts. */
@Service
public class Measures {

  static final String AUDIT_TYPE = "Measure";
  private static final String WRITE = "hasAnyRole('COORDINATION','ADMIN')";

  private final MeasureRepository measures;
  private final Strategies strategies;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final AuditLog audit;

  Measures(
      MeasureRepository measures,
      Strategies strategies,
      OrgUnits orgUnits,
      Persons persons,
      AuditLog audit) {
    this.measures = measures;
    this.strategies = strategies;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.audit = audit;
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
      Pageable page) {
    VersionView version = strategies.version(versionId);
    String q =
        query == null || query.isBlank() ? null : "%" + query.trim().toLowerCase(Locale.ROOT) + "%";
    return measures
        .search(versionId, q, status, goalId, orgUnitId, page)
        .map(m -> m.view(version.startYear()));
  }

  /** All measures of a version, by code (for the plan tree). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<MeasureView> all(long versionId) {
    VersionView version = strategies.version(versionId);
    return measures.findByStrategyVersionIdOrderByCodeAsc(versionId).stream()
        .map(m -> m.view(version.startYear()))
        .toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public MeasureView get(long id) {
    Measure m = find(id);
    return m.view(strategies.version(m.strategyVersionId()).startYear());
  }

  @PreAuthorize(WRITE)
  @Transactional
  public MeasureView create(long versionId, MeasureInput input) {
    VersionView version = editable(versionId);
    Measure m = new Measure(versionId, input, RichText.sanitize(input.description));
    checkReferences(versionId, -1L, m);
    m = measures.saveAndFlush(m);
    audit.created(AUDIT_TYPE, m.getId(), m.auditState());
    return m.view(version.startYear());
  }

  @PreAuthorize(WRITE)
  @Transactional
  public MeasureView update(long id, Long expectedVersion, MeasureInput input) {
    Measure m = find(id);
    VersionView version = editable(m.strategyVersionId());
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    var before = m.auditState();
    m.apply(input, RichText.sanitize(input.description));
    checkReferences(m.strategyVersionId(), id, m);
    measures.flush();
    audit.changed(AUDIT_TYPE, id, before, m.auditState());
    return m.view(version.startYear());
  }

  @PreAuthorize(WRITE)
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Measure m = find(id);
    editable(m.strategyVersionId());
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    audit.deleted(AUDIT_TYPE, id, m.auditState());
    measures.delete(m);
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    find(id);
    return audit.history(AUDIT_TYPE, id);
  }

  /** The next version of a strategy gets copies of the measures, attached to the copied goals. */
  @EventListener
  void copyMeasures(VersionCopied copied) {
    for (Measure m : measures.findByStrategyVersionIdOrderByCodeAsc(copied.fromVersionId())) {
      Measure copy = measures.save(m.copyFor(copied.toVersionId(), copied.goalIds()));
      audit.created(AUDIT_TYPE, copy.getId(), copy.auditState());
    }
  }

  private VersionView editable(long versionId) {
    VersionView version = strategies.version(versionId);
    if (!version.editable()) {
      throw new InvalidInputException(null, "version.readOnly");
    }
    return version;
  }

  private void checkReferences(long versionId, long ownId, Measure m) {
    Rules rules = new Rules();
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
    return measures.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }
}
