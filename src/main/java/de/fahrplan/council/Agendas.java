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
import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agendas of the committees' {@link Meetings meetings}. An agenda item that treats a paper is
 * that paper's consultation by the meeting's committee: the consultation points at the meeting and
 * takes its date and the item's public status, so Beratungsfolge and agenda say the same.
 */
@Service
public class Agendas {

  static final String AUDIT_TYPE = "AgendaItem";

  private final MeetingRepository meetings;
  private final AgendaItemRepository items;
  private final ConsultationRepository consultations;
  private final PaperRepository paperRows;
  private final Organizations organizations;
  private final AuditLog audit;

  Agendas(
      MeetingRepository meetings,
      AgendaItemRepository items,
      ConsultationRepository consultations,
      PaperRepository paperRows,
      Organizations organizations,
      AuditLog audit) {
    this.meetings = meetings;
    this.items = items;
    this.consultations = consultations;
    this.paperRows = paperRows;
    this.organizations = organizations;
    this.audit = audit;
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
    audit.created(AUDIT_TYPE, item.getId(), item.auditState());
    return item(item.getId());
  }

  @CoordinationOnly
  @Transactional
  public AgendaItemView updateItem(long id, Long expectedVersion, AgendaItemInput in) {
    AgendaItem item = findItem(id);
    item.requireOwn();
    Versions.check(AUDIT_TYPE, item.getVersion(), expectedVersion);
    Meeting m = find(item.meetingId());
    List<AgendaItem> agenda =
        new ArrayList<>(items.findByMeetingIdAndDeletedFalseOrderByPositionAsc(m.getId()));
    Consultation current = consultationOf(item);
    if (current != null) {
      current.refuseIfDecided(null);
    }
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
    audit.changed(AUDIT_TYPE, id, before, item.auditState());
    return item(id);
  }

  /** Takes the item off the agenda; its paper's consultation stays in the Beratungsfolge. */
  @CoordinationOnly
  @Transactional
  public void deleteItem(long id, Long expectedVersion) {
    AgendaItem item = findItem(id);
    item.requireOwn();
    Versions.check(AUDIT_TYPE, item.getVersion(), expectedVersion);
    Consultation c = consultationOf(item);
    if (c != null) {
      c.refuseIfDecided(null);
      c.unschedule();
    }
    item.delete();
    Positions.number(
        items.findByMeetingIdAndDeletedFalseOrderByPositionAsc(item.meetingId()).stream()
            .filter(other -> !other.getId().equals(id))
            .toList(),
        AgendaItem::moveTo);
    audit.deleted(AUDIT_TYPE, id, item.auditState());
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> itemHistory(long id) {
    findItem(id);
    return audit.history(AUDIT_TYPE, id);
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
            organizations.get(m.organizationId()).name());
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

  private Consultation consultationOf(AgendaItem item) {
    return item.consultationId() == null
        ? null
        : consultations.findById(item.consultationId()).orElse(null);
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

  private AgendaItem findItem(long id) {
    AgendaItem item =
        items.findByIdAndDeletedFalse(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
    find(item.meetingId());
    return item;
  }

  private Meeting find(long meetingId) {
    return meetings
        .findByIdAndDeletedFalse(meetingId)
        .orElseThrow(() -> new NotFoundException(Meetings.AUDIT_TYPE));
  }
}
