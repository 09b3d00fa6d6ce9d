package de.fahrplan.council.internal;

import de.fahrplan.council.ImportedMeeting;
import de.fahrplan.council.MeetingInput;
import de.fahrplan.council.MeetingView;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A meeting of a committee: when and where it sits; its agenda items are {@link AgendaItem}s. */
@Entity
@Table(name = "meeting")
public class Meeting extends TenantEntity {

  private Long organizationId;
  private String name;
  private LocalDate meetingDate;
  private LocalTime startTime;
  private LocalTime endTime;
  private Long locationId;
  private boolean cancelled;
  private String externalId;
  private String externalWeb;
  private boolean deleted;
  @CreationTimestamp private Instant created;
  @UpdateTimestamp private Instant modified;

  protected Meeting() {}

  public Meeting(MeetingInput in) {
    take(in);
  }

  /** A meeting of the Ratsinformationssystem, read-only in Fahrplan. */
  public static Meeting imported(ImportedMeeting in, Long locationId) {
    Meeting m = new Meeting();
    m.externalId = in.externalId();
    m.refresh(in, locationId);
    return m;
  }

  /**
   * The import found the meeting changed (or deleted) in the Ratsinformationssystem; {@code
   * locationId}: the municipality's place of the meeting's location.
   */
  public void refresh(ImportedMeeting in, Long locationId) {
    if (in.deleted()) {
      this.deleted = true;
      return;
    }
    this.organizationId = in.organizationId();
    this.name = in.name();
    this.meetingDate = in.date();
    this.startTime = in.start();
    this.endTime = in.end();
    this.locationId = locationId;
    this.cancelled = in.cancelled();
    this.externalWeb = in.web();
    this.deleted = false;
  }

  /** Imported meetings are kept by the Ratsinformationssystem, not edited here. */
  public void requireOwn() {
    if (externalId != null) {
      throw new InvalidInputException(null, "meeting.imported");
    }
  }

  public String externalId() {
    return externalId;
  }

  public static void check(Rules rules, MeetingInput in) {
    rules
        .required("organizationId", in.organizationId)
        .required("meetingDate", in.meetingDate)
        .maxLength("name", in.name, 300)
        .check(
            in.startTime == null || in.endTime == null || in.endTime.isAfter(in.startTime),
            "endTime",
            "meeting.endBeforeStart");
  }

  public void apply(MeetingInput in) {
    requireOwn();
    take(in);
  }

  private void take(MeetingInput in) {
    this.organizationId = in.organizationId;
    this.name = blankToNull(in.name);
    this.meetingDate = in.meetingDate;
    this.startTime = in.startTime;
    this.endTime = in.endTime;
    this.locationId = in.locationId;
    this.cancelled = in.cancelled;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public void delete() {
    requireOwn();
    this.deleted = true;
  }

  public boolean isDeleted() {
    return deleted;
  }

  public Long organizationId() {
    return organizationId;
  }

  public LocalDate meetingDate() {
    return meetingDate;
  }

  public Long locationId() {
    return locationId;
  }

  /** {@code location}: the description of the place, null when it has none. */
  public MeetingView view(String organizationName, String location) {
    return new MeetingView(
        getId(),
        organizationId,
        organizationName,
        name,
        meetingDate,
        startTime,
        endTime,
        locationId,
        location,
        cancelled,
        externalId != null,
        externalWeb,
        created,
        modified,
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "organizationId", organizationId,
        "name", name,
        "meetingDate", meetingDate,
        "startTime", startTime,
        "endTime", endTime,
        "locationId", locationId,
        "cancelled", cancelled);
  }
}
