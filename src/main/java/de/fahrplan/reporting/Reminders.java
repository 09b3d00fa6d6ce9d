package de.fahrplan.reporting;

import de.fahrplan.organisation.Bodies;
import de.fahrplan.reporting.internal.ReminderSent;
import de.fahrplan.reporting.internal.ReminderSentRepository;
import de.fahrplan.reporting.internal.ReportingRound;
import de.fahrplan.reporting.internal.ReportingRoundRepository;
import de.fahrplan.reporting.internal.ReportingSchedule;
import de.fahrplan.reporting.internal.StatusUpdate;
import de.fahrplan.reporting.internal.StatusUpdateRepository;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the owners of open status updates: once a given number of days before the due date, once
 * a given number of days after it (both per strategy), and on demand by the coordination for
 * everything overdue (at most once a day). One mail per person lists all their open updates.
 *
 * <p>Several application nodes may run the daily job at the same time: each reminder is claimed by
 * inserting a {@link ReminderSent} row with a unique (update, kind) key in the transaction that
 * also writes the mail; the node that loses the race rolls back and sends nothing.
 */
@Service
public class Reminders {

  static final String BEFORE_DUE = "BEFORE_DUE";
  static final String AFTER_DUE = "AFTER_DUE";
  private static final Logger log = LoggerFactory.getLogger(Reminders.class);

  private final Bodies bodies;
  private final ReportingRoundRepository rounds;
  private final ReportingSchedules schedules;
  private final StatusUpdateRepository updates;
  private final ReminderSentRepository sent;
  private final TaskMails mails;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate tx;

  Reminders(
      Bodies bodies,
      ReportingRoundRepository rounds,
      ReportingSchedules schedules,
      StatusUpdateRepository updates,
      ReminderSentRepository sent,
      TaskMails mails,
      AuditLog audit,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.bodies = bodies;
    this.rounds = rounds;
    this.schedules = schedules;
    this.updates = updates;
    this.sent = sent;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  /** The daily job: due reminders in every municipality. Returns how many people were reminded. */
  @Scheduled(cron = "${fahrplan.reminders.cron:0 0 7 * * *}", zone = "Europe/Berlin")
  public int sendDueEverywhere() {
    int reminded = 0;
    for (long tenant : bodies.ids()) {
      reminded += TenantContext.callAsJob(tenant, "erinnerungen", this::sendDue);
    }
    log.info("Erinnerungen verschickt an {} Personen", reminded);
    return reminded;
  }

  private int sendDue() {
    LocalDate today = LocalDate.now(clock);
    List<ReportingRound> open = tx.execute(status -> rounds.findByStatus(RoundStatus.OPEN));
    int reminded = 0;
    for (ReportingRound r : open) {
      ReportingSchedule s = tx.execute(status -> schedules.ofVersion(r.strategyVersionId()));
      String kind = kindFor(today, r.dueDate(), s);
      if (kind != null) {
        reminded += remind(r, kind, u -> true);
      }
    }
    return reminded;
  }

  /** Which automatic reminder is due today for a round with this due date, if any. */
  static String kindFor(LocalDate today, LocalDate due, ReportingSchedule s) {
    if (!today.isBefore(due.plusDays(s.remindDaysAfter()))) {
      return AFTER_DUE;
    }
    if (!today.isBefore(due.minusDays(s.remindDaysBefore())) && !today.isAfter(due)) {
      return BEFORE_DUE;
    }
    return null;
  }

  /** The coordination reminds every owner of an overdue update of an open round, now. */
  @CoordinationOnly
  public int remindOverdue(long roundId) {
    ReportingRound r =
        tx.execute(
            status ->
                rounds
                    .findById(roundId)
                    .orElseThrow(() -> new NotFoundException("ReportingRound")));
    r.requireOpen();
    LocalDate today = LocalDate.now(clock);
    return remind(r, "MANUAL-" + today, u -> today.isAfter(r.dueDate()));
  }

  /** One mail per owner with every open update not yet reminded of this kind. */
  private int remind(ReportingRound r, String kind, Predicate<StatusUpdate> which) {
    List<StatusUpdate> open =
        tx.execute(
            status ->
                updates.findByRoundIdOrderByIdAsc(r.getId()).stream()
                    .filter(u -> u.state().editable() && u.assigneePersonId() != null)
                    .filter(which)
                    .toList());
    if (open.isEmpty()) {
      return 0;
    }
    Set<Long> done =
        new HashSet<>(
            tx.execute(
                status -> sent.alreadySent(kind, open.stream().map(StatusUpdate::getId).toList())));
    List<StatusUpdate> due = open.stream().filter(u -> !done.contains(u.getId())).toList();
    int reminded = 0;
    for (TaskMails.Recipient recipient : mails.recipients(due)) {
      if (claimAndSend(r, kind, recipient)) {
        reminded++;
      }
    }
    return reminded;
  }

  /**
   * Claims the reminder of each of the person's updates and writes the mail, in one transaction.
   */
  private boolean claimAndSend(ReportingRound r, String kind, TaskMails.Recipient recipient) {
    String key = kind.startsWith("MANUAL") ? "manual" : kind.equals(AFTER_DUE) ? "after" : "before";
    try {
      tx.executeWithoutResult(
          status -> {
            for (StatusUpdate u : recipient.tasks()) {
              sent.save(new ReminderSent(u.getId(), kind, clock.instant()));
              audit.recorded(
                  StatusUpdates.UPDATE, u.getId(), "REMINDED", Map.of(), Map.of("kind", kind));
            }
            sent.flush();
            mails.send(r, "mail.reminder." + key, recipient);
          });
      return true;
    } catch (DataIntegrityViolationException e) {
      log.info(
          "Erinnerung {} an {} hat ein anderer Knoten schon verschickt",
          kind,
          recipient.person().email());
      return false;
    }
  }
}
