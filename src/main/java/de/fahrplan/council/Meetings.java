package de.fahrplan.council;

import de.fahrplan.council.internal.AgendaItem;
import de.fahrplan.council.internal.AgendaItemRepository;
import de.fahrplan.council.internal.Consultation;
import de.fahrplan.council.internal.ConsultationRepository;
import de.fahrplan.council.internal.Meeting;
import de.fahrplan.council.internal.MeetingRepository;
import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.council.internal.Positions;
import de.fahrplan.organisation.LocationView;
import de.fahrplan.organisation.Locations;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committees' meetings and their agendas. An agenda item that treats a paper is that paper's
 * consultation by the meeting's committee: the consultation points at the meeting and takes its
 * date and the item's public status, so Beratungsfolge and agenda say the same.
 */
@Service
public class Meetings {

  static final String AUDIT_TYPE = "Meeting";
  static final String ITEM_AUDIT_TYPE = "AgendaItem";

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
  @Transactional(readOnly = true)
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
      refuseIfDecided(treated, "meetingDate");
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
    refuseIfDecided(treated, null);
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

  /** The agenda in its order, with the papers' numbers and the consultations' results. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<AgendaItemView> agenda(long meetingId) {
    find(meetingId);
    return views(items.findByMeetingIdAndDeletedFalseOrderByPositionAsc(meetingId));
  }

  /** The papers this meeting's committee still has to deal with: choices for a new item. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<PaperView> papersAwaiting(long meetingId) {
    return paperRows.awaitingMeetingOf(find(meetingId).organizationId()).stream()
        .map(Paper::view)
        .toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public AgendaItemView item(long id) {
    return views(List.of(findItem(id))).get(0);
  }

  /**
   * Puts an item on the agenda. With a paper, the item becomes the paper's open consultation by
   * this committee that is on no other agenda yet; a non-public paper is refused in the public
   * part.
   */
  @CoordinationOnly
  @Transactional
  public AgendaItemView addItem(long meetingId, AgendaItemInput in) {
    Meeting m = find(meetingId);
    m.requireOwn();
    List<AgendaItem> agenda =
        new ArrayList<>(items.findByMeetingIdAndDeletedFalseOrderByPositionAsc(meetingId));
    Treatment t = treatment(m, in, agenda, null);
    AgendaItem item =
        items.save(new AgendaItem(meetingId, agenda.size() + 1, in, number(in, agenda), t.title));
    agenda.add(item);
    schedule(m, item, t.consultation);
    Positions.place(agenda, item, in.position, AgendaItem::moveTo);
    items.flush();
    audit.created(ITEM_AUDIT_TYPE, item.getId(), item.auditState());
    return item(item.getId());
  }

  @CoordinationOnly
  @Transactional
  public AgendaItemView updateItem(long id, Long expectedVersion, AgendaItemInput in) {
    AgendaItem item = findItem(id);
    item.requireOwn();
    Versions.check(ITEM_AUDIT_TYPE, item.getVersion(), expectedVersion);
    Meeting m = find(item.meetingId());
    List<AgendaItem> agenda =
        new ArrayList<>(items.findByMeetingIdAndDeletedFalseOrderByPositionAsc(m.getId()));
    Consultation current = consultationOf(item);
    refuseIfDecided(current == null ? List.of() : List.of(current), null);
    Treatment t = treatment(m, in, agenda, item);
    var before = item.auditState();
    if (current != null && current != t.consultation) {
      current.unschedule();
    }
    String number = in.number == null || in.number.isBlank() ? item.number() : in.number.strip();
    item.apply(in, number, t.title);
    schedule(m, item, t.consultation);
    Positions.place(agenda, item, in.position, AgendaItem::moveTo);
    items.flush();
    audit.changed(ITEM_AUDIT_TYPE, id, before, item.auditState());
    return item(id);
  }

