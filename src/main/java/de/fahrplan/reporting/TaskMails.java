package de.fahrplan.reporting;

import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.Measures;
import de.fahrplan.reporting.internal.ReportingRound;
import de.fahrplan.reporting.internal.StatusUpdate;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.mail.Mailer;
import de.fahrplan.shared.web.Formats;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails that tell owners which measures of a round they report on, by when and where: when a
 * round opens or a task moves to them, and the reminders. One mail per person, all their measures.
 */
@Component
class TaskMails {

  /**
   * A person with an e-mail address and their tasks of one round, listed as the mail lists them.
   */
  record Recipient(PersonView person, List<StatusUpdate> tasks, String list) {}

  private final Mailer mailer;
  private final MessageSource messages;
  private final Measures measures;
  private final Persons persons;
  private final String baseUrl;

  TaskMails(
      Mailer mailer,
      MessageSource messages,
      Measures measures,
      Persons persons,
      @Value("${fahrplan.base-url}") String baseUrl) {
    this.mailer = mailer;
    this.messages = messages;
    this.measures = measures;
    this.persons = persons;
    this.baseUrl = baseUrl;
  }

  /** The task mail of a round (opened, or tasks moved to their owners). */
  void notifyOwners(ReportingRound round, List<StatusUpdate> tasks) {
    recipients(tasks).forEach(r -> send(round, "mail.round", r));
  }

  /**
   * The mail to the owner of an update the coordination sent back: which measure, the comment, and
   * the update's page.
   */
  void sentBack(ReportingRound round, StatusUpdate u, String comment) {
    for (Recipient r : recipients(List.of(u))) {
      PersonView p = r.person();
      Object[] args = {
        p.givenName() + " " + p.familyName(),
        round.period().label(),
        measures.labels(List.of(u.measureId())).get(u.measureId()),
        comment,
        baseUrl + "/status-updates/" + u.getId()
      };
      mailer.send(
          TenantContext.requireTenantId(),
          p.email(),
          messages.getMessage("mail.returned.subject", args, Locale.GERMAN),
          messages.getMessage("mail.returned.body", args, Locale.GERMAN));
    }
  }

  /** The owners of some tasks who have an e-mail address, each with their tasks. */
  List<Recipient> recipients(List<StatusUpdate> tasks) {
    Map<Long, List<StatusUpdate>> byPerson =
        tasks.stream()
            .filter(u -> u.assigneePersonId() != null)
            .collect(Collectors.groupingBy(StatusUpdate::assigneePersonId));
    if (byPerson.isEmpty()) {
      return List.of();
    }
    Map<Long, String> labels =
        measures.labels(tasks.stream().map(StatusUpdate::measureId).toList());
    return persons.byIds(List.copyOf(byPerson.keySet())).stream()
        .filter(p -> p.email() != null)
        .map(
            p ->
                new Recipient(
                    p,
                    byPerson.get(p.id()),
                    byPerson.get(p.id()).stream()
                        .map(u -> "– " + labels.get(u.measureId()))
                        .collect(Collectors.joining("\n"))))
        .toList();
  }

  /**
   * Writes one mail to the outbox: subject {@code key.subject} (period, due date), body {@code
   * key.body} (name, period, due date, the list, the task page).
   */
  void send(ReportingRound round, String key, Recipient r) {
    String period = round.period().label();
    String due = round.dueDate().format(Formats.GERMAN_DATE);
    PersonView p = r.person();
    mailer.send(
        TenantContext.requireTenantId(),
        p.email(),
        messages.getMessage(key + ".subject", new Object[] {period, due}, Locale.GERMAN),
        messages.getMessage(
            key + ".body",
            new Object[] {
              p.givenName() + " " + p.familyName(), period, due, r.list(), baseUrl + "/tasks"
            },
            Locale.GERMAN));
  }
}
