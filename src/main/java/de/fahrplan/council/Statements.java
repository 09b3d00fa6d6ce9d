package de.fahrplan.council;

import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.Statement;
import de.fahrplan.council.internal.StatementRepository;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements (Stellungnahmen) a paper asks of org units and bodies, and the acknowledgement of
 * those only informed. A unit's request is a task of the unit's lead, who gets a mail with the
 * paper ({@link StatementMails}); who answers it is {@link StatementAnswers}' rule, whom the plan
 * proposes to ask {@link StatementProposals}'.
 */
@Service
public class Statements {

  static final String AUDIT_TYPE = "Statement";

  private final StatementRepository statements;
  private final Papers papers;
  private final OrgUnits orgUnits;
  private final Organizations organizations;
  private final StatementViews views;
  private final StatementProposals proposals;
  private final StatementMails mails;
  private final AuditLog audit;
  private final Clock clock;

  Statements(
      StatementRepository statements,
      Papers papers,
      OrgUnits orgUnits,
      Organizations organizations,
      StatementViews views,
      StatementProposals proposals,
      StatementMails mails,
      AuditLog audit,
      Clock clock) {
    this.statements = statements;
    this.papers = papers;
    this.orgUnits = orgUnits;
    this.organizations = organizations;
    this.views = views;
    this.proposals = proposals;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<StatementView> ofPaper(long paperId) {
    papers.find(paperId);
    return views(statements.findByPaperIdAndDeletedFalseOrderByIdAsc(paperId));
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public StatementView get(long id) {
    return views(List.of(find(id))).get(0);
  }

  /** Asks a unit or body for a statement (or informs it) while the paper is a draft. */
  @CoordinationOnly
  @Transactional
  public StatementView request(long paperId, StatementInput in) {
    Paper paper = draft(paperId);
    if (in.orgUnitId != null) {
      exists("orgUnitId", () -> orgUnits.get(in.orgUnitId));
    }
    if (in.organizationId != null) {
      exists("organizationId", () -> organizations.get(in.organizationId));
    }
    if (in.delegatePersonId != null && !views.personExists(in.delegatePersonId)) {
      throw new InvalidInputException("delegatePersonId", "validation.unknownReference");
    }
    boolean twice =
        statements.findByPaperIdAndDeletedFalseOrderByIdAsc(paper.getId()).stream()
            .anyMatch(
                s ->
                    Objects.equals(s.orgUnitId(), in.orgUnitId)
                        && Objects.equals(s.organizationId(), in.organizationId));
    if (twice) {
      throw new InvalidInputException(
          in.orgUnitId != null ? "orgUnitId" : "organizationId", "statement.twice");
    }
    Statement s = statements.saveAndFlush(new Statement(paperId, in, today()));
    audit.created(AUDIT_TYPE, s.getId(), s.auditState());
    StatementView view = get(s.getId());
    mails.requested(paper.view(), List.of(view), today());
    return view;
  }

  /**
   * Asks everyone the plan says should be asked: the CONSULTED participants of the paper's measures
   * and the municipality's always-asked units for a statement, the INFORMED ones to acknowledge –
   * each once; answers the requests made now.
   */
  @CoordinationOnly
  @Transactional
  public List<StatementView> requestProposed(long paperId, LocalDate dueDate) {
    Paper paper = draft(paperId);
    if (dueDate == null) {
      throw new InvalidInputException("dueDate", "validation.required");
    }
    Map<String, StatementInput> proposed = proposals.of(paper.view().measureIds(), dueDate);
    List<Statement> existing = statements.findByPaperIdAndDeletedFalseOrderByIdAsc(paperId);
    existing.forEach(
        s -> proposed.remove(StatementProposals.key(s.orgUnitId(), s.organizationId())));
    List<Statement> made = new ArrayList<>();
    for (StatementInput in : proposed.values()) {
      Statement s = statements.save(new Statement(paperId, in, today()));
      made.add(s);
    }
    statements.flush();
    made.forEach(s -> audit.created(AUDIT_TYPE, s.getId(), s.auditState()));
    List<StatementView> views = views(made);
    mails.requested(paper.view(), views, today());
    return views;
  }

  @CoordinationOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Statement s = find(id);
    Versions.check(AUDIT_TYPE, s.getVersion(), expectedVersion);
    draft(s.paperId());
    s.delete();
    audit.deleted(AUDIT_TYPE, id, s.auditState());
  }

  /** What a release still waits for: the unanswered statement requests, by addressee. */
  List<String> missingFor(long paperId) {
    return views(statements.findByPaperIdAndDeletedFalseOrderByIdAsc(paperId)).stream()
        .filter(s -> !s.informedOnly() && s.answer() == null)
        .map(s -> "Stellungnahme " + s.addressee())
        .toList();
  }

  private Paper draft(long paperId) {
    Paper paper = papers.find(paperId);
    if (paper.state().frozen()) {
      throw new InvalidInputException(null, "paper.frozen", paper.reference());
    }
    return paper;
  }

  private Statement find(long id) {
    Statement s =
        statements.findByIdAndDeletedFalse(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
    papers.find(s.paperId());
    return s;
  }

  private static void exists(String field, Runnable read) {
    try {
      read.run();
    } catch (NotFoundException e) {
      throw new InvalidInputException(field, "validation.unknownReference");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private List<StatementView> views(List<Statement> list) {
    return views.of(list);
  }
}
