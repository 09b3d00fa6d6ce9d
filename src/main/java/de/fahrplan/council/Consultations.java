package de.fahrplan.council;

import de.fahrplan.council.internal.Consultation;
import de.fahrplan.council.internal.ConsultationRepository;
import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.Positions;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.AdoptionInput;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A paper's Beratungsfolge: the committees that deal with it, in order, and their results. A result
 * fixes the step and the paper; the deciding step's final result decides the paper.
 */
@Service
public class Consultations {

  static final String AUDIT_TYPE = "Consultation";

  private final ConsultationRepository consultations;
  private final Papers papers;
  private final Organizations organizations;
  private final Strategies strategies;
  private final MandateFulfilments mandates;
  private final CouncilSettings settings;
  private final BudgetDecisions budgets;
  private final AuditLog audit;
  private final Clock clock;

  Consultations(
      ConsultationRepository consultations,
      Papers papers,
      Organizations organizations,
      Strategies strategies,
      MandateFulfilments mandates,
      CouncilSettings settings,
      BudgetDecisions budgets,
      AuditLog audit,
      Clock clock) {
    this.budgets = budgets;
    this.settings = settings;
    this.strategies = strategies;
    this.mandates = mandates;
    this.consultations = consultations;
    this.papers = papers;
    this.organizations = organizations;
    this.audit = audit;
    this.clock = clock;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<ConsultationView> ofPaper(long paperId) {
    papers.find(paperId);
    List<Consultation> list = consultations.findByPaperIdAndDeletedFalseOrderByPositionAsc(paperId);
    Map<Long, String> names = new HashMap<>();
    for (Consultation c : list) {
      names.computeIfAbsent(c.organizationId(), id -> organizations.get(id).name());
    }
    return list.stream().map(c -> c.view(names.get(c.organizationId()))).toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public ConsultationView get(long id) {
    Consultation c = find(id);
    return c.view(organizations.get(c.organizationId()).name());
  }

  @CoordinationOnly
  @Transactional
  public ConsultationView add(long paperId, ConsultationInput in) {
    requireOwn(papers.find(paperId));
    List<Consultation> steps =
        new ArrayList<>(consultations.findByPaperIdAndDeletedFalseOrderByPositionAsc(paperId));
    String committee = checked(in, steps, null);
    Consultation c = consultations.save(new Consultation(paperId, steps.size() + 1, in));
    steps.add(c);
    Positions.place(steps, c, in.position, Consultation::moveTo);
    consultations.flush();
    audit.created(AUDIT_TYPE, c.getId(), c.auditState());
    return c.view(committee);
  }

  /**
   * Starts an empty Beratungsfolge from the usual one of the paper's type (committees, public or
   * not, roles; no dates yet).
   */
  @CoordinationOnly
  @Transactional
  public List<ConsultationView> startFromType(long paperId) {
    Paper paper = requireOwn(papers.find(paperId));
    if (!consultations.findByPaperIdAndDeletedFalseOrderByPositionAsc(paperId).isEmpty()) {
      throw new InvalidInputException(null, "consultation.sequenceExists");
    }
    List<ConsultationInput> steps = settings.sequenceOf(paper.paperType());
    if (steps.isEmpty()) {
      throw new InvalidInputException(null, "consultation.noSequence", paper.paperType());
    }
    steps.forEach(step -> add(paperId, step));
    return ofPaper(paperId);
  }

  /**
   * Starts a paper's Beratungsfolge with the committees of another one, in order, without dates or
   * results (the next report paper, an Ergänzung); false when the other went to none.
   */
  boolean startFromPaper(long fromPaperId, long toPaperId) {
    List<ConsultationView> steps = ofPaper(fromPaperId);
    for (ConsultationView c : steps) {
      ConsultationInput step = new ConsultationInput();
      step.organizationId = c.organizationId();
      step.publicSession = c.publicSession();
      step.role = c.role();
      add(toPaperId, step);
    }
    return !steps.isEmpty();
  }

  /** For generated papers: the usual Beratungsfolge of the type, if it has one. */
  void startFromTypeIfAny(long paperId) {
    Paper paper = papers.find(paperId);
    if (!settings.current().type(paper.paperType()).map(t -> t.sequence().isEmpty()).orElse(true)) {
      startFromType(paperId);
    }
  }

  @CoordinationOnly
  @Transactional
  public ConsultationView update(long id, Long expectedVersion, ConsultationInput in) {
    Consultation c = find(id);
    Versions.check(AUDIT_TYPE, c.getVersion(), expectedVersion);
    List<Consultation> steps =
        new ArrayList<>(consultations.findByPaperIdAndDeletedFalseOrderByPositionAsc(c.paperId()));
    String committee = checked(in, steps, c);
    var before = c.auditState();
    c.apply(in);
    Positions.place(steps, c, in.position, Consultation::moveTo);
    consultations.flush();
    audit.changed(AUDIT_TYPE, id, before, c.auditState());
    return c.view(committee);
  }

  @CoordinationOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Consultation c = find(id);
    Versions.check(AUDIT_TYPE, c.getVersion(), expectedVersion);
    c.delete();
    Positions.number(
        consultations.findByPaperIdAndDeletedFalseOrderByPositionAsc(c.paperId()).stream()
            .filter(other -> !other.getId().equals(id))
            .toList(),
        Consultation::moveTo);
    audit.deleted(AUDIT_TYPE, id, c.auditState());
  }

  /**
   * Records the committee's result (after its meeting); the paper is frozen from now on, and
   * decided when the result is final.
   */
  @CoordinationOnly
  @Transactional
  public ConsultationView record(long id, Long expectedVersion, ResultInput in) {
    Consultation c = find(id);
    Versions.check(AUDIT_TYPE, c.getVersion(), expectedVersion);
    var before = c.auditState();
    Paper paper = papers.find(c.paperId());
    if (paper.state() == PaperState.DRAFT) {
      throw new InvalidInputException("result", "consultation.notReleased", paper.reference());
    }
    if (c.meetingDate() != null && c.meetingDate().isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("result", "consultation.notYetMet");
    }
    c.record(in);
    PaperState next = PaperState.after(in.result, c.role());
    if (paper.state() == PaperState.RELEASED || paper.state() == PaperState.IN_CONSULTATION) {
      paper.moveTo(next);
    }
    if (papers.decidesStrategyVersion(paper)
        && c.role() == ConsultationRole.DECISION
        && (in.result == ConsultationResult.ADOPTED
            || in.result == ConsultationResult.ADOPTED_AMENDED)) {
      adopt(paper, c);
    }
    mandates.resultRecorded(paper, c, in.result);
    consultations.flush();
    audit.changed(AUDIT_TYPE, id, before, c.auditState());
    ConsultationView recorded = c.view(organizations.get(c.organizationId()).name());
    budgets.resultRecorded(paper.view(), recorded, in.result);
    return recorded;
  }

  /**
   * The council adopted the strategy paper: the version is adopted on the meeting's day by the
   * deciding committee, with the paper's number and "in Kraft ab" day. A version that is no longer
   * a draft refuses, and the result is not recorded either – except for an Ergänzung of a paper
   * that already adopted it.
   */
  private void adopt(Paper paper, Consultation decision) {
    VersionView v = strategies.version(paper.strategyVersionId());
    if (paper.origin() == PaperOrigin.SUPPLEMENT && v.status() != VersionStatus.DRAFT) {
      return;
    }
    AdoptionInput adoption = new AdoptionInput();
    adoption.adoptedOn = decision.meetingDate();
    adoption.adoptedById = decision.organizationId();
    adoption.paperReference = paper.reference();
    adoption.inForceFrom = paper.inForceFrom();
    strategies.adopt(v.id(), v.version(), adoption);
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    find(id);
    return audit.history(AUDIT_TYPE, id);
  }

  private Consultation find(long id) {
    Consultation c =
        consultations
            .findByIdAndDeletedFalse(id)
            .orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
    papers.find(c.paperId());
    return c;
  }

  /** The committee's name; refuses another municipality's committee and a second decision. */
  private String checked(ConsultationInput in, List<Consultation> steps, Consultation self) {
    Rules rules = new Rules();
    Consultation.check(rules, in);
    String name = null;
    if (in.organizationId != null) {
      try {
        name = organizations.get(in.organizationId).name();
      } catch (NotFoundException e) {
        rules.add("organizationId", "validation.unknownReference");
      }
    }
    boolean anotherDecides =
        steps.stream().anyMatch(s -> s != self && s.role() == ConsultationRole.DECISION);
    rules.check(
        in.role != ConsultationRole.DECISION || !anotherDecides, "role", "consultation.twoDecide");
    rules.check(
        in.position == null || (in.position >= 1 && in.position <= steps.size() + 1),
        "position",
        "consultation.positionInvalid");
    rules.throwIfAny();
    return name;
  }

  /** An imported paper's Beratungsfolge is the Ratsinformationssystem's. */
  private static Paper requireOwn(Paper paper) {
    if (paper.origin() == PaperOrigin.IMPORTED) {
      throw new InvalidInputException(null, "paper.imported", paper.reference());
    }
    return paper;
  }
}
