package de.fahrplan.strategy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyVersionRepository extends JpaRepository<StrategyVersion, Long> {

  List<StrategyVersion> findByStrategyIdOrderByNumberDesc(Long strategyId);

  List<StrategyVersion> findByStrategyIdInOrderByNumberDesc(List<Long> strategyIds);

  boolean existsByAdoptedById(Long organizationId);

  List<StrategyVersion> findByStatus(de.fahrplan.strategy.VersionStatus status);
}
