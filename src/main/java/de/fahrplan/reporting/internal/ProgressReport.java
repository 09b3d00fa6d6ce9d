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

  private String approvedBy;
  private java.time.LocalDate approvedOn;

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

  /**
   * The approval (Freigabe) by a named person: once given, the report counts as released; it is
   * given once, on a day neither before the report was frozen nor in the future.
   */
  public void approve(String by, java.time.LocalDate on, java.time.LocalDate today) {
    if (approvedBy != null) {
      throw new de.fahrplan.shared.InvalidInputException(null, "reports.alreadyApproved");
    }
    java.time.LocalDate frozen =
        createdAt.atZone(de.fahrplan.shared.web.Formats.BERLIN).toLocalDate();
    new de.fahrplan.shared.Rules()
        .required("approvedOn", on)
        .check(on == null || !on.isAfter(today), "approvedOn", "reports.approvedInFuture")
        .check(on == null || !on.isBefore(frozen), "approvedOn", "reports.approvedBeforeReport")
        .throwIfAny();
    this.approvedBy = by;
    this.approvedOn = on;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public java.time.LocalDate approvedOn() {
    return approvedOn;
  }

  public java.util.Map<String, Object> auditState() {
    return de.fahrplan.shared.audit.AuditLog.state(
        "approvedBy", approvedBy, "approvedOn", approvedOn);
  }

  public ProgressReportView view() {
    return new ProgressReportView(
        getId(),
        roundId,
        strategyId,
        period,
        title,
        createdAt,
        approvedBy,
        approvedOn,
        getVersion());
  }
}
