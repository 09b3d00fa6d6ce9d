package de.fahrplan.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DependencyRepository extends JpaRepository<Dependency, Long> {

  List<Dependency> findBySuccessorIdIn(Collection<Long> measureIds);

  /** Every dependency between a version's measures (both ends lie in one version). */
  @Query(
      "select d from Dependency d where d.successorId in"
          + " (select m.id from Measure m where m.strategyVersionId = :versionId)")
  List<Dependency> findOfVersion(@Param("versionId") long versionId);

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

  /** Per measure of some measures: how many measures wait for it (direct successors). */
  default List<Object[]> countSuccessorsOf(Collection<Long> measureIds) {
    return countSuccessorsOf(measureIds.toArray(Long[]::new));
  }

  /** The ids as an array: one query translation for any number of them (ArrayMembership). */
  @Query(
      "select d.predecessorId, count(d) from Dependency d where contains_id(:ids, d.predecessorId)"
          + " group by d.predecessorId")
  List<Object[]> countSuccessorsOf(@Param("ids") Long[] measureIds);

  /** Every dependency touching one of the measures (either side). */
  default List<Dependency> touching(Collection<Long> measureIds) {
    return touching(measureIds.toArray(Long[]::new));
  }

  @Query(
      "select d from Dependency d"
          + " where contains_id(:ids, d.predecessorId) or contains_id(:ids, d.successorId)")
  List<Dependency> touching(@Param("ids") Long[] measureIds);
}
