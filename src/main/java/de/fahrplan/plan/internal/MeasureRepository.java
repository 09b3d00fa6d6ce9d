package de.fahrplan.plan.internal;

import de.fahrplan.plan.MeasureStatus;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

  List<Measure> findByStrategyVersionIdOrderByCodeAsc(Long versionId);

  boolean existsByStrategyVersionIdAndCodeAndIdNot(Long versionId, String code, Long id);

  boolean existsByLeadOrgUnitId(Long orgUnitId);

  boolean existsByResponsiblePersonId(Long personId);

  boolean existsByParentId(Long parentId);

  /** (id, code, title) of some measures: plain values, none of their collections. */
  @Query("select m.id, m.code, m.title from Measure m where m.id in :ids")
  List<Object[]> codesAndTitles(@Param("ids") java.util.Collection<Long> ids);

  /** (id, code, title) of every measure of a version: plain values. */
  @Query("select m.id, m.code, m.title from Measure m where m.strategyVersionId = :versionId")
  List<Object[]> codesAndTitlesOfVersion(@Param("versionId") long versionId);

  /** (status, count) of the measures of a version. */
  @Query(
      "select m.status, count(m) from Measure m where m.strategyVersionId = :versionId"
          + " group by m.status")
  List<Object[]> countByStatus(@Param("versionId") long versionId);

  /** (measure id, goal id) of every measure of a version: plain values, no entities. */
  @Query("select m.id, g from Measure m join m.goalIds g where m.strategyVersionId = :versionId")
  List<Object[]> goalsOfVersion(@Param("versionId") long versionId);

  @Query(
      """
      select distinct m from Measure m left join m.goalIds g left join m.tags t
      where m.strategyVersionId = :versionId
        and (:q is null or lower(m.title) like :q or lower(m.code) like :q)
        and (:status is null or m.status = :status)
        and (:goalId is null or g = :goalId)
        and (:orgUnitId is null or m.leadOrgUnitId = :orgUnitId)
        and (:tag is null or lower(t) = :tag)
      """)
  Page<Measure> search(
      @Param("versionId") long versionId,
      @Param("q") String q,
      @Param("status") MeasureStatus status,
      @Param("goalId") Long goalId,
      @Param("orgUnitId") Long orgUnitId,
      @Param("tag") String tag,
      Pageable page);
}
