package de.fahrplan.reporting;

import de.fahrplan.documents.DocumentFile;
import de.fahrplan.documents.Format;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.reporting.internal.ProgressReport;
import de.fahrplan.reporting.internal.ProgressReportRepository;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The progress reports (Fortschrittsberichte): frozen as a {@link ReportSnapshot} in the same
 * transaction that closes a round, kept in an archive per strategy, the PDF rendered in the
 * background after the close (and after an approval), the other formats on download.
 */
@Service
public class ProgressReports {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ProgressReportRepository reports;
  private final ReportFileCache fileCache;
  private final ReportSnapshots snapshots;
  private final Rounds rounds;
  private final Strategies strategies;
  private final Persons persons;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ProgressReports(
      ProgressReportRepository reports,
      ReportFileCache fileCache,
      ReportSnapshots snapshots,
      Rounds rounds,
      Strategies strategies,
      Persons persons,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.reports = reports;
    this.fileCache = fileCache;
    this.snapshots = snapshots;
    this.rounds = rounds;
    this.strategies = strategies;
    this.persons = persons;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  @EventListener
  void freeze(RoundClosed closed) {
    RoundView round = rounds.get(closed.roundId());
    if (reports.existsByRoundId(round.id())) {
      return;
    }
    ReportSnapshot snapshot = snapshots.build(round);
    ProgressReport report =
        reports.save(
            new ProgressReport(
                round.id(),
                strategies.version(round.strategyVersionId()).strategyId(),
                round.period(),
                ReportLayout.title(snapshot),
                clock.instant(),
                JSON.writeValueAsString(snapshot)));
    events.publishEvent(new ReportToRender(report.getId(), TenantContext.requireTenantId()));
  }

  /** A report whose PDF is rendered in the background once the transaction has committed. */
  record ReportToRender(long reportId, long tenantId) {}

  /**
   * Renders the PDF of a report just frozen or approved, after the commit, in the background, as a
   * job of the municipality: the first download is then the kept file.
   */
  @TransactionalEventListener
  void renderLater(ReportToRender report) {
    fileCache.renderLater(
        report.reportId(),
        () ->
            TenantContext.callAsJob(
                report.tenantId(),
                "berichte",
                () ->
                    fileCache.keep(
                        get(report.reportId()), Format.PDF, () -> snapshot(report.reportId()))));
  }

  /** The archive of a strategy, newest first. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<ProgressReportView> archive(long strategyId) {
    strategies.get(strategyId);
    return reports.archive(strategyId);
  }

  /** The report of a round, once it is closed. */
  @MemberOnly
  @Transactional(readOnly = true)
  public java.util.Optional<ProgressReportView> ofRound(long roundId) {
    return reports.findByRoundId(roundId).map(ProgressReport::view);
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public ProgressReportView get(long id) {
    return find(id).view();
  }

  /**
   * The approval (Freigabe) of a report by a named person of the municipality (e.g. the mayor):
   * from then on it counts as released, and its cover says by whom and when. Given once, in the
   * report's history; files rendered before are dropped so that every download says it.
   */
  @CoordinationOnly
  @Transactional
  public ProgressReportView approve(long id, Long expectedVersion, ApprovalInput input) {
    ProgressReport r = find(id);
    de.fahrplan.shared.Versions.check("ProgressReport", r.getVersion(), expectedVersion);
    new de.fahrplan.shared.Rules().required("personId", input.personId).throwIfAny();
    PersonView person;
    try {
      person = persons.get(input.personId);
    } catch (NotFoundException e) {
      throw new de.fahrplan.shared.InvalidInputException("personId", "validation.unknownReference");
    }
    var before = r.auditState();
    r.approve(
        person.displayName()
            + (person.jobFunction() == null || person.jobFunction().isBlank()
                ? ""
                : ", " + person.jobFunction()),
        input.approvedOn,
        LocalDate.now(clock));
    reports.flush();
    // a rendering that started before the approval would keep the old cover
    fileCache.awaitRendered(id);
    fileCache.drop(id);
    events.publishEvent(new ReportToRender(id, TenantContext.requireTenantId()));
    audit.recorded("ProgressReport", id, "APPROVED", before, r.auditState());
    return r.view();
  }

  /** Who approved a report, naming a person of the municipality, on which day. */
  public static class ApprovalInput {
    public Long personId;
    public LocalDate approvedOn;
  }

  /** The frozen content of a report. */
  @MemberOnly
  @Transactional(readOnly = true)
  public ReportSnapshot snapshot(long id) {
    return JSON.readValue(find(id).content(), ReportSnapshot.class);
  }

  /**
   * The report as a file: rendered from its frozen snapshot at the first download, then kept (the
   * snapshot never changes, so the kept file never goes stale). Two first downloads at once both
   * render; the second one's file is not kept.
   */
  @MemberOnly
  public DocumentFile file(long id, Format format) {
    ProgressReportView report = get(id);
    return fileCache.file(report, format, () -> snapshot(id));
  }

  private ProgressReport find(long id) {
    return reports.findById(id).orElseThrow(() -> new NotFoundException("ProgressReport"));
  }
}
