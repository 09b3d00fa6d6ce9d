package de.fahrplan.reporting.internal;

import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A rendered file of a progress report (PDF, ODT or DOCX), kept because its snapshot is frozen. */
@Entity
@Table(name = "progress_report_file")
public class ProgressReportFile extends TenantEntity {

  private Long reportId;
  private String format;
  private byte[] content;

  protected ProgressReportFile() {}

  public ProgressReportFile(Long reportId, String format, byte[] content) {
    this.reportId = reportId;
    this.format = format;
    this.content = content;
  }

  public byte[] content() {
    return content;
  }
}