  /** Takes the item off the agenda; its paper's consultation stays in the Beratungsfolge. */
  @CoordinationOnly
  @Transactional
  public void deleteItem(long id, Long expectedVersion) {
    AgendaItem item = findItem(id);
    item.requireOwn();
    Versions.check(ITEM_AUDIT_TYPE, item.getVersion(), expectedVersion);
    Consultation c = consultationOf(item);
    if (c != null) {
      refuseIfDecided(List.of(c), null);
      c.unschedule();
    }
    item.delete();
    Positions.number(
        items.findByMeetingIdAndDeletedFalseOrderByPositionAsc(item.meetingId()).stream()
            .filter(other -> !other.getId().equals(id))
            .toList(),
        AgendaItem::moveTo);
    audit.deleted(ITEM_AUDIT_TYPE, id, item.auditState());
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> itemHistory(long id) {
    findItem(id);
    return audit.history(ITEM_AUDIT_TYPE, id);
  }

  /** The item's title and the consultation it is, checked together with the typed input. */
  private record Treatment(String title, Consultation consultation) {}

  private Treatment treatment(
      Meeting m, AgendaItemInput in, List<AgendaItem> agenda, AgendaItem self) {
    Rules rules = new Rules();
    AgendaItem.check(rules, in);
    rules.check(
        in.position == null || (in.position >= 1 && in.position <= agenda.size() + 1),
        "position",
        "consultation.positionInvalid");
    String title = in.title == null || in.title.isBlank() ? null : in.title.strip();
    Consultation consultation = null;
    if (in.paperId != null) {
      Paper paper = paperRows.findByIdAndDeletedFalse(in.paperId).orElse(null);
      if (paper == null) {
        rules.add("paperId", "validation.unknownReference");
      } else {
        title = title == null ? paper.subject() : title;
        rules.check(
            !in.publicItem || paper.publicPaper(),
            "publicItem",
            "agendaItem.paperNotPublic",
            paper.reference());
        rules.check(
            agenda.stream().noneMatch(i -> i != self && Objects.equals(i.paperId(), in.paperId)),
            "paperId",
            "agendaItem.paperTwice",
            paper.reference());
        consultation = openStep(m, paper, self);
        rules.check(
            consultation != null,
            "paperId",
            "agendaItem.noConsultation",
            paper.reference(),
            committee(m.organizationId()));
      }
    }
    rules.throwIfAny();
    return new Treatment(title, consultation);
  }

  /** The paper's open step by the meeting's committee: the one already here, else a free one. */
  private Consultation openStep(Meeting m, Paper paper, AgendaItem self) {
    Consultation mine = self == null ? null : consultationOf(self);
    if (mine != null && Objects.equals(mine.paperId(), paper.getId())) {
      return mine;
    }
    return consultations.findByPaperIdAndDeletedFalseOrderByPositionAsc(paper.getId()).stream()
        .filter(c -> Objects.equals(c.organizationId(), m.organizationId()))
        .filter(c -> c.result() == null && c.meetingId() == null)
        .findFirst()
        .orElse(null);
  }

  private void schedule(Meeting m, AgendaItem item, Consultation c) {
    item.treats(c == null ? null : c.getId());
    if (c != null) {
      c.scheduleIn(m.getId(), m.meetingDate(), item.publicItem());
    }
  }

  /** "Ö 4" or "N 2": the next number of the item's part, unless one was typed. */
  private static String number(AgendaItemInput in, List<AgendaItem> agenda) {
    if (in.number != null && !in.number.isBlank()) {
      return in.number.strip();
    }
    long inPart = agenda.stream().filter(i -> i.publicItem() == in.publicItem).count();
    return (in.publicItem ? "Ö " : "N ") + (inPart + 1);
  }

  private List<Consultation> treatedIn(long meetingId) {
    return consultations.findAllById(
        items.findByMeetingIdAndDeletedFalseOrderByPositionAsc(meetingId).stream()
            .map(AgendaItem::consultationId)
            .filter(Objects::nonNull)
            .toList());
  }

  private Consultation consultationOf(AgendaItem item) {
    return item.consultationId() == null
        ? null
        : consultations.findById(item.consultationId()).orElse(null);
  }

  private static void refuseIfDecided(List<Consultation> treated, String field) {
    if (treated.stream().anyMatch(c -> c.result() != null)) {
      throw new InvalidInputException(field, "meeting.hasResults");
    }
  }

  private List<AgendaItemView> views(List<AgendaItem> list) {
    Map<Long, String> references =
        paperRows
            .findAllById(list.stream().map(AgendaItem::paperId).filter(Objects::nonNull).toList())
            .stream()
            .collect(Collectors.toMap(Paper::getId, Paper::reference));
    Map<Long, Consultation> steps =
        consultations
            .findAllById(
                list.stream().map(AgendaItem::consultationId).filter(Objects::nonNull).toList())
            .stream()
            .collect(Collectors.toMap(Consultation::getId, Function.identity()));
    return list.stream()
        .map(
            i -> {
              Consultation c = steps.get(i.consultationId());
              return i.view(references.get(i.paperId()), c == null ? null : c.result());
            })
        .toList();
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

  private AgendaItem findItem(long id) {
    AgendaItem item =
        items.findByIdAndDeletedFalse(id).orElseThrow(() -> new NotFoundException(ITEM_AUDIT_TYPE));
    find(item.meetingId());
    return item;
  }
}
