package de.fahrplan.council.internal;

import de.fahrplan.council.AgendaItemInput;
import de.fahrplan.council.AgendaItemView;
import de.fahrplan.council.ConsultationResult;
import de.fahrplan.council.ImportedMeeting;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * One item of a meeting's agenda; with a paper it is that paper's consultation in this meeting (the
 * caller links both).
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends TenantEntity {

  private Long meetingId;
  private int position;
  private String number;
  private String title;
  private boolean publicItem;
  private Long paperId;
  private Long consultationId;
  private String externalId;
  private String consultationExternalId;
  private String resultText;
  private boolean deleted;
  @CreationTimestamp private Instant created;
  @UpdateTimestamp private Instant modified;

  protected AgendaItem() {}

  /** {@code number} and {@code title} as completed by the caller (next number, paper subject). */
  public AgendaItem(long meetingId, int position, AgendaItemInput in, String number, String title) {
    this.meetingId = meetingId;
    this.position = position;
    take(in, number, title);
  }

  /** An item of an imported meeting, read-only in Fahrplan. */
  public static AgendaItem imported(long meetingId, int position, ImportedMeeting.Item in) {
    AgendaItem item = new AgendaItem();
    item.meetingId = meetingId;
    item.externalId = in.externalId();
    item.refresh(position, in);
    return item;
  }

  /**
   * The import read the item again: number, name, place, public, the consultation it treats (a
   * changed one is linked again by {@link #treatsImported}) and the RIS's words for its result.
   */
  public void refresh(int position, ImportedMeeting.Item in) {
    this.position = position;
    this.number = in.number() == null ? "" : in.number();
    this.title = in.name();
    this.publicItem = in.publicItem();
    if (!java.util.Objects.equals(consultationExternalId, in.consultationExternalId())) {
      this.consultationId = null;
      this.paperId = null;
    }
    this.consultationExternalId = in.consultationExternalId();
    this.resultText = in.result();
    this.deleted = false;
  }

  /** The imported consultation this imported item treats has arrived: the item names its paper. */
  public void treatsImported(Consultation step) {
    this.consultationId = step.getId();
    this.paperId = step.paperId();
  }

  /** Gone from the imported meeting's agenda. */
  public void removedAtSource() {
    this.deleted = true;
    this.consultationId = null;
  }

  /** Items of imported meetings are kept by the Ratsinformationssystem, not edited here. */
  public void requireOwn() {
    if (externalId != null) {
      throw new InvalidInputException(null, "meeting.imported");
    }
  }

  public String externalId() {
    return externalId;
  }

  public String consultationExternalId() {
    return consultationExternalId;
  }

  /** The result in the Ratsinformationssystem's words (imported items only). */
  public String resultText() {
    return resultText;
  }

  /** The rules of the input as typed; the title may be empty when a paper is named. */
  public static void check(Rules rules, AgendaItemInput in) {
    rules
        .maxLength("number", in.number, 20)
        .maxLength("title", in.title, 500)
        .check(
            in.paperId != null || (in.title != null && !in.title.isBlank()),
            "title",
            "validation.required");
  }

  public void apply(AgendaItemInput in, String number, String title) {
    take(in, number, title);
  }

  private void take(AgendaItemInput in, String number, String title) {
    this.number = number;
    this.title = title;
    this.publicItem = in.publicItem;
    this.paperId = in.paperId;
  }

  public void treats(Long consultationId) {
    this.consultationId = consultationId;
  }

  public void moveTo(int position) {
    this.position = position;
  }

  public void delete() {
    this.deleted = true;
    this.consultationId = null;
  }

  public boolean isDeleted() {
    return deleted;
  }

  public Long meetingId() {
    return meetingId;
  }

  public Long paperId() {
    return paperId;
  }

  public Long consultationId() {
    return consultationId;
  }

  public boolean publicItem() {
    return publicItem;
  }

  public String number() {
    return number;
  }

  public AgendaItemView view(String paperReference, ConsultationResult result) {
    return new AgendaItemView(
        getId(),
        meetingId,
        position,
        number,
        title,
        publicItem,
        paperId,
        paperReference,
        consultationId,
        result,
        resultText,
        created,
        modified,
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "number", number,
        "title", title,
        "publicItem", publicItem,
        "paperId", paperId,
        "position", position);
  }
}
