package de.fahrplan.oparl.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonMappingRepository extends JpaRepository<PersonMapping, Long> {

  List<PersonMapping> findBySourceId(long sourceId);
}
