package de.fahrplan.plan.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SettingsRepository extends JpaRepository<Settings, Long> {

  /** The tenant's one row (the tenant filter makes this unique). */
  Optional<Settings> findFirstBy();
}
