package de.fahrplan.council;

import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.mail.Mailer;
import de.fahrplan.shared.web.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail to the lead of a unit asked for a statement (or only informed, to acknowledge): which
 * paper, by when, and where to read and answer it. Through the outbox, so it leaves after commit; a
 * unit without a lead with an e-mail address gets none (the request stays in the paper's list). A
 * request the lead hands on mails the person it was handed to.
 */
@Component
class StatementMails {

  private final Mailer mailer;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final MessageSource messages;
  private final String baseUrl;

  StatementMails(
      Mailer mailer,
      OrgUnits orgUnits,
      Persons persons,
      MessageSource messages,
      @Value("${fahrplan.base-url}") String baseUrl) {
    this.mailer = mailer;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.messages = messages;
    this.baseUrl = baseUrl;
  }

  void requested(PaperView paper, List<StatementView> requests, LocalDate today) {
    for (StatementView s : requests) {
      if (s.orgUnitId() == null) {
        continue;
      }
      if (s.delegatePersonId() != null) {
        send(
            s.informedOnly() ? "statement.mail.informedPerson" : "statement.mail.askedPerson",
            persons.get(s.delegatePersonId()),
            paper,
            s);
        continue;
      }
      orgUnits
          .leadFor(s.orgUnitId(), today)
          .map(persons::get)
          .ifPresent(
              lead ->
                  send(
                      s.informedOnly() ? "statement.mail.informed" : "statement.mail.asked",
                      lead,
                      paper,
                      s));
    }
  }

  /** The mail to the person the lead handed the request on to. */
  void delegated(PaperView paper, StatementView s, PersonView delegate) {
    send(
        s.informedOnly() ? "statement.mail.delegatedInformed" : "statement.mail.delegated",
        delegate,
        paper,
        s);
  }

  private void send(String key, PersonView to, PaperView paper, StatementView s) {
    if (to.email() == null) {
      return;
    }
    Object[] args = {
      to.displayName(),
      paper.label(),
      s.dueDate().format(Formats.GERMAN_DATE),
      baseUrl + "/papers/" + paper.id(),
      baseUrl + "/statements/" + s.id() + "/answer"
    };
    mailer.send(
        TenantContext.requireTenantId(),
        to.email(),
        messages.getMessage(key + ".subject", args, Locale.GERMAN),
        messages.getMessage(key + ".body", args, Locale.GERMAN));
  }
}
