package de.fahrplan.council.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface PaperCounterRepository extends JpaRepository<PaperCounter, Long> {

  /** Locks the counter's row ({@code select … for update}) until the transaction ends. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<PaperCounter> findByCounterKey(String counterKey);

  boolean existsByCounterKey(String counterKey);
}
