package de.fahrplan.plan.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

  List<Milestone> findByMeasureIdOrderByPlannedDateAscIdAsc(Long measureId);

  default List<Milestone> findByMeasureIdIn(Collection<Long> measureIds) {
    return findByMeasureIdIn(measureIds.toArray(Long[]::new));
  }

  /** The ids as an array: one translation for any number of them (ADR 0036). */
  @Query("select m from Milestone m where contains_id(:ids, m.measureId)")
  List<Milestone> findByMeasureIdIn(@Param("ids") Long[] measureIds);

  /** Every milestone of a version's measures (one statement, not a list of a thousand ids). */
  @Query(
      "select m from Milestone m where m.measureId in"
          + " (select x.id from Measure x where x.strategyVersionId = :versionId)")
  List<Milestone> findOfVersion(@Param("versionId") long versionId);
}
