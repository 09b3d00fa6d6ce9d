package de.fahrplan.council.internal;

import de.fahrplan.shared.PublicationWindow;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

  List<AgendaItem> findByMeetingIdAndDeletedFalseOrderByPositionAsc(long meetingId);

  Optional<AgendaItem> findByIdAndDeletedFalse(long id);

  /** The items of these meetings, the deleted ones too (an imported item may come back). */
  List<AgendaItem> findByMeetingIdIn(Collection<Long> meetingIds);

  /** Imported items that treat these imported consultations. */
  List<AgendaItem> findByConsultationExternalIdInAndDeletedFalse(Collection<String> externalIds);

  List<AgendaItem> findByMeetingIdInAndPublicItemTrueAndDeletedFalseOrderByMeetingIdAscPositionAsc(
      Collection<Long> meetingIds);

  /** Public agenda items of the own live meetings of published committees, in id order (OParl). */
  @Query(
      "select x from AgendaItem x where x.publicItem = true and x.deleted = false"
          + " and x.externalId is null and exists"
          + " (select 1 from Meeting m where m.id = x.meetingId and m.deleted = false"
          + " and m.organizationId in :committees)"
          + PublicationWindow.JPQL)
  List<AgendaItem> published(
      @Param("committees") Collection<Long> committees,
      @Param("w") PublicationWindow w,
      Limit limit);
}
