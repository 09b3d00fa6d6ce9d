package de.fahrplan.oparl.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's OParl source and its run lock (one update statement each, own transaction).
 */
public interface ImportSourceRepository extends JpaRepository<ImportSource, Long> {

  Optional<ImportSource> findFirstByOrderByIdAsc();

  /**
   * Takes the run lock: only when no run holds it, or the one that held it stopped beating (a node
   * that died). Two nodes asking at once: the database lets one update win.
   */
  @Transactional
  @Modifying
  @Query(
      "update ImportSource s set s.runningSince = :now, s.heartbeat = :now,"
          + " s.cancelRequested = false where s.id = :id"
          + " and (s.runningSince is null or s.heartbeat < :stale)")
  int claim(long id, Instant now, Instant stale);

  @Transactional
  @Modifying
  @Query("update ImportSource s set s.heartbeat = :now where s.id = :id")
  int beat(long id, Instant now);

  @Transactional
  @Modifying
  @Query(
      "update ImportSource s set s.runningSince = null, s.heartbeat = null,"
          + " s.cancelRequested = false where s.id = :id")
  int release(long id);

  @Transactional
  @Modifying
  @Query(
      "update ImportSource s set s.cancelRequested = true where s.id = :id"
          + " and s.runningSince is not null")
  int requestCancel(long id);

  @Transactional(readOnly = true)
  @Query("select s.cancelRequested from ImportSource s where s.id = :id")
  boolean cancelRequested(long id);
}
