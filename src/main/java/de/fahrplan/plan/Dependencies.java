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
    Measure measure = access.find(measureId);
    List<Dependency> touching = dependencies.findByPredecessorIdOrSuccessorId(measureId, measureId);
    java.util.Set<Long> ends = ends(touching);
    ViewContext ctx = access.context(access.version(measure.strategyVersionId()), ends);
    Map<Long, MeasureView> sides = new HashMap<>();
    measures.withIds(ends).forEach(m -> sides.put(m.getId(), m.view(ctx)));
    return touching.stream()
        .map(d -> view(sides.get(d.predecessorId()), sides.get(d.successorId())))
        .toList();
  }

  /** A measure a dependency points to, by id and code. */
  public record Ref(long id, String code) {}

  /** A measure's predecessors and successors, by id and code. */
  public record Links(List<Ref> predecessors, List<Ref> successors) {
    static final Links NONE = new Links(List.of(), List.of());
  }

  /** The predecessors and successors of each of the measures, in one query (API lists). */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, Links> linksOf(java.util.Collection<Long> measureIds) {
    if (measureIds.isEmpty()) {
      return Map.of();
    }
    // two index lookups: the dependencies, then the codes of both sides (a join of the measure
    // table twice made H2 compare every pair: 0.9 s for a page of 50 at 1,000 measures)
    List<de.fahrplan.plan.internal.Dependency> touching = dependencies.touching(measureIds);
    java.util.Set<Long> ends = ends(touching);
    Map<Long, String> codes = new java.util.HashMap<>();
    if (!ends.isEmpty()) {
      for (Object[] row : measures.codesByIds(ends)) {
        codes.put((Long) row[0], (String) row[1]);
      }
    }
    Map<Long, List<Ref>> before = new java.util.HashMap<>();
    Map<Long, List<Ref>> after = new java.util.HashMap<>();
    for (var d : touching) {
      before
          .computeIfAbsent(d.successorId(), k -> new java.util.ArrayList<>())
          .add(new Ref(d.predecessorId(), codes.get(d.predecessorId())));
      after
          .computeIfAbsent(d.predecessorId(), k -> new java.util.ArrayList<>())
          .add(new Ref(d.successorId(), codes.get(d.successorId())));
    }
    Map<Long, Links> result = new java.util.HashMap<>();
    for (Long id : measureIds) {
      List<Ref> p = before.getOrDefault(id, List.of());
      List<Ref> s = after.getOrDefault(id, List.of());
      result.put(id, p.isEmpty() && s.isEmpty() ? Links.NONE : new Links(p, s));
    }
    return result;
  }

  /** All dependencies of a version (for the roadmap). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<DependencyView> ofVersion(long versionId) {
    Map<Long, MeasureView> all = access.viewsOf(versionId);
    if (all.isEmpty()) {
      return List.of();
    }
    return dependencies.findOfVersion(versionId).stream()
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
    ViewContext ctx = access.context(version, List.of(predecessorId, measureId));
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
        dependencies.findOfVersion(versionId).stream()
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

  /** The measures at either end of the dependencies. */
  private static java.util.Set<Long> ends(List<Dependency> dependencies) {
    java.util.Set<Long> ends = new java.util.HashSet<>();
    dependencies.forEach(d -> ends.addAll(List.of(d.predecessorId(), d.successorId())));
    return ends;
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
