package de.fahrplan.council.internal;

import de.fahrplan.council.MandateKind;
import de.fahrplan.council.MandateState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MandateRepository extends JpaRepository<Mandate, Long> {

  /**
   * The mandate list's filter: {@code kept} the kept state, {@code overdue} whether it is overdue –
   * not fulfilled and due before today, the rule of {@code MandateState.of}; null: either.
   */
  String MATCHING =
      """
      from Mandate m
      where m.deleted = false
        and (:committee is null or m.committeeId = :committee)
        and (:kept is null or m.state = :kept)
        and (:overdue is null
             or (:overdue = true and m.state <> de.fahrplan.council.MandateState.FULFILLED
                 and m.dueDate < :today)
             or (:overdue = false and (m.state = de.fahrplan.council.MandateState.FULFILLED
                 or m.dueDate >= :today)))
      """;

  @Query(value = "select m " + MATCHING, countQuery = "select count(m) " + MATCHING)
  Page<Mandate> search(
      @Param("kept") MandateState kept,
      @Param("overdue") Boolean overdue,
      @Param("committee") Long committee,
      @Param("today") LocalDate today,
      Pageable page);

  List<Mandate> findByPaperIdAndDeletedFalseOrderByIdAsc(long paperId);

  Optional<Mandate> findByIdAndDeletedFalse(long id);

  List<Mandate> findByKindAndDeletedFalse(MandateKind kind);

  boolean existsByAddresseeUnitId(long orgUnitId);

  boolean existsByCommitteeId(long organizationId);

  List<Mandate> findByMeasureIdAndDeletedFalseOrderByDueDateAsc(long measureId);

  long countByMeasureIdAndDeletedFalse(long measureId);

  List<Mandate> findByPaperIdInAndDeletedFalseOrderByDueDateAsc(
      java.util.Collection<Long> paperIds);
}
