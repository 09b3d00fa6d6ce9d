package de.fahrplan.strategy.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyVersionRepository extends JpaRepository<StrategyVersion, Long> {

  /**
   * A version with its strategy in one statement: every view of a version names its strategy's
   * title and years (two statements before). A version already loaded costs none, as before.
   */
  @Override
  @EntityGraph(attributePaths = "strategy")
  Optional<StrategyVersion> findById(Long id);

  List<StrategyVersion> findByStrategyIdOrderByNumberDesc(Long strategyId);

  List<StrategyVersion> findByStrategyIdInOrderByNumberDesc(List<Long> strategyIds);

  boolean existsByAdoptedById(Long organizationId);

  List<StrategyVersion> findByStatus(de.fahrplan.strategy.VersionStatus status);
}
