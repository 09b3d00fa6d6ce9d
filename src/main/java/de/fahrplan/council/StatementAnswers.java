package de.fahrplan.council;

import de.fahrplan.council.internal.PaperFileRepository;
import de.fahrplan.council.internal.Statement;
import de.fahrplan.council.internal.StatementRepository;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who answers a statement request and how: the asked unit's lead, the person the lead handed it on
 * to (Delegation, with a mail), or the coordination recording an answer that came otherwise. An
 * answer "als Anlage" comes with its file, which becomes an Anlage of the paper in the same
 * transaction – both or neither.
 */
@Service
public class StatementAnswers {

  private final StatementRepository statements;
  private final Papers papers;
  private final PaperFiles files;
  private final PaperFileRepository fileRows;
  private final Persons persons;
  private final StatementViews views;
  private final StatementMails mails;
  private final AuditLog audit;
  private final Clock clock;

  StatementAnswers(
      StatementRepository statements,
      Papers papers,
      PaperFiles files,
      PaperFileRepository fileRows,
      Persons persons,
      StatementViews views,
      StatementMails mails,
      AuditLog audit,
      Clock clock) {
    this.statements = statements;
    this.papers = papers;
    this.files = files;
    this.fileRows = fileRows;
    this.persons = persons;
    this.views = views;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
  }

  /** The answer; for {@code ATTACHED}, {@code fileId} names an Anlage of the same paper. */
  @MemberOnly
  @Transactional
  public StatementView answer(long id, Long expectedVersion, AnswerInput in) {
    Statement s = find(id);
    Versions.check(Statements.AUDIT_TYPE, s.getVersion(), expectedVersion);
    requireMayAnswer(s);
    if (in.fileId != null
        && fileRows
            .findByIdAndDeletedFalse(in.fileId)
            .filter(f -> f.paperId().equals(s.paperId()))
            .isEmpty()) {
      throw new InvalidInputException("fileId", "validation.unknownReference");
    }
    var before = s.auditState();
    String by = persons.signedIn().map(PersonView::displayName).orElse(TenantContext.actorName());
    s.answer(in, by, LocalDate.now(clock));
    statements.flush();
    audit.changed(Statements.AUDIT_TYPE, id, before, s.auditState());
    return views.of(List.of(s)).get(0);
  }

  /**
   * The answer with the file that holds it: the file becomes an Anlage of the paper titled
   * "Stellungnahme {addressee}", and is the answer's Anlage when the answer is "als Anlage". A file
   * refused or an answer refused leaves nothing behind.
   */
  @MemberOnly
  @Transactional
  public StatementView answerWithFile(
      long id, Long expectedVersion, AnswerInput in, String fileName, byte[] bytes) {
    Statement s = find(id);
    Versions.check(Statements.AUDIT_TYPE, s.getVersion(), expectedVersion);
    requireMayAnswer(s);
    if (s.answer() != null) {
      throw new InvalidInputException(null, "statement.answered");
    }
    String title = "Stellungnahme " + views.of(List.of(s)).get(0).addressee();
    try {
      in.fileId = files.store(s.paperId(), title, fileName, bytes).id();
    } catch (InvalidInputException e) {
      // the file is the answer's Anlage: its problems belong to fileId, like a missing one
      throw new InvalidInputException(
          e.violations().stream()
              .map(
                  v ->
                      "file".equals(v.field())
                          ? new InvalidInputException.Violation("fileId", v.code(), v.args())
                          : v)
              .toList());
    }
    return answer(id, expectedVersion, in);
  }

  /**
   * The asked unit's lead (or the coordination) hands the request on to a person, who gets it as a
   * task and a mail; {@code personId} null gives it back to the lead.
   */
  @MemberOnly
  @Transactional
  public StatementView delegate(long id, Long expectedVersion, Long personId) {
    Statement s = find(id);
    Versions.check(Statements.AUDIT_TYPE, s.getVersion(), expectedVersion);
    if (!mayDelegate(s)) {
      throw new AccessDeniedException("not the lead of the asked unit");
    }
    if (s.orgUnitId() == null) {
      throw new InvalidInputException("personId", "statement.delegateUnitOnly");
    }
    PersonView delegate = null;
    if (personId != null) {
      try {
        delegate = persons.get(personId);
      } catch (NotFoundException e) {
        throw new InvalidInputException("personId", "validation.unknownReference");
      }
    }
    if (Objects.equals(personId, s.delegatePersonId())) {
      return views.of(List.of(s)).get(0);
    }
    var before = s.auditState();
    s.delegateTo(personId);
    statements.flush();
    audit.changed(Statements.AUDIT_TYPE, id, before, s.auditState());
    StatementView view = views.of(List.of(s)).get(0);
    if (delegate != null) {
      mails.delegated(papers.find(s.paperId()).view(), view, delegate);
    }
    return view;
  }

  /** Whether the signed-in user may answer this request. */
  @MemberOnly
  @Transactional(readOnly = true)
  public boolean mayAnswer(StatementView v) {
    return mayAnswer(find(v.id()));
  }

  /** Whether the signed-in user may hand this request on. */
  @MemberOnly
  @Transactional(readOnly = true)
  public boolean mayDelegate(StatementView v) {
    return v.answer() == null && v.orgUnitId() != null && mayDelegate(find(v.id()));
  }

  /** The unanswered requests to the units the signed-in person leads and those handed to them. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<StatementView> mine() {
    Long me = views.signedInPerson();
    if (me == null) {
      return List.of();
    }
    Map<Long, Long> leads = new HashMap<>();
    return views.of(
        statements.findByAnswerIsNullAndOrgUnitIdNotNullAndDeletedFalse().stream()
            .filter(
                s ->
                    me.equals(s.delegatePersonId())
                        || me.equals(leads.computeIfAbsent(s.orgUnitId(), views::leadOf)))
            .toList());
  }

  private void requireMayAnswer(Statement s) {
    if (!mayAnswer(s)) {
      throw new AccessDeniedException("neither lead of the asked unit nor delegate");
    }
  }

  private boolean mayAnswer(Statement s) {
    if (mayDelegate(s)) {
      return true;
    }
    Long me = views.signedInPerson();
    return me != null && me.equals(s.delegatePersonId());
  }

  private boolean mayDelegate(Statement s) {
    if (TenantContext.hasAnyRole(Role.COORDINATION, Role.ADMIN)) {
      return true;
    }
    Long me = views.signedInPerson();
    return me != null && s.orgUnitId() != null && me.equals(views.leadOf(s.orgUnitId()));
  }

  private Statement find(long id) {
    Statement s =
        statements
            .findByIdAndDeletedFalse(id)
            .orElseThrow(() -> new NotFoundException(Statements.AUDIT_TYPE));
    papers.find(s.paperId());
    return s;
  }
}
