package de.fahrplan.plan;

import static de.fahrplan.plan.MeasureAccess.AUDIT_TYPE;

import de.fahrplan.plan.internal.Dependency;
import de.fahrplan.plan.internal.DependencyRepository;
import de.fahrplan.plan.internal.Measure;
import de.fahrplan.plan.internal.MeasureRepository;
import de.fahrplan.plan.internal.ViewContext;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.VersionView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finish-to-start dependencies between the measures of one version: a predecessor must end before
 * its successor starts. Cycles and links across versions are refused; dates that contradict a
 * dependency are flagged, not refused.
 */
@Service
public class Dependencies {

  private final DependencyRepository dependencies;
  private final MeasureRepository measures;
  private final MeasureAccess access;
  private final AuditLog audit;

  Dependencies(
      DependencyRepository dependencies,
      MeasureRepository measures,
      MeasureAccess access,
      AuditLog audit) {
    this.dependencies = dependencies;
    this.measures = measures;
    this.access = access;
    this.audit = audit;
  }

  /** Predecessors and successors of a measure, each flagged when the dates contradict it. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<DependencyView> of(long measureId) {
    Map<Long, MeasureView> all = access.viewsOf(access.find(measureId).strategyVersionId());
    return dependencies.findByPredecessorIdOrSuccessorId(measureId, measureId).stream()
        .map(d -> view(all.get(d.predecessorId()), all.get(d.successorId())))
        .toList();
  }

  /** All dependencies of a version (for the roadmap). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<DependencyView> ofVersion(long versionId) {
    Map<Long, MeasureView> all = access.viewsOf(versionId);
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
    Measure successor = access.find(measureId);
    VersionView version = access.editable(successor);
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
    refuseCycle(successor.strategyVersionId(), predecessorId, measureId);
    dependencies.saveAndFlush(new Dependency(predecessorId, measureId));
    audit.recorded(
        AUDIT_TYPE,
        measureId,
        "DEPENDENCY_ADDED",
        Map.of(),
        Map.of("predecessor", predecessor.code()));
    ViewContext ctx = access.context(version);
    return view(predecessor.view(ctx), successor.view(ctx));
  }

  @CoordinationOnly
  @Transactional
  public void removePredecessor(long measureId, long predecessorId) {
    access.editableMeasure(measureId);
    Dependency d =
        dependencies
            .findByPredecessorIdAndSuccessorId(predecessorId, measureId)
            .orElseThrow(() -> new NotFoundException("Dependency"));
    audit.recorded(
        AUDIT_TYPE,
        measureId,
        "DEPENDENCY_REMOVED",
        Map.of("predecessor", access.find(predecessorId).code()),
        Map.of());
    dependencies.delete(d);
  }

  private void refuseCycle(long versionId, long predecessorId, long successorId) {
    List<long[]> edges =
        dependencies.findBySuccessorIdIn(access.idsOf(versionId)).stream()
            .map(d -> new long[] {d.predecessorId(), d.successorId()})
            .toList();
    List<Long> cycle = new DependencyGraph(edges).cycleIfAdded(predecessorId, successorId);
    if (!cycle.isEmpty()) {
      Map<Long, String> codes = new HashMap<>();
      measures.findAllById(cycle).forEach(x -> codes.put(x.getId(), x.code()));
      throw new InvalidInputException(
          "predecessorId",
          "dependency.cycle",
          String.join(" → ", cycle.stream().map(codes::get).toList()));
    }
  }

  private static DependencyView view(MeasureView predecessor, MeasureView successor) {
    boolean conflict =
        predecessor.plannedEnd() != null
            && successor.plannedStart() != null
            && successor.plannedStart().isBefore(predecessor.plannedEnd());
    return new DependencyView(
        predecessor.id(), predecessor.label(), successor.id(), successor.label(), conflict);
  }
}
