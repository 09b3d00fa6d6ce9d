package de.fahrplan.council;

import de.fahrplan.council.internal.AgendaItem;
import de.fahrplan.council.internal.AgendaItemRepository;
import de.fahrplan.council.internal.Consultation;
import de.fahrplan.council.internal.ConsultationRepository;
import de.fahrplan.council.internal.Meeting;
import de.fahrplan.council.internal.MeetingRepository;
import de.fahrplan.council.internal.PaperFile;
import de.fahrplan.council.internal.PaperFileContentRepository;
import de.fahrplan.council.internal.PaperFileRepository;
import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.council.internal.PaperSummary;
import de.fahrplan.organisation.LocationView;
import de.fahrplan.organisation.PublicOrganisation;
import de.fahrplan.shared.PublicationWindow;
import de.fahrplan.shared.Published;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the current municipality publishes of its council work (OParl): papers marked public once
 * they left the draft, their consultations in published committees and their files; the meetings of
 * published committees with their public agenda items. A published paper or meeting that is deleted
 * stays as a stub (id and time). The rules stand in the repositories' queries and here, nowhere
 * else; no role check (anyone may read what is published).
 */
@Service
public class PublicCouncil {

  /** A published paper – what a reader sees of it – with what OParl embeds in it. */
  public record PublicPaper(
      long id,
      String reference,
      String paperType,
      LocalDate date,
      String subject,
      Instant created,
      Instant modified,
      List<ConsultationView> consultations,
      PaperFileView mainFile,
      List<PaperFileView> files) {}

  /** A published meeting with its place (null: none) and its public agenda items. */
  public record PublicMeeting(
      MeetingView meeting, LocationView location, List<AgendaItemView> agendaItems) {}

  private final PaperRepository papers;
  private final ConsultationRepository consultations;
  private final PaperFileRepository files;
  private final PaperFileContentRepository contents;
  private final MeetingRepository meetings;
  private final AgendaItemRepository agendaItems;
  private final PublicOrganisation organisation;

  PublicCouncil(
      PaperRepository papers,
      ConsultationRepository consultations,
      PaperFileRepository files,
      PaperFileContentRepository contents,
      MeetingRepository meetings,
      AgendaItemRepository agendaItems,
      PublicOrganisation organisation) {
    this.papers = papers;
    this.consultations = consultations;
    this.files = files;
    this.contents = contents;
    this.meetings = meetings;
    this.agendaItems = agendaItems;
    this.organisation = organisation;
  }

  /** One window of the published papers, with one more than asked when a next page exists. */
  @Transactional(readOnly = true)
  public List<Published<PublicPaper>> papers(PublicationWindow w) {
    return withParts(papers.published(w, w.oneMore()));
  }

  @Transactional(readOnly = true)
  public Optional<Published<PublicPaper>> paper(long id) {
    return papers.findPublished(id).map(p -> withParts(List.of(p.summary())).getFirst());
  }

  @Transactional(readOnly = true)
  public List<ConsultationView> consultations(PublicationWindow w) {
    Map<Long, String> committees = organisation.committeeNames();
    return committees.isEmpty()
        ? List.of()
        : consultations.published(committees.keySet(), w, w.oneMore()).stream()
            .map(c -> c.view(committees.get(c.organizationId())))
            .toList();
  }

  /** Files of published papers; removed ones as deleted stubs when the window asks. */
  @Transactional(readOnly = true)
  public List<Published<PaperFileView>> files(PublicationWindow w) {
    return files.published(w, w.oneMore()).stream().map(PublicCouncil::published).toList();
  }

  private static Published<PaperFileView> published(PaperFile f) {
    return f.isDeleted()
        ? Published.deleted(f.getId(), f.modified())
        : new Published<>(f.getId(), f.modified(), f.view());
  }

  @Transactional(readOnly = true)
  public List<AgendaItemView> agendaItems(PublicationWindow w) {
    Map<Long, String> committees = organisation.committeeNames();
    if (committees.isEmpty()) {
      return List.of();
    }
    List<AgendaItem> items = agendaItems.published(committees.keySet(), w, w.oneMore());
    Map<Long, Consultation> consulted =
        publicConsultations(
            items.stream().map(AgendaItem::consultationId).filter(c -> c != null).toList(),
            committees.keySet());
    return items.stream().map(i -> publicView(i, consulted)).toList();
  }

