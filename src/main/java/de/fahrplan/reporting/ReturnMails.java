package de.fahrplan.reporting;

import de.fahrplan.reporting.internal.ReportingRoundRepository;
import de.fahrplan.reporting.internal.StatusUpdateRepository;
import de.fahrplan.reporting.internal.UpdateSentBack;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An update sent back to its owner (returned or reopened) mails the owner with the comment, in the
 * transaction that sent it back (the mail leaves through the outbox after commit, ADR 0012).
 */
@Component
class ReturnMails {

  private final StatusUpdateRepository updates;
  private final ReportingRoundRepository rounds;
  private final TaskMails mails;

  ReturnMails(StatusUpdateRepository updates, ReportingRoundRepository rounds, TaskMails mails) {
    this.updates = updates;
    this.rounds = rounds;
    this.mails = mails;
  }

  @EventListener
  void on(UpdateSentBack sentBack) {
    mails.sentBack(
        rounds.findById(sentBack.roundId()).orElseThrow(),
        updates.findById(sentBack.updateId()).orElseThrow(),
        sentBack.comment());
  }
}
