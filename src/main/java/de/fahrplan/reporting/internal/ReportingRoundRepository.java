package de.fahrplan.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingRoundRepository extends JpaRepository<ReportingRound, Long> {

  List<ReportingRound> findByStrategyVersionIdOrderByPeriodStartDesc(Long versionId);

  /** The rounds a measure has status updates in. */
  @org.springframework.data.jpa.repository.Query(
      "select r from ReportingRound r"
          + " where r.id in (select u.roundId from StatusUpdate u where u.measureId = :measureId)")
  List<ReportingRound> ofMeasure(long measureId);

  List<ReportingRound> findByStatus(de.fahrplan.reporting.RoundStatus status);

  boolean existsByStrategyVersionIdAndPeriodStart(Long versionId, LocalDate periodStart);
}
