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

/** The mail that tells owners which measures of a round they report on, by when and where. */
@Component
class TaskMails {

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

  /** One mail per person with all their measures of the round. */
  void notifyOwners(ReportingRound round, List<StatusUpdate> tasks) {
    Map<Long, List<StatusUpdate>> byPerson =
        tasks.stream()
            .filter(u -> u.assigneePersonId() != null)
            .collect(Collectors.groupingBy(StatusUpdate::assigneePersonId));
    if (byPerson.isEmpty()) {
      return;
    }
    Map<Long, String> labels =
        measures.labels(tasks.stream().map(StatusUpdate::measureId).toList());
    ReportingPeriod period = round.period();
    String due = round.dueDate().format(Formats.GERMAN_DATE);
    for (PersonView p : persons.byIds(List.copyOf(byPerson.keySet()))) {
      if (p.email() == null) {
        continue;
      }
      String list =
          byPerson.get(p.id()).stream()
              .map(u -> "– " + labels.get(u.measureId()))
              .collect(Collectors.joining("\n"));
      mailer.send(
          TenantContext.requireTenantId(),
          p.email(),
          messages.getMessage("mail.round.subject", new Object[] {period.label()}, Locale.GERMAN),
          messages.getMessage(
              "mail.round.body",
              new Object[] {
                p.givenName() + " " + p.familyName(), period.label(), due, list, baseUrl + "/tasks"
              },
              Locale.GERMAN));
    }
  }
}
