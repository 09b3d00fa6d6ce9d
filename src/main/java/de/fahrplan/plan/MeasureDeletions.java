package de.fahrplan.plan;

import static de.fahrplan.plan.MeasureAccess.AUDIT_TYPE;

import de.fahrplan.plan.internal.Measure;
import de.fahrplan.plan.internal.MeasureRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.InvalidInputException.Violation;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting a measure: what it takes with it (milestones, staff and money, participants,
 * dependencies – asked before, on the confirmation page) and what keeps it (sub-projects, its
 * reports over the rounds, papers and mandates that name it).
 */
@Service
public class MeasureDeletions {

  /** What deleting a measure would take with it, and why it may not be deleted at all. */
  public record Impact(
      MeasureView measure,
      int milestones,
      int budgetYears,
      BigDecimal money,
      BigDecimal fte,
      int participants,
      int dependencies,
      List<Violation> reasonsToKeep) {}

  private final MeasureRepository measures;
  private final MeasureAccess access;
  private final Measures views;
  private final Milestones milestones;
  private final Resources resources;
  private final Participants participants;
  private final Dependencies dependencies;
  private final List<MeasureReferences> references;
  private final AuditLog audit;

  MeasureDeletions(
      MeasureRepository measures,
      MeasureAccess access,
      Measures views,
      Milestones milestones,
      Resources resources,
      Participants participants,
      Dependencies dependencies,
      List<MeasureReferences> references,
      AuditLog audit) {
    this.measures = measures;
    this.access = access;
    this.views = views;
    this.milestones = milestones;
    this.resources = resources;
    this.participants = participants;
    this.dependencies = dependencies;
    this.references = references;
    this.audit = audit;
  }

  @CoordinationOnly
  @Transactional(readOnly = true)
  public Impact impact(long id) {
    access.editable(access.find(id));
    List<ResourceView> years = resources.of(id);
    return new Impact(
        views.get(id),
        milestones.of(id).size(),
        years.size(),
        years.stream().map(ResourceView::moneyTotal).reduce(BigDecimal.ZERO, BigDecimal::add),
        years.stream().map(ResourceView::fteTotal).reduce(BigDecimal.ZERO, BigDecimal::add),
        participants.participants(id).size() + participants.partners(id).size(),
        dependencies.of(id).size(),
        reasonsToKeep(id));
  }

  /** Deletes a measure with its parts – refused while anything named in the impact keeps it. */
  @CoordinationOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Measure m = access.find(id);
    access.editable(m);
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    List<Violation> reasons = reasonsToKeep(id);
    if (!reasons.isEmpty()) {
      throw new InvalidInputException(reasons);
    }
    audit.deleted(AUDIT_TYPE, id, m.auditState());
    measures.delete(m);
  }

  private List<Violation> reasonsToKeep(long id) {
    List<Violation> reasons = new ArrayList<>();
    if (measures.existsByParentId(id)) {
      reasons.add(new Violation(null, "measure.hasSubProjects"));
    }
    references.forEach(r -> reasons.addAll(r.reasonsToKeep(id)));
    return reasons;
  }
}
