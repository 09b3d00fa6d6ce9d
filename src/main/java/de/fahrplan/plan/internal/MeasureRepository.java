package de.fahrplan.plan.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeasureRepository extends JpaRepository<Measure, Long>, MatchingMeasures {

  /**
   * Measures with their goals, tags and ratings in one statement. Fetched in the query's text, not
   * by an entity graph: Hibernate keeps no translation of a query with an entity graph and would
   * translate it anew on every call (docs/architecture.md, "Conventions").
   */
  String WITH_COLLECTIONS =
      "select m from Measure m left join fetch m.goalIds left join fetch m.tags"
          + " left join fetch m.ratings ";

  List<Measure> findByStrategyVersionIdOrderByCodeAsc(Long versionId);

  @org.springframework.data.jpa.repository.Query(
      "select m.code from Measure m where m.strategyVersionId = :versionId")
  List<String> codesOf(Long versionId);

  /** Id and code of each of the measures, without loading them. */
  default List<Object[]> codesByIds(java.util.Collection<Long> ids) {
    return codesByIds(ids.toArray(Long[]::new));
  }

  /** The ids as an array: one query translation for any number of them (ArrayMembership). */
  @Query("select m.id, m.code from Measure m where contains_id(:ids, m.id)")
  List<Object[]> codesByIds(@Param("ids") Long[] ids);

  /** The measures of the ids (Spring Data's findAllById is translated anew on every call). */
  default List<Measure> withIds(java.util.Collection<Long> ids) {
    return withIds(ids.toArray(Long[]::new));
  }

  /** With their goals, tags and ratings, in one statement (see {@link #findByParentId}). */
  @Query(WITH_COLLECTIONS + "where contains_id(:ids, m.id)")
  List<Measure> withIds(@Param("ids") Long[] ids);

  boolean existsByStrategyVersionIdAndCodeAndIdNot(Long versionId, String code, Long id);

  boolean existsByLeadOrgUnitId(Long orgUnitId);

  boolean existsByResponsiblePersonId(Long personId);

  boolean existsByParentId(Long parentId);

  /**
   * A measure's sub-projects with their goals, tags and ratings in one statement, as a measure by
   * id is read (three more statements, one per collection, before).
   */
  @Query(WITH_COLLECTIONS + "where m.parentId = :parentId")
  List<Measure> findByParentId(@Param("parentId") Long parentId);

  /** (id, parent id) of every measure of a version: the tree without loading a measure. */
  @Query("select m.id, m.parentId from Measure m where m.strategyVersionId = :versionId")
  List<Object[]> parentsOfVersion(@Param("versionId") long versionId);

  /** (id, code, title) of some measures: plain values, none of their collections. */
  default List<Object[]> codesAndTitles(java.util.Collection<Long> ids) {
    return codesAndTitles(ids.toArray(Long[]::new));
  }

  @Query("select m.id, m.code, m.title from Measure m where contains_id(:ids, m.id)")
  List<Object[]> codesAndTitles(@Param("ids") Long[] ids);

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

  /**
   * Overdue: a milestone not reached whose date (the new one, when moved) has passed, or an open
   * measure past its planned end – the one rule for the filter and for the marks on the plan page.
   */
  String OVERDUE =
      """
      (exists (select 1 from Milestone ms
               where ms.measureId = m.id and ms.done = false
                 and coalesce(ms.forecastDate, ms.plannedDate) < :today)
       or (m.status in (de.fahrplan.plan.MeasureStatus.PLANNED,
                        de.fahrplan.plan.MeasureStatus.IN_PROGRESS)
           and m.plannedEnd < :today))
      """;

  /** The ids of a version's overdue measures (the rule of {@link #OVERDUE}). */
  @Query("select m.id from Measure m where m.strategyVersionId = :versionId and " + OVERDUE)
  java.util.Set<Long> overdueIds(
      @Param("versionId") long versionId, @Param("today") LocalDate today);

  /** Which of the given measures of a version are overdue (the rule of {@link #OVERDUE}). */
  default java.util.Set<Long> overdueAmong(
      long versionId, java.util.Collection<Long> ids, LocalDate today) {
    return overdueAmong(versionId, ids.toArray(Long[]::new), today);
  }

  @Query(
      "select m.id from Measure m where m.strategyVersionId = :versionId"
          + " and contains_id(:ids, m.id) and "
          + OVERDUE)
  java.util.Set<Long> overdueAmong(
      @Param("versionId") long versionId,
      @Param("ids") Long[] ids,
      @Param("today") LocalDate today);

  /** Every tag of a version's measures, once. */
  @Query("select distinct t from Measure m join m.tags t where m.strategyVersionId = :versionId")
  List<String> tagsOfVersion(@Param("versionId") long versionId);
}
