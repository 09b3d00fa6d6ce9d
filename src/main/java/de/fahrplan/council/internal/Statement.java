package de.fahrplan.council.internal;

import de.fahrplan.council.AnswerInput;
import de.fahrplan.council.StatementAnswer;
import de.fahrplan.council.StatementInput;
import de.fahrplan.council.StatementView;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A statement a paper asks of an org unit or body, answered once. */
@Entity
@Table(name = "statement")
public class Statement extends TenantEntity {

  private Long paperId;
  private Long orgUnitId;
  private Long organizationId;
  private boolean informedOnly;
  private LocalDate requestedOn;
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private StatementAnswer answer;

  private String answerText;
  private LocalDate answeredOn;
  private String answeredBy;
  private Long delegatePersonId;
  private Long answerFileId;
  private boolean deleted;
  @CreationTimestamp private Instant created;
  @UpdateTimestamp private Instant modified;

  protected Statement() {}

  public Statement(long paperId, StatementInput in, LocalDate today) {
    new Rules()
        .check(
            (in.orgUnitId == null) != (in.organizationId == null),
            "orgUnitId",
            "statement.oneAddressee")
        .required("dueDate", in.dueDate)
        .check(in.dueDate == null || !in.dueDate.isBefore(today), "dueDate", "statement.dueInPast")
        .check(
            in.delegatePersonId == null || in.orgUnitId != null,
            "delegatePersonId",
            "statement.delegateUnitOnly")
        .throwIfAny();
    this.paperId = paperId;
    this.orgUnitId = in.orgUnitId;
    this.organizationId = in.organizationId;
    this.informedOnly = in.informedOnly;
    this.requestedOn = today;
    this.dueDate = in.dueDate;
    this.delegatePersonId = in.delegatePersonId;
  }

  /**
   * The answer, once: an informed unit acknowledges; a statement needs a text for concerns and
   * rejection, an answer "als Anlage" the Anlage (of this paper, checked by the caller).
   */
  public void answer(AnswerInput in, String by, LocalDate today) {
    if (answer != null) {
      throw new InvalidInputException(null, "statement.answered");
    }
    boolean needsText =
        in.answer == StatementAnswer.CONCERNS || in.answer == StatementAnswer.REJECTION;
    new Rules()
        .check(
            in.answer != StatementAnswer.ATTACHED || in.fileId != null,
            "fileId",
            "statement.fileNeeded")
        .required("answer", in.answer)
        .check(
            in.answer == null || informedOnly == (in.answer == StatementAnswer.ACKNOWLEDGED),
            "answer",
            informedOnly ? "statement.acknowledgeOnly" : "statement.notAnAcknowledgement")
        .check(
            !needsText || (in.text != null && !in.text.isBlank()), "text", "statement.textNeeded")
        .maxLength("text", in.text, Paper.TEXT)
        .throwIfAny();
    this.answer = in.answer;
    this.answerText = in.text == null || in.text.isBlank() ? null : in.text.strip();
    this.answeredOn = today;
    this.answeredBy = by;
    this.answerFileId = in.answer == StatementAnswer.ATTACHED ? in.fileId : null;
  }

  /** Hands the unanswered request on to a person (null: back to the unit's lead). */
  public void delegateTo(Long personId) {
    if (answer != null) {
      throw new InvalidInputException(null, "statement.answered");
    }
    this.delegatePersonId = personId;
  }

  public void delete() {
    if (answer != null) {
      throw new InvalidInputException(null, "statement.answered");
    }
    this.deleted = true;
  }

  public Long paperId() {
    return paperId;
  }

  public Long orgUnitId() {
    return orgUnitId;
  }

  public Long organizationId() {
    return organizationId;
  }

  public boolean informedOnly() {
    return informedOnly;
  }

  public StatementAnswer answer() {
    return answer;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Long delegatePersonId() {
    return delegatePersonId;
  }

  public Long answerFileId() {
    return answerFileId;
  }

  /** The view, with the names of the addressee, the delegate and the answer's Anlage. */
  public StatementView view(
      String addressee, String delegateName, String answerFileTitle, LocalDate today) {
    return new StatementView(
        getId(),
        paperId,
        orgUnitId,
        organizationId,
        addressee,
        informedOnly,
        requestedOn,
        dueDate,
        answer,
        answerText,
        answeredOn,
        answeredBy,
        delegatePersonId,
        delegateName,
        answerFileId,
        answerFileTitle,
        answer == null && dueDate.isBefore(today),
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "orgUnitId", orgUnitId,
        "organizationId", organizationId,
        "informedOnly", informedOnly,
        "dueDate", dueDate,
        "answer", answer,
        "answerText", answerText,
        "answeredBy", answeredBy,
        "delegatePersonId", delegatePersonId,
        "answerFileId", answerFileId);
  }
}
