package de.fahrplan.reporting;

import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.Measures;
import de.fahrplan.reporting.internal.ReminderSent;
import de.fahrplan.reporting.internal.ReminderSentRepository;
import de.fahrplan.reporting.internal.ReportingRound;
import de.fahrplan.reporting.internal.ReportingRoundRepository;
import de.fahrplan.reporting.internal.ReportingSchedule;
import de.fahrplan.reporting.internal.ReportingScheduleRepository;
import de.fahrplan.reporting.internal.StatusUpdate;
import de.fahrplan.reporting.internal.StatusUpdateRepository;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.mail.Mailer;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.web.Formats;
import de.fahrplan.strategy.Strategies;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
  private final ReportingScheduleRepository schedules;
  private final StatusUpdateRepository updates;
  private final ReminderSentRepository sent;
  private final Strategies strategies;
  private final Measures measures;
  private final Persons persons;
  private final Mailer mailer;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final String baseUrl;

  Reminders(
      Bodies bodies,
      ReportingRoundRepository rounds,
      ReportingScheduleRepository schedules,
      StatusUpdateRepository updates,
      ReminderSentRepository sent,
      Strategies strategies,
      Measures measures,
      Persons persons,
      Mailer mailer,
      MessageSource messages,
      AuditLog audit,
      Clock clock,
      PlatformTransactionManager transactions,
      @Value("${fahrplan.base-url}") String baseUrl) {
    this.bodies = bodies;
    this.rounds = rounds;
    this.schedules = schedules;
    this.updates = updates;
    this.sent = sent;
    this.strategies = strategies;
    this.measures = measures;
    this.persons = persons;
    this.mailer = mailer;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
    this.baseUrl = baseUrl;
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
      long strategyId = strategies.version(r.strategyVersionId()).strategyId();
      ReportingSchedule s =
          tx.execute(
              status ->
                  schedules
                      .findByStrategyId(strategyId)
                      .orElseGet(() -> new ReportingSchedule(strategyId)));
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
    Map<Long, List<StatusUpdate>> byOwner =
        open.stream()
            .filter(u -> !done.contains(u.getId()))
            .collect(Collectors.groupingBy(StatusUpdate::assigneePersonId));
    if (byOwner.isEmpty()) {
      return 0;
    }
    Map<Long, String> labels =
        measures.labels(
            byOwner.values().stream().flatMap(List::stream).map(StatusUpdate::measureId).toList());
    int reminded = 0;
    for (PersonView p : persons.byIds(List.copyOf(byOwner.keySet()))) {
      if (p.email() != null && claimAndSend(r, kind, p, byOwner.get(p.id()), labels)) {
        reminded++;
      }
    }
    return reminded;
  }

  private boolean claimAndSend(
      ReportingRound r,
      String kind,
      PersonView p,
      List<StatusUpdate> theirs,
      Map<Long, String> labels) {
    String key = kind.startsWith("MANUAL") ? "manual" : kind.equals(AFTER_DUE) ? "after" : "before";
    String period = r.period().label();
    String list =
        theirs.stream()
            .map(u -> "– " + labels.get(u.measureId()))
            .collect(Collectors.joining("\n"));
    try {
      tx.executeWithoutResult(
          status -> {
            for (StatusUpdate u : theirs) {
              sent.save(new ReminderSent(u.getId(), kind, clock.instant()));
              audit.recorded(
                  StatusUpdates.UPDATE, u.getId(), "REMINDED", Map.of(), Map.of("kind", kind));
            }
            sent.flush();
            mailer.send(
                TenantContext.requireTenantId(),
                p.email(),
                messages.getMessage(
                    "mail.reminder." + key + ".subject",
                    new Object[] {period, r.dueDate().format(Formats.GERMAN_DATE)},
                    Locale.GERMAN),
                messages.getMessage(
                    "mail.reminder." + key + ".body",
                    new Object[] {
                      p.givenName() + " " + p.familyName(),
                      period,
                      r.dueDate().format(Formats.GERMAN_DATE),
                      list,
                      baseUrl + "/tasks"
                    },
                    Locale.GERMAN));
          });
      return true;
    } catch (DataIntegrityViolationException e) {
      log.info("Erinnerung {} an {} hat ein anderer Knoten schon verschickt", kind, p.email());
      return false;
    }
  }
}
