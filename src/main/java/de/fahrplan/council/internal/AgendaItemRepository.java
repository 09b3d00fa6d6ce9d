package de.fahrplan.council.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

  List<AgendaItem> findByMeetingIdAndDeletedFalseOrderByPositionAsc(long meetingId);

  Optional<AgendaItem> findByIdAndDeletedFalse(long id);
}
