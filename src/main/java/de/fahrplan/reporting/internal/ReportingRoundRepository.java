package de.fahrplan.reporting.internal;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportingRoundRepository extends JpaRepository<ReportingRound, Long> {

  List<ReportingRound> findByStrategyVersionIdOrderByPeriodStartDesc(Long versionId);

  List<ReportingRound> findByStatus(de.fahrplan.reporting.RoundStatus status);

  boolean existsByStrategyVersionIdAndPeriodStart(Long versionId, LocalDate periodStart);

  /**
   * The round, its row locked until the transaction ends: closing the round and changing one of its
   * updates take turns, so that no update is submitted into a round that closes meanwhile.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from ReportingRound r where r.id = :id")
  Optional<ReportingRound> findLockedById(@Param("id") Long id);
}
