package de.fahrplan.reporting.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportFileRepository extends JpaRepository<ProgressReportFile, Long> {

  Optional<ProgressReportFile> findByReportIdAndFormat(Long reportId, String format);

  /** The kept files of a report, dropped when its approval changes what the cover says. */
  @org.springframework.data.jpa.repository.Modifying
  @org.springframework.data.jpa.repository.Query(
      "delete from ProgressReportFile f where f.reportId = :reportId")
  void deleteByReport(@org.springframework.data.repository.query.Param("reportId") Long reportId);
}
