package de.fahrplan.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingRoundRepository extends JpaRepository<ReportingRound, Long> {

  List<ReportingRound> findByStrategyVersionIdOrderByPeriodStartDesc(Long versionId);

  List<ReportingRound> findByStatus(de.fahrplan.reporting.RoundStatus status);

  boolean existsByStrategyVersionIdAndPeriodStart(Long versionId, LocalDate periodStart);
}
