package de.fahrplan.strategy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldOfActionRepository extends JpaRepository<FieldOfAction, Long> {

  List<FieldOfAction> findByStrategyVersionIdOrderByPositionAscCodeAsc(Long versionId);

  boolean existsByStrategyVersionIdAndCodeAndIdNot(Long versionId, String code, Long id);
}
