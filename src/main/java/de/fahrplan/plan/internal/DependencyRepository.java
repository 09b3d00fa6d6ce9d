package de.fahrplan.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DependencyRepository extends JpaRepository<Dependency, Long> {

  List<Dependency> findBySuccessorIdIn(Collection<Long> measureIds);

  List<Dependency> findByPredecessorIdOrSuccessorId(Long predecessorId, Long successorId);

  Optional<Dependency> findByPredecessorIdAndSuccessorId(Long predecessorId, Long successorId);

  /** Per measure of a version: how many measures wait for it (direct successors). */
  @Query(
      """
      select d.predecessorId, count(d) from Dependency d, Measure m
      where m.id = d.predecessorId and m.strategyVersionId = :versionId
      group by d.predecessorId
      """)
  List<Object[]> countSuccessors(@Param("versionId") long versionId);

  /**
   * Every dependency touching one of the measures, with both codes: predecessor id and code,
   * successor id and code (one query for a page of the measure list).
   */
  @Query(
      """
      select d.predecessorId, p.code, d.successorId, s.code from Dependency d, Measure p, Measure s
      where p.id = d.predecessorId and s.id = d.successorId
      and (d.predecessorId in :ids or d.successorId in :ids)
      """)
  List<Object[]> linksOf(@Param("ids") Collection<Long> measureIds);
}
