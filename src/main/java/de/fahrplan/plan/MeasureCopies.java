package de.fahrplan.plan;

import static de.fahrplan.plan.MeasureAccess.AUDIT_TYPE;

import de.fahrplan.plan.internal.Dependency;
import de.fahrplan.plan.internal.DependencyRepository;
import de.fahrplan.plan.internal.Measure;
import de.fahrplan.plan.internal.MeasureRepository;
import de.fahrplan.plan.internal.MilestoneRepository;
import de.fahrplan.plan.internal.ParticipantRepository;
import de.fahrplan.plan.internal.PartnerRepository;
import de.fahrplan.plan.internal.ResourceEntryRepository;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.strategy.VersionCopied;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The next version of a strategy (Fortschreibung) gets copies of the measures with their
 * milestones, resources, participants, partners and dependencies, attached to the copied goals. It
 * runs in the transaction that copies the version, so a failed copy leaves no half version behind.
 */
@Component
class MeasureCopies {

  private final MeasureRepository measures;
  private final MilestoneRepository milestones;
  private final ResourceEntryRepository resources;
  private final ParticipantRepository participants;
  private final PartnerRepository partners;
  private final DependencyRepository dependencies;
  private final AuditLog audit;

  MeasureCopies(
      MeasureRepository measures,
      MilestoneRepository milestones,
      ResourceEntryRepository resources,
      ParticipantRepository participants,
      PartnerRepository partners,
      DependencyRepository dependencies,
      AuditLog audit) {
    this.measures = measures;
    this.milestones = milestones;
    this.resources = resources;
    this.participants = participants;
    this.partners = partners;
    this.dependencies = dependencies;
    this.audit = audit;
  }

  @EventListener
  void copyMeasures(VersionCopied copied) {
    Map<Long, Long> copies = new HashMap<>();
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
}
