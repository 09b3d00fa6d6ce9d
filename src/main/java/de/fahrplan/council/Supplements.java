package de.fahrplan.council;

import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ergänzungen: a paper a committee has dealt with is fixed, so a correction or completion is a new
 * paper of its own – numbered after the original ("VO/2026/00012-1", "-2", …), with the original's
 * content to start from and its committees as Beratungsfolge (without dates) – and both papers name
 * each other.
 */
@Service
public class Supplements {

  private final PaperRepository papers;
  private final Consultations consultations;
  private final AuditLog audit;
  private final Clock clock;

  Supplements(PaperRepository papers, Consultations consultations, AuditLog audit, Clock clock) {
    this.papers = papers;
    this.consultations = consultations;
    this.audit = audit;
    this.clock = clock;
  }

  /** The Ergänzungen of a paper, oldest first (deleted drafts left out). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<PaperView> of(long paperId) {
    papers
        .findByIdAndDeletedFalse(paperId)
        .orElseThrow(() -> new NotFoundException(Papers.AUDIT_TYPE));
    return papers.findByOriginAndOriginIdOrderByIdAsc(PaperOrigin.SUPPLEMENT, paperId).stream()
        .filter(p -> !p.isDeleted())
        .map(Paper::view)
        .toList();
  }

  /** A new Ergänzung of a fixed paper; a paper still open is corrected directly instead. */
  @CoordinationOnly
  @Transactional
  public PaperView create(long paperId) {
    Paper original =
        papers.lockById(paperId).orElseThrow(() -> new NotFoundException(Papers.AUDIT_TYPE));
    PaperView o = original.view();
    if (!o.state().frozen()) {
      throw new InvalidInputException(null, "paper.notFrozen", o.reference());
    }
    int next =
        papers.findByOriginAndOriginIdOrderByIdAsc(PaperOrigin.SUPPLEMENT, paperId).size() + 1;
    PaperInput in = o.toInput();
    in.date = LocalDate.now(clock);
    String subject = "Ergänzung: " + o.subject();
    in.subject = subject.length() > 500 ? subject.substring(0, 500) : subject;
    in.occasion =
        "Ergänzung zur Vorlage "
            + o.reference()
            + (o.occasion() == null ? "." : ".\n\n" + o.occasion());
    Paper p =
        papers.saveAndFlush(
            new Paper(
                o.reference() + "-" + next,
                in,
                PaperOrigin.SUPPLEMENT,
                paperId,
                o.inForceFrom(),
                o.figures()));
    audit.created(Papers.AUDIT_TYPE, p.getId(), p.auditState());
    consultations.startFromPaper(paperId, p.getId());
    return p.view();
  }
}
