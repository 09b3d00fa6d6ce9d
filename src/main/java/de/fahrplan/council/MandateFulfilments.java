package de.fahrplan.council;

import de.fahrplan.council.internal.Consultation;
import de.fahrplan.council.internal.Mandate;
import de.fahrplan.council.internal.MandateRepository;
import de.fahrplan.council.internal.Paper;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.strategy.Strategies;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A committee's result fulfils the mandates it answers: a report paper it noted fulfils its
 * reporting mandates for this period; an adopted strategy paper fulfils the Fortschreibung mandates
 * of the same strategy.
 */
@Component
class MandateFulfilments {

  private final MandateRepository mandates;
  private final Papers papers;
  private final Strategies strategies;
  private final AuditLog audit;

  MandateFulfilments(
      MandateRepository mandates, Papers papers, Strategies strategies, AuditLog audit) {
    this.mandates = mandates;
    this.papers = papers;
    this.strategies = strategies;
    this.audit = audit;
  }

  /** Runs in the result's transaction. */
  void resultRecorded(Paper paper, Consultation c, ConsultationResult result) {
    if (paper.origin() == PaperOrigin.PROGRESS_REPORT && result == ConsultationResult.NOTED) {
      for (Mandate m : mandates.findByKindAndDeletedFalse(MandateKind.REPORT)) {
        if (m.keptState() != MandateState.FULFILLED
            && Objects.equals(m.committeeId(), c.organizationId())) {
          fulfilled(m, paper, c.meetingDate());
        }
      }
    }
    if (papers.decidesStrategyVersion(paper)
        && (result == ConsultationResult.ADOPTED || result == ConsultationResult.ADOPTED_AMENDED)) {
      long strategy = strategies.version(paper.strategyVersionId()).strategyId();
      for (Mandate m : mandates.findByKindAndDeletedFalse(MandateKind.UPDATE)) {
        Long decidedVersion = papers.find(m.paperId()).strategyVersionId();
        if (m.keptState() != MandateState.FULFILLED
            && decidedVersion != null
            && strategies.version(decidedVersion).strategyId() == strategy) {
          fulfilled(m, paper, c.meetingDate());
        }
      }
    }
  }

  private void fulfilled(Mandate m, Paper paper, LocalDate day) {
    var before = m.auditState();
    m.fulfilledBy(paper.getId(), day);
    audit.changed(Mandates.AUDIT_TYPE, m.getId(), before, m.auditState());
  }
}
