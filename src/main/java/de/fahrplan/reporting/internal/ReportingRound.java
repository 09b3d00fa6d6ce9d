package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.Cadence;
import de.fahrplan.reporting.ReportingPeriod;
import de.fahrplan.reporting.RoundStatus;
import de.fahrplan.reporting.RoundView;
import de.fahrplan.reporting.UpdateState;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A reporting round for one period of a strategy version; closing it locks its updates. */
@Entity
@Table(name = "reporting_round")
public class ReportingRound extends TenantEntity {

  private Long strategyVersionId;

  @Enumerated(EnumType.STRING)
  private Cadence cadence;

  private LocalDate periodStart;
  private LocalDate periodEnd;
  private LocalDate dueDate;
  private String reportIntro;

  @Enumerated(EnumType.STRING)
  private RoundStatus status;

  private Instant openedAt;
  private Instant closedAt;

  protected ReportingRound() {}

  public ReportingRound(
      Long strategyVersionId, ReportingPeriod period, LocalDate dueDate, Instant openedAt) {
    this.strategyVersionId = strategyVersionId;
    this.cadence = period.cadence();
    this.periodStart = period.start();
    this.periodEnd = period.end();
    this.dueDate = dueDate;
    this.status = RoundStatus.OPEN;
    this.openedAt = openedAt;
  }

  public void requireOpen() {
    if (status != RoundStatus.OPEN) {
      throw new InvalidInputException(null, "reporting.roundClosed");
    }
  }

  public void close(Instant now) {
    requireOpen();
    this.status = RoundStatus.CLOSED;
    this.closedAt = now;
  }

  public Long strategyVersionId() {
    return strategyVersionId;
  }

  public ReportingPeriod period() {
    return new ReportingPeriod(cadence, periodStart, periodEnd);
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public boolean open() {
    return status == RoundStatus.OPEN;
  }

  public RoundView view(Map<UpdateState, Long> counts) {
    return new RoundView(
        getId(),
        strategyVersionId,
        period().label(),
        periodStart,
        periodEnd,
        dueDate,
        status,
        openedAt,
        closedAt,
        reportIntro,
        counts,
        getVersion());
  }

  /** The introduction of this round's report; blank means the strategy's standard text. */
  public void changeReportIntro(String text) {
    requireOpen();
    new de.fahrplan.shared.Rules().maxLength("reportIntro", text, 20000).throwIfAny();
    this.reportIntro = text == null || text.isBlank() ? null : text.strip();
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "period",
        period().label(),
        "dueDate",
        dueDate,
        "status",
        status,
        "reportIntro",
        reportIntro);
  }
}
