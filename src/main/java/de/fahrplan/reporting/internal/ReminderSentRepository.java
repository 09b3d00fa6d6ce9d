package de.fahrplan.reporting.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReminderSentRepository extends JpaRepository<ReminderSent, Long> {

  @Query(
      "select r.statusUpdateId from ReminderSent r where r.kind = :kind"
          + " and r.statusUpdateId in :updateIds")
  List<Long> alreadySent(String kind, Collection<Long> updateIds);
}
