package de.fahrplan.strategy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalRepository extends JpaRepository<Goal, Long> {

  /** A version's goals with their fields of action, in one statement (two before). */
  @EntityGraph(attributePaths = "fieldOfActionIds")
  List<Goal> findByStrategyVersionIdOrderByCodeAsc(Long versionId);

  boolean existsByStrategyVersionIdAndCodeAndIdNot(Long versionId, String code, Long id);
}
