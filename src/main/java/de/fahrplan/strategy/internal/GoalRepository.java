package de.fahrplan.strategy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalRepository extends JpaRepository<Goal, Long> {

  List<Goal> findByStrategyVersionIdOrderByCodeAsc(Long versionId);

  boolean existsByStrategyVersionIdAndCodeAndIdNot(Long versionId, String code, Long id);
}
