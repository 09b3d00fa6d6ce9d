package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.ProgressReportView;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;

/** The frozen progress report of a closed round: its snapshot as JSON, written once. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends TenantEntity {

  private Long roundId;
  private Long strategyId;
  private String period;
  private String title;
  private Instant createdAt;

  @Basic(fetch = FetchType.LAZY)
  private String content;

  protected ProgressReport() {}

  public ProgressReport(
      Long roundId,
      Long strategyId,
      String period,
      String title,
      Instant createdAt,
      String content) {
    this.roundId = roundId;
    this.strategyId = strategyId;
    this.period = period;
    this.title = title;
    this.createdAt = createdAt;
    this.content = content;
  }

  public String content() {
    return content;
  }

  public ProgressReportView view() {
    return new ProgressReportView(getId(), roundId, strategyId, period, title, createdAt);
  }
}
