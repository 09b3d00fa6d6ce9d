package de.fahrplan.oparl.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipMappingRepository extends JpaRepository<MembershipMapping, Long> {

  List<MembershipMapping> findBySourceId(long sourceId);
}
