package de.fahrplan.plan;

import static de.fahrplan.plan.MeasureAccess.AUDIT_TYPE;

import de.fahrplan.plan.internal.Measure;
import de.fahrplan.plan.internal.Milestone;
import de.fahrplan.plan.internal.MilestoneRepository;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestones of measures: planned in a draft, reached or moved on the plan in force by accepted
 * status updates. Each change stands in the measure's history.
 */
@Service
public class Milestones {

  private final MilestoneRepository milestones;
  private final MeasureAccess access;
  private final AuditLog audit;

  Milestones(MilestoneRepository milestones, MeasureAccess access, AuditLog audit) {
    this.milestones = milestones;
    this.access = access;
    this.audit = audit;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<MilestoneView> of(long measureId) {
    access.find(measureId);
    LocalDate today = access.today();
    return milestones.findByMeasureIdOrderByPlannedDateAscIdAsc(measureId).stream()
        .map(m -> m.view(today))
        .toList();
  }

  /** Milestones of all measures of a version, by measure (one query, for the roadmap). */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, List<MilestoneView>> ofVersion(long versionId) {
    access.version(versionId);
    LocalDate today = access.today();
    return milestones.findOfVersion(versionId).stream()
        .map(m -> m.view(today))
        .sorted(Comparator.comparing(MilestoneView::plannedDate))
        .collect(Collectors.groupingBy(MilestoneView::measureId));
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public MilestoneView get(long milestoneId) {
    return find(milestoneId).view(access.today());
  }

  @CoordinationOnly
  @Transactional
  public MilestoneView add(long measureId, MilestoneInput input) {
    VersionView version = access.editable(access.find(measureId));
    Milestone m = new Milestone(measureId, input);
    checkDates(input, version);
    m = milestones.saveAndFlush(m);
    audit.recorded(AUDIT_TYPE, measureId, "MILESTONE_ADDED", Map.of(), m.auditState());
    return m.view(access.today());
  }

  @CoordinationOnly
  @Transactional
  public MilestoneView update(long milestoneId, Long expectedVersion, MilestoneInput input) {
    Milestone m = find(milestoneId);
    VersionView version = access.editable(access.find(m.measureId()));
    Versions.check("Milestone", m.getVersion(), expectedVersion);
    var before = m.auditState();
    m.apply(input);
    checkDates(input, version);
    milestones.flush();
    audit.recorded(AUDIT_TYPE, m.measureId(), "MILESTONE_CHANGED", before, m.auditState());
    return m.view(access.today());
  }

  @CoordinationOnly
  @Transactional
  public void delete(long milestoneId, Long expectedVersion) {
    Milestone m = find(milestoneId);
    access.editable(access.find(m.measureId()));
    Versions.check("Milestone", m.getVersion(), expectedVersion);
    audit.recorded(AUDIT_TYPE, m.measureId(), "MILESTONE_REMOVED", m.auditState(), Map.of());
    milestones.delete(m);
  }

  /**
   * Takes what an accepted status update reports of the measure's milestones into the plan in force
   * (reached, or moved with the reason), each change in the measure's history with its source.
   * Milestones of a version no longer in force stay as they were.
   */
  @CoordinationOnly
  @Transactional
  public void recordProgress(long measureId, List<MilestoneProgress> reported, String source) {
    Measure measure = access.find(measureId);
    if (access.version(measure.strategyVersionId()).status() != VersionStatus.IN_FORCE) {
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
      var after = new LinkedHashMap<String, Object>(m.auditState());
      if (!AuditLog.diff(before, after).isEmpty()) {
        after.put("source", source);
        audit.recorded(AUDIT_TYPE, measureId, "MILESTONE_REPORTED", before, after);
      }
    }
    milestones.flush();
  }

  private Milestone find(long milestoneId) {
    return milestones.findById(milestoneId).orElseThrow(() -> new NotFoundException("Milestone"));
  }

  private static void checkDates(MilestoneInput input, VersionView version) {
    Rules rules = new Rules();
    MeasureAccess.plausible(rules, "plannedDate", input.plannedDate, version);
    MeasureAccess.plausible(rules, "actualDate", input.actualDate, version);
    rules.throwIfAny();
  }
}
