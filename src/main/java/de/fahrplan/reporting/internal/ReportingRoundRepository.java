package de.fahrplan.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingRoundRepository extends JpaRepository<ReportingRound, Long> {

  List<ReportingRound> findByStrategyVersionIdOrderByPeriodStartDesc(Long versionId);

  boolean existsByStrategyVersionIdAndPeriodStart(Long versionId, LocalDate periodStart);
}
