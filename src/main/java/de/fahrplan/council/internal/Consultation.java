package de.fahrplan.council.internal;

import de.fahrplan.council.ConsultationInput;
import de.fahrplan.council.ConsultationResult;
import de.fahrplan.council.ConsultationRole;
import de.fahrplan.council.ConsultationView;
import de.fahrplan.council.ImportedPaper;
import de.fahrplan.council.ResultInput;
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
import java.util.Objects;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * One step of a paper's Beratungsfolge: a committee deals with the paper in a meeting, in public or
 * not, in a role; once it has a result the step (and its paper) is fixed.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends TenantEntity {

  private Long paperId;
  private int position;
  private Long organizationId;
  private LocalDate meetingDate;
  private Long meetingId;
  private boolean publicSession;

  @Enumerated(EnumType.STRING)
  private ConsultationRole role;

  @Enumerated(EnumType.STRING)
  private ConsultationResult result;

  private String resultText;
  private String externalId;
  private boolean deleted;
  @CreationTimestamp private Instant created;
  @UpdateTimestamp private Instant modified;

  protected Consultation() {}

  public Consultation(long paperId, int position, ConsultationInput in) {
    this.paperId = paperId;
    this.position = position;
    take(in);
  }

  /** The import found the step changed; the RIS decides, so no rule of an own step applies. */
  public void refresh(int position, ImportedPaper.Consultation in, Long meetingId, LocalDate date) {
    this.position = position;
    this.organizationId = in.organizationId();
    this.meetingId = meetingId;
    this.meetingDate = date;
    this.publicSession = true;
    this.role = roleOf(in);
    this.deleted = false;
  }

  /** OParl has "authoritative" and a free-text role; Fahrplan's roles are a closed list. */
  static ConsultationRole roleOf(ImportedPaper.Consultation in) {
    String role = in.role() == null ? "" : in.role().toLowerCase(java.util.Locale.GERMAN);
    if (in.authoritative() || role.contains("entscheid") || role.contains("beschluss")) {
      return ConsultationRole.DECISION;
    }
    if (role.contains("kenntnis")) {
      return ConsultationRole.NOTICE;
    }
    if (role.contains("anhör")) {
      return ConsultationRole.HEARING;
    }
    return ConsultationRole.PRELIMINARY;
  }

  /**
   * The RIS's result of this imported step, in its words (from the agenda item that treats it):
   * kept as the result's text, and as one of Fahrplan's results where the words say which.
   */
  public void resultAtSource(String words) {
    this.resultText = words;
    this.result = resultOf(words, role);
  }

  /**
   * Fahrplan's result for a RIS's words – they are free text („einstimmig zugestimmt“,
   * „mehrheitlich abgelehnt“, „verwiesen in Fachausschuss“, „Kenntnisnahme“); null where the words
   * do not say („erledigt“, „keine Abstimmung“). Approval decides only in the deciding step,
   * elsewhere it recommends; a rejection outside the deciding step is no result of Fahrplan's.
   */
  static ConsultationResult resultOf(String words, ConsultationRole role) {
    if (words == null) {
      return null;
    }
    String w = words.toLowerCase(java.util.Locale.GERMAN);
    boolean deciding = role == ConsultationRole.DECISION;
    if (w.contains("zurückgezogen")) {
      return ConsultationResult.WITHDRAWN;
    }
    if (w.contains("vertagt")
        || w.contains("verwiesen")
        || w.contains("zurückgestellt")
        || w.contains("abgesetzt")) {
      return ConsultationResult.DEFERRED;
    }
    if (w.contains("kenntnis")) {
      return ConsultationResult.NOTED;
    }
    if (w.contains("abgelehnt")) {
      return deciding ? ConsultationResult.REJECTED : null;
    }
    if (w.contains("empfohlen") || w.contains("vorberaten")) {
      return ConsultationResult.RECOMMENDED;
    }
    boolean approved =
        w.contains("beschlossen")
            || w.contains("zugestimmt")
            || w.contains("angenommen")
            || w.contains("einverstanden")
            || w.contains("gewählt");
    if (!approved) {
      return null;
    }
    if (!deciding) {
      return ConsultationResult.RECOMMENDED;
    }
    boolean amended =
        (w.contains("geändert") && !w.contains("ungeändert")) || w.contains("mit änderung");
    return amended ? ConsultationResult.ADOPTED_AMENDED : ConsultationResult.ADOPTED;
  }

  /** Gone from the imported paper's Beratungsfolge. */
  public void removedAtSource() {
    this.deleted = true;
  }

  public String externalId() {
    return externalId;
  }

  public static void check(Rules rules, ConsultationInput in) {
    rules.required("organizationId", in.organizationId).required("role", in.role);
  }

  /** Committee, date and public status of a step on an agenda come from its meeting. */
  public void apply(ConsultationInput in) {
    requireOpen();
    if (meetingId != null
        && (!Objects.equals(in.organizationId, organizationId)
            || !Objects.equals(in.meetingDate, meetingDate)
            || in.publicSession != publicSession)) {
      throw new InvalidInputException("meetingDate", "consultation.onAgenda");
    }
    take(in);
  }

  private void take(ConsultationInput in) {
    this.organizationId = in.organizationId;
    this.meetingDate = in.meetingDate;
    this.publicSession = in.publicSession;
    this.role = in.role;
  }

  /** On a meeting's agenda: the step takes the meeting's date and the item's public status. */
  public void scheduleIn(long meetingId, LocalDate date, boolean publicSession) {
    requireOpen();
    this.meetingId = meetingId;
    this.meetingDate = date;
    this.publicSession = publicSession;
  }

  /**
   * Refused once the step has its result: the meeting has taken place, its agenda and date stay.
   *
   * @param field the form field the refusal names, or null for the whole form
   */
  public void refuseIfDecided(String field) {
    if (result != null) {
      throw new InvalidInputException(field, "meeting.hasResults");
    }
  }

  /** Off the agenda again; the date stays as the planned one. */
  public void unschedule() {
    requireOpen();
    this.meetingId = null;
  }

  /** The meeting moved to another day. */
  public void meetingMoved(LocalDate date) {
    requireOpen();
    this.meetingDate = date;
  }

  public void moveTo(int position) {
    this.position = position;
  }

  /** Records the result; the changed text of "geändert beschlossen" is required. */
  public void record(ResultInput in) {
    requireOpen();
    new Rules()
        .required("result", in.result)
        .check(
            in.result == null
                || !ConsultationResult.DECISIONS.contains(in.result)
                || role == ConsultationRole.DECISION,
            "result",
            "consultation.notDeciding")
        .check(
            in.result != ConsultationResult.ADOPTED_AMENDED
                || (in.text != null && !in.text.isBlank()),
            "text",
            "consultation.amendedTextMissing")
        .maxLength("text", in.text, Paper.TEXT)
        .check(meetingDate != null, "result", "consultation.dateMissing")
        .throwIfAny();
    this.result = in.result;
    this.resultText = in.text == null || in.text.isBlank() ? null : in.text.strip();
  }

  public void delete() {
    requireOpen();
    if (meetingId != null) {
      throw new InvalidInputException(null, "consultation.onAgenda");
    }
    this.deleted = true;
  }

  private void requireOpen() {
    if (externalId != null) {
      throw new InvalidInputException(null, "consultation.imported");
    }
    if (result != null) {
      throw new InvalidInputException(null, "consultation.closed");
    }
  }

  public boolean isDeleted() {
    return deleted;
  }

  public Long paperId() {
    return paperId;
  }

  public int position() {
    return position;
  }

  public Long organizationId() {
    return organizationId;
  }

  public LocalDate meetingDate() {
    return meetingDate;
  }

  public ConsultationRole role() {
    return role;
  }

  public ConsultationResult result() {
    return result;
  }

  public String resultText() {
    return resultText;
  }

  public Long meetingId() {
    return meetingId;
  }

  public boolean publicSession() {
    return publicSession;
  }

  public ConsultationView view(String organizationName) {
    return new ConsultationView(
        getId(),
        paperId,
        position,
        organizationId,
        organizationName,
        meetingDate,
        meetingId,
        publicSession,
        role,
        result,
        resultText,
        created,
        modified,
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "organizationId", organizationId,
        "meetingDate", meetingDate,
        "meetingId", meetingId,
        "publicSession", publicSession,
        "role", role,
        "position", position,
        "result", result,
        "resultText", resultText);
  }
}
