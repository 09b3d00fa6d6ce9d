package de.fahrplan.strategy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

  List<Indicator> findByStrategyVersionIdOrderByNameAscIdAsc(Long versionId);

  List<Indicator> findByGoalIdOrderByNameAscIdAsc(Long goalId);
}
