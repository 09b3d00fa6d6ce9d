package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.ProgressReportView;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  /** The archive of a strategy, newest first, without loading the snapshots. */
  @Query(
      "select new de.fahrplan.reporting.ProgressReportView(r.id, r.roundId, r.strategyId, r.period,"
          + " r.title, r.createdAt, r.approvedBy, r.approvedOn, r.version) from ProgressReport r"
          + " where r.strategyId = :strategyId"
          + " order by r.createdAt desc, r.id desc")
  List<ProgressReportView> archive(Long strategyId);

  Optional<ProgressReport> findByRoundId(Long roundId);

  boolean existsByRoundId(Long roundId);
}
