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
