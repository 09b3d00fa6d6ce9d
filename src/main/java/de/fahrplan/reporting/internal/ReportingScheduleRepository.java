package de.fahrplan.reporting.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingScheduleRepository extends JpaRepository<ReportingSchedule, Long> {

  Optional<ReportingSchedule> findByStrategyId(Long strategyId);
}
