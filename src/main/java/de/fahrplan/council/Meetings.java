package de.fahrplan.council;

import de.fahrplan.council.internal.AgendaItem;
import de.fahrplan.council.internal.AgendaItemRepository;
import de.fahrplan.council.internal.Consultation;
import de.fahrplan.council.internal.ConsultationRepository;
import de.fahrplan.council.internal.Meeting;
import de.fahrplan.council.internal.MeetingRepository;
import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.organisation.LocationView;
import de.fahrplan.organisation.Locations;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Lookup;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committees' meetings: date, committee, place. Their agendas are {@link Agendas}'; a new date
 * moves the consultations on the agenda along.
 */
@Service
public class Meetings {

  static final String AUDIT_TYPE = "Meeting";

  private final MeetingRepository meetings;
  private final AgendaItemRepository items;
  private final ConsultationRepository consultations;
  private final PaperRepository paperRows;
  private final Organizations organizations;
  private final Locations locations;
  private final AuditLog audit;

  Meetings(
      MeetingRepository meetings,
      AgendaItemRepository items,
      ConsultationRepository consultations,
      PaperRepository paperRows,
      Organizations organizations,
      Locations locations,
      AuditLog audit) {
    this.meetings = meetings;
    this.items = items;
    this.consultations = consultations;
    this.paperRows = paperRows;
    this.organizations = organizations;
    this.locations = locations;
    this.audit = audit;
  }

  /** The meeting list: filtered, sorted and paged in SQL. */
  @MemberOnly
  @Transactional(readOnly = true)
  public Page<MeetingView> search(MeetingFilter filter, Pageable page) {
    Page<Meeting> found = meetings.search(filter.committee(), filter.from(), filter.to(), page);
    Map<Long, String> names = new HashMap<>();
    Map<Long, LocationView> places =
        locations.byIds(
            found.stream().map(Meeting::locationId).filter(Objects::nonNull).distinct().toList());
    return found.map(
        m ->
            m.view(
                names.computeIfAbsent(m.organizationId(), this::committee),
                description(m.locationId() == null ? null : places.get(m.locationId()))));
  }

  @MemberOnly
  @Lookup
  public MeetingView get(long id) {
    Meeting m = find(id);
    return m.view(committee(m.organizationId()), place(m.locationId()));
  }

  @CoordinationOnly
  @Transactional
  public MeetingView create(MeetingInput in) {
    Names names = checked(in);
    Meeting m = meetings.saveAndFlush(new Meeting(in));
    audit.created(AUDIT_TYPE, m.getId(), m.auditState());
    return m.view(names.committee(), names.place());
  }

  /**
   * Changes the meeting; a new date moves the consultations on its agenda along. Committee and date
   * stay once a consultation on the agenda has its result, and the committee while papers are on
   * the agenda (their consultations belong to it).
   */
  @CoordinationOnly
  @Transactional
  public MeetingView update(long id, Long expectedVersion, MeetingInput in) {
    Meeting m = find(id);
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    Names names = checked(in);
    List<Consultation> treated = treatedIn(id);
    if (!Objects.equals(in.organizationId, m.organizationId()) && !treated.isEmpty()) {
      throw new InvalidInputException("organizationId", "meeting.committeeInUse");
    }
    if (!Objects.equals(in.meetingDate, m.meetingDate())) {
      treated.forEach(c -> c.refuseIfDecided("meetingDate"));
      treated.forEach(c -> c.meetingMoved(in.meetingDate));
    }
    var before = m.auditState();
    m.apply(in);
    meetings.flush();
    audit.changed(AUDIT_TYPE, id, before, m.auditState());
    return m.view(names.committee(), names.place());
  }

  /** Removes the meeting and its agenda; refused once a consultation on it has a result. */
  @CoordinationOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Meeting m = find(id);
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    List<Consultation> treated = treatedIn(id);
    treated.forEach(c -> c.refuseIfDecided(null));
    treated.forEach(Consultation::unschedule);
    items.findByMeetingIdAndDeletedFalseOrderByPositionAsc(id).forEach(AgendaItem::delete);
    m.delete();
    audit.deleted(AUDIT_TYPE, id, m.auditState());
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    find(id);
    return audit.history(AUDIT_TYPE, id);
  }

  private List<Consultation> treatedIn(long meetingId) {
    return consultations.findAllById(
        items.findByMeetingIdAndDeletedFalseOrderByPositionAsc(meetingId).stream()
            .map(AgendaItem::consultationId)
            .filter(Objects::nonNull)
            .toList());
  }

  /** What a meeting's view names besides itself: its committee and its place. */
  private record Names(String committee, String place) {}

  private Names checked(MeetingInput in) {
    Rules rules = new Rules();
    Meeting.check(rules, in);
    String name = null;
    if (in.organizationId != null) {
      try {
        name = committee(in.organizationId);
      } catch (NotFoundException e) {
        rules.add("organizationId", "validation.unknownReference");
      }
    }
    LocationView place = location(in.locationId);
    rules.check(
        in.locationId == null || place != null, "locationId", "validation.unknownReference");
    rules.throwIfAny();
    return new Names(name, description(place));
  }

  private String committee(long organizationId) {
    return organizations.get(organizationId).name();
  }

  private String place(Long locationId) {
    return description(location(locationId));
  }

  /** The municipality's place with this id; null when none is given or it is not one of its own. */
  private LocationView location(Long locationId) {
    return locationId == null ? null : locations.byIds(List.of(locationId)).get(locationId);
  }

  private static String description(LocationView place) {
    return place == null ? null : place.description();
  }

  private Meeting find(long id) {
    return meetings
        .findByIdAndDeletedFalse(id)
        .orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }
}
