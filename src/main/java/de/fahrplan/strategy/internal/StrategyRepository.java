package de.fahrplan.strategy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyRepository extends JpaRepository<Strategy, Long> {

  List<Strategy> findAllByOrderByStartYearDescIdDesc();
}