  @Transactional(readOnly = true)
  public Optional<ConsultationView> consultation(long id) {
    Map<Long, String> committees = organisation.committeeNames();
    return consultations
        .findByIdAndDeletedFalse(id)
        .filter(c -> committees.containsKey(c.organizationId()))
        .filter(c -> !papers.publishedAmong(List.of(c.paperId())).isEmpty())
        .map(c -> c.view(committees.get(c.organizationId())));
  }

  /** A file of a published paper; a removed one as its deleted stub. */
  @Transactional(readOnly = true)
  public Optional<Published<PaperFileView>> file(long id) {
    return files.findOfPublishedPaper(id).map(PublicCouncil::published);
  }

  /**
   * The content of a file of a published paper: present, or gone (the file was removed – OParl
   * answers 410), or empty when there is no such public file.
   */
  @Transactional(readOnly = true)
  public Optional<Published<PaperFiles.Content>> fileContent(long id) {
    return file(id)
        .flatMap(
            f ->
                f.deleted()
                    ? Optional.of(Published.<PaperFiles.Content>deleted(id, f.modified()))
                    : contents
                        .findById(id)
                        .map(
                            c ->
                                new Published<>(
                                    id,
                                    f.modified(),
                                    new PaperFiles.Content(
                                        f.object().fileName(),
                                        f.object().mimeType(),
                                        c.content()))));
  }

  @Transactional(readOnly = true)
  public List<Published<PublicMeeting>> meetings(PublicationWindow w) {
    Map<Long, String> committees = organisation.committeeNames();
    if (committees.isEmpty()) {
      return List.of();
    }
    return withItems(meetings.published(committees.keySet(), w, w.oneMore()), committees);
  }

  @Transactional(readOnly = true)
  public Optional<Published<PublicMeeting>> meeting(long id) {
    Map<Long, String> committees = organisation.committeeNames();
    if (committees.isEmpty()) {
      return Optional.empty();
    }
    return meetings
        .findByIdAndOrganizationIdIn(id, committees.keySet())
        .filter(m -> m.externalId() == null) // the RIS publishes its own
        .map(m -> withItems(List.of(m), committees).getFirst());
  }

  /** A public agenda item of a live meeting of a published committee. */
  @Transactional(readOnly = true)
  public Optional<AgendaItemView> agendaItem(long id) {
    Map<Long, String> committees = organisation.committeeNames();
    if (committees.isEmpty()) {
      return Optional.empty();
    }
    return agendaItems
        .findByIdAndDeletedFalse(id)
        .filter(AgendaItem::publicItem)
        .filter(
            i ->
                meetings
                    .findByIdAndOrganizationIdIn(i.meetingId(), committees.keySet())
                    .filter(m -> !m.isDeleted() && m.externalId() == null)
                    .isPresent())
        .map(
            i ->
                publicView(
                    i,
                    i.consultationId() == null
                        ? Map.of()
                        : publicConsultations(List.of(i.consultationId()), committees.keySet())));
  }

