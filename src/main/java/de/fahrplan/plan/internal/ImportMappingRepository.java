package de.fahrplan.plan.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportMappingRepository extends JpaRepository<ImportMapping, Long> {

  Optional<ImportMapping> findByKind(String kind);
}
