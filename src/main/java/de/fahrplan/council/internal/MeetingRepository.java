package de.fahrplan.council.internal;

import de.fahrplan.shared.PublicationWindow;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

  /** Imported meetings by their OParl ids (deleted ones too). */
  List<Meeting> findByExternalIdIn(Collection<String> externalIds);

  /** Moves imported meetings to another committee (the import's committee mapping changed). */
  @org.springframework.data.jpa.repository.Modifying
  @Query(
      "update Meeting m set m.organizationId = :to where m.organizationId = :from"
          + " and m.externalId is not null")
  int moveImported(long from, long to);

  /** The meeting list's filters, all in SQL. */
  String MATCHING =
      """
      from Meeting m
      where m.deleted = false
        and (:committee is null or m.organizationId = :committee)
        and (cast(:from as date) is null or m.meetingDate >= :from)
        and (cast(:to as date) is null or m.meetingDate <= :to)
      """;

  @Query(value = "select m " + MATCHING, countQuery = "select count(m) " + MATCHING)
  Page<Meeting> search(
      @Param("committee") Long committee,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      Pageable page);

  Optional<Meeting> findByIdAndDeletedFalse(long id);

  /**
   * Own meetings of published committees (and, when the window asks, the deleted ones); imported
   * meetings are the Ratsinformationssystem's to publish.
   */
  @Query(
      "select x from Meeting x where x.organizationId in :committees and x.externalId is null"
          + " and (x.deleted = false or :#{#w.withDeleted()} = true)"
          + PublicationWindow.JPQL)
  List<Meeting> published(
      @Param("committees") Collection<Long> committees,
      @Param("w") PublicationWindow w,
      Limit limit);

  Optional<Meeting> findByIdAndOrganizationIdIn(long id, Collection<Long> committees);

  boolean existsByOrganizationId(long organizationId);

  boolean existsByLocationId(long locationId);
}
