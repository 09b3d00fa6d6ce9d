package de.fahrplan.council.internal;

import de.fahrplan.shared.PublicationWindow;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

  /** The steps of imported papers (the deleted ones too, to be revived when they come back). */
  List<Consultation> findByPaperIdIn(Collection<Long> paperIds);

  List<Consultation> findByExternalIdInAndDeletedFalse(Collection<String> externalIds);

  /** Moves imported steps to another committee (the import's committee mapping changed). */
  @org.springframework.data.jpa.repository.Modifying
  @Query(
      "update Consultation c set c.organizationId = :to where c.organizationId = :from"
          + " and c.externalId is not null")
  int moveImported(long from, long to);

  List<Consultation> findByPaperIdAndDeletedFalseOrderByPositionAsc(long paperId);

  Optional<Consultation> findByIdAndDeletedFalse(long id);

  List<Consultation> findByPaperIdInAndOrganizationIdInAndDeletedFalseOrderByPaperIdAscPositionAsc(
      Collection<Long> paperIds, Collection<Long> committees);

  List<Consultation> findByIdInAndDeletedFalse(Collection<Long> ids);

  /** Consultations of published papers in published committees, in id order (OParl). */
  @Query(
      "select x from Consultation x where x.deleted = false and x.organizationId in :committees"
          + " and "
          + PaperRepository.LIVE_PUBLISHED
          + "x.paperId)"
          + PublicationWindow.JPQL)
  List<Consultation> published(
      @Param("committees") Collection<Long> committees,
      @Param("w") PublicationWindow w,
      Limit limit);

  boolean existsByOrganizationId(long organizationId);
}
