package de.fahrplan.reporting.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportFileRepository extends JpaRepository<ProgressReportFile, Long> {

  Optional<ProgressReportFile> findByReportIdAndFormat(Long reportId, String format);
}