  private List<Published<PublicPaper>> withParts(List<PaperSummary> page) {
    List<Long> live = page.stream().filter(p -> !p.deleted()).map(PaperSummary::id).toList();
    if (live.isEmpty()) {
      return page.stream().map(p -> Published.<PublicPaper>deleted(p.id(), p.modified())).toList();
    }
    Map<Long, String> committees = organisation.committeeNames();
    Map<Long, List<ConsultationView>> consulted =
        committees.isEmpty()
            ? Map.of()
            : consultations
                .findByPaperIdInAndOrganizationIdInAndDeletedFalseOrderByPaperIdAscPositionAsc(
                    live, committees.keySet())
                .stream()
                .collect(
                    Collectors.groupingBy(
                        Consultation::paperId,
                        Collectors.mapping(
                            c -> c.view(committees.get(c.organizationId())), Collectors.toList())));
    List<PaperFile> all = files.findByPaperIdInAndDeletedFalseOrderByPaperIdAscIdAsc(live);
    Map<Long, PaperFileView> main =
        all.stream()
            .filter(PaperFile::isMain)
            .collect(Collectors.toMap(PaperFile::paperId, PaperFile::view, (a, b) -> a));
    Map<Long, List<PaperFileView>> attached =
        all.stream()
            .filter(f -> !f.isMain())
            .collect(
                Collectors.groupingBy(
                    PaperFile::paperId, Collectors.mapping(PaperFile::view, Collectors.toList())));
    return page.stream()
        .map(
            p ->
                p.deleted()
                    ? Published.<PublicPaper>deleted(p.id(), p.modified())
                    : new Published<>(
                        p.id(),
                        p.modified(),
                        new PublicPaper(
                            p.id(),
                            p.reference(),
                            p.paperType(),
                            p.date(),
                            p.subject(),
                            p.created(),
                            p.modified(),
                            consulted.getOrDefault(p.id(), List.of()),
                            main.get(p.id()),
                            attached.getOrDefault(p.id(), List.of()))))
        .toList();
  }

  private List<Published<PublicMeeting>> withItems(
      List<Meeting> page, Map<Long, String> committees) {
    List<Long> live = page.stream().filter(m -> !m.isDeleted()).map(Meeting::getId).toList();
    List<AgendaItem> items =
        live.isEmpty()
            ? List.of()
            : agendaItems
                .findByMeetingIdInAndPublicItemTrueAndDeletedFalseOrderByMeetingIdAscPositionAsc(
                    live);
    Map<Long, Consultation> consulted =
        publicConsultations(
            items.stream().map(AgendaItem::consultationId).filter(c -> c != null).toList(),
            committees.keySet());
    Map<Long, List<AgendaItemView>> byMeeting =
        items.stream()
            .collect(
                Collectors.groupingBy(
                    AgendaItem::meetingId,
                    Collectors.mapping(i -> publicView(i, consulted), Collectors.toList())));
    Map<Long, LocationView> places =
        organisation.locations(
            page.stream().map(Meeting::locationId).filter(l -> l != null).distinct().toList());
    return page.stream()
        .map(
            m -> {
              LocationView place = m.locationId() == null ? null : places.get(m.locationId());
              MeetingView view =
                  m.view(
                      committees.get(m.organizationId()),
                      place == null ? null : place.description());
              return m.isDeleted()
                  ? Published.<PublicMeeting>deleted(m.getId(), view.modified())
                  : new Published<>(
                      m.getId(),
                      view.modified(),
                      new PublicMeeting(view, place, byMeeting.getOrDefault(m.getId(), List.of())));
            })
        .toList();
  }

  /** The consultations among {@code ids} that are published (committee and paper). */
  private Map<Long, Consultation> publicConsultations(
      Collection<Long> ids, Set<Long> publishedCommittees) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Consultation> found =
        consultations.findByIdInAndDeletedFalse(ids).stream()
            .filter(c -> publishedCommittees.contains(c.organizationId()))
            .toList();
    if (found.isEmpty()) {
      return Map.of();
    }
    Set<Long> publishedPapers =
        Set.copyOf(papers.publishedAmong(found.stream().map(Consultation::paperId).toList()));
    return found.stream()
        .filter(c -> publishedPapers.contains(c.paperId()))
        .collect(Collectors.toMap(Consultation::getId, Function.identity()));
  }

  /** An agenda item names its paper and consultation only when they are published too. */
  private static AgendaItemView publicView(AgendaItem item, Map<Long, Consultation> consulted) {
    Consultation c = item.consultationId() == null ? null : consulted.get(item.consultationId());
    AgendaItemView v = item.view(null, c == null ? null : c.result());
    return c != null
        ? v
        : new AgendaItemView(
            v.id(),
            v.meetingId(),
            v.position(),
            v.number(),
            v.title(),
            v.publicItem(),
            null,
            null,
            null,
            null,
            null,
            v.created(),
            v.modified(),
            v.version());
  }
}
