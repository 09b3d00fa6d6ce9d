package de.fahrplan.plan.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ResourceEntryRepository extends JpaRepository<ResourceEntry, Long> {

  List<ResourceEntry> findByMeasureIdOrderByBudgetYearAsc(Long measureId);

  default List<ResourceEntry> findByMeasureIdIn(Collection<Long> measureIds) {
    return findByMeasureIdIn(measureIds.toArray(Long[]::new));
  }

  /** The ids as an array: one translation for any number of them (ADR 0036). */
  @Query("select r from ResourceEntry r where contains_id(:ids, r.measureId)")
  List<ResourceEntry> findByMeasureIdIn(@Param("ids") Long[] measureIds);

  /** Every entry of a version as plain values, without loading entities (resource table). */
  @Query(
      "select new de.fahrplan.plan.internal.ResourceSum(r.measureId, r.budgetYear, r.budgetStatus,"
          + " r.fteExisting + r.fteNew + r.fteExternal, r.consumptive, r.investive, r.spent,"
          + " r.approvedAmount)"
          + " from ResourceEntry r where r.measureId in"
          + " (select m.id from Measure m where m.strategyVersionId = :versionId)")
  List<ResourceSum> sumsOfVersion(Long versionId);

  /** Every entry of a version's measures. */
  @Query(
      "select r from ResourceEntry r where r.measureId in"
          + " (select m.id from Measure m where m.strategyVersionId = :versionId)")
  List<ResourceEntry> findOfVersion(Long versionId);
}
