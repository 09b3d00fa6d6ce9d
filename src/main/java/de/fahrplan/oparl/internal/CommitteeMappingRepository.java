package de.fahrplan.oparl.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeMappingRepository extends JpaRepository<CommitteeMapping, Long> {

  List<CommitteeMapping> findBySourceIdOrderByNameAsc(long sourceId);
}
