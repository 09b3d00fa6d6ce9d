package de.fahrplan.reporting.web;

import de.fahrplan.reporting.RoundView;
import de.fahrplan.reporting.Rounds;
import de.fahrplan.reporting.SubmittedOnClose;
import de.fahrplan.reporting.UpdateState;
import de.fahrplan.shared.web.Confirmable;
import de.fahrplan.shared.web.Confirmation;
import org.springframework.stereotype.Component;

/** Closing a round is asked first: what stays unreported, what is accepted on the way. */
@Component
class ReportingQuestions implements Confirmable {

  private final Rounds rounds;

  ReportingQuestions(Rounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public Confirmation describe(Asked asked) {
    if (!asked.pattern().equals("/reporting-rounds/{id}/close")) {
      throw new IllegalArgumentException(asked.pattern());
    }
    RoundView r = rounds.get(asked.id());
    long open = count(r, UpdateState.DRAFT) + count(r, UpdateState.RETURNED);
    long submitted = count(r, UpdateState.SUBMITTED);
    Confirmation question =
        Confirmation.of(
                "reporting.close",
                "/reporting-rounds/" + r.id(),
                r.period(),
                "reporting.closeQuestion",
                r.period())
            .taking("reporting.closeTakes")
            .takingIf(open, "reporting.closeUnreported", open);
    if (submitted > 0) {
      question =
          SubmittedOnClose.ACCEPT.name().equals(asked.value("submitted"))
              ? question.taking("reporting.closeAccepts", submitted)
              : question.takingIf(
                  SubmittedOnClose.LEAVE.name().equals(asked.value("submitted")) ? submitted : 0,
                  "reporting.closeLeaves",
                  submitted);
    }
    return question;
  }

  private static long count(RoundView r, UpdateState state) {
    return r.updatesByState().getOrDefault(state, 0L);
  }
}
