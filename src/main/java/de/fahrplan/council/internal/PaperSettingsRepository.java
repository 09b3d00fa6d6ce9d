package de.fahrplan.council.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaperSettingsRepository extends JpaRepository<PaperSettings, Long> {

  Optional<PaperSettings> findFirstBy();
}
