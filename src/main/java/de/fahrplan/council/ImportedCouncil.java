package de.fahrplan.council;

import de.fahrplan.council.internal.Consultation;
import de.fahrplan.council.internal.ConsultationRepository;
import de.fahrplan.council.internal.ImportedAgendas;
import de.fahrplan.council.internal.ImportedConsultations;
import de.fahrplan.council.internal.Meeting;
import de.fahrplan.council.internal.MeetingRepository;
import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.organisation.LocationView;
import de.fahrplan.organisation.Locations;
import de.fahrplan.shared.security.AdminOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Papers, Beratungsfolgen and meetings of the municipality's Ratsinformationssystem, written by the
 * OParl import one list page at a time (one transaction per page, so a run that breaks keeps what
 * it read). They live in the council tables beside the own ones, marked by their OParl id, and are
 * read-only everywhere else: the RIS decides what they say.
 */
@Service
public class ImportedCouncil {

  private final PaperRepository papers;
  private final ConsultationRepository consultations;
  private final MeetingRepository meetings;
  private final ImportedConsultations newSteps;
  private final ImportedAgendas agendas;
  private final Locations locations;
  private final Clock clock;

  ImportedCouncil(
      PaperRepository papers,
      ConsultationRepository consultations,
      MeetingRepository meetings,
      ImportedConsultations newSteps,
      ImportedAgendas agendas,
      Locations locations,
      Clock clock) {
    this.papers = papers;
    this.consultations = consultations;
    this.meetings = meetings;
    this.newSteps = newSteps;
    this.agendas = agendas;
    this.locations = locations;
    this.clock = clock;
  }

  /** Which of these OParl meeting ids are imported already. */
  @AdminOnly
  @Transactional(readOnly = true)
  public Set<String> knownMeetings(Set<String> externalIds) {
    return meetings.findByExternalIdIn(externalIds).stream()
        .map(Meeting::externalId)
        .collect(Collectors.toSet());
  }

  /**
   * Creates or refreshes a page of meetings with their agendas; deleted ones are kept only if known
   * before. A place the municipality does not know by its description becomes one of its places.
   */
  @AdminOnly
  @Transactional
  public void saveMeetings(List<ImportedMeeting> page) {
    Map<String, Meeting> known =
        byId(
            meetings.findByExternalIdIn(page.stream().map(ImportedMeeting::externalId).toList()),
            Meeting::externalId);
    Map<String, LocationView> places =
        locations.ensure(
            page.stream()
                .filter(m -> !m.deleted())
                .map(ImportedMeeting::location)
                .filter(java.util.Objects::nonNull)
                .toList());
    Map<Meeting, ImportedMeeting> saved = new java.util.LinkedHashMap<>();
    for (ImportedMeeting in : page) {
      Meeting meeting = known.get(in.externalId());
      Long place =
          in.location() == null ? null : places.get(in.location().description.strip()).id();
      if (meeting != null) {
        meeting.refresh(in, place);
        saved.put(meeting, in);
      } else if (!in.deleted()) {
        saved.put(meetings.save(Meeting.imported(in, place)), in);
      }
    }
    agendas.save(saved);
  }

  /**
   * Creates or refreshes a page of papers with their Beratungsfolgen; returns a problem text per
   * paper whose number was taken by another paper of the same source (it gets a suffix).
   */
  @AdminOnly
  @Transactional
  public Map<String, String> savePapers(long sourceId, List<ImportedPaper> page) {
    Map<String, Paper> known =
        byId(
            papers.findByNumberingAndExternalIdIn(
                sourceId, page.stream().map(ImportedPaper::externalId).toList()),
            Paper::externalId);
    Map<String, String> problems = new HashMap<>();
    Map<String, String> numbers = numbersOf(sourceId, page, known, problems);
    Map<String, Meeting> agenda =
        byId(
            meetings.findByExternalIdIn(
                page.stream()
                    .flatMap(p -> p.consultations().stream())
                    .map(ImportedPaper.Consultation::meetingExternalId)
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet())),
            Meeting::externalId);
    LocalDate today = LocalDate.now(clock);
    ImportedAgendas.PageItems onAgendas = agendas.of(page);
    List<Paper> saved = new ArrayList<>();
    for (ImportedPaper in : page) {
      Paper paper = known.get(in.externalId());
      PaperState state = onAgendas.stateOf(in, agenda, today);
      if (paper != null) {
        paper.refresh(in, numbers.get(in.externalId()), state);
        saved.add(paper);
      } else if (!in.deleted()) {
        saved.add(Paper.imported(sourceId, in, numbers.get(in.externalId()), state));
      }
    }
    papers.saveAllAndFlush(saved);
    Map<Long, List<Consultation>> steps =
        known.isEmpty()
            ? Map.of()
            : consultations
                .findByPaperIdIn(known.values().stream().map(Paper::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(Consultation::paperId));
    Map<String, ImportedPaper> read = byId(page, ImportedPaper::externalId);
    List<ImportedConsultations.NewStep> fresh = new ArrayList<>();
    for (Paper paper : saved) {
      Map<String, Consultation> before =
          byId(steps.getOrDefault(paper.getId(), List.of()), Consultation::externalId);
      List<ImportedPaper.Consultation> now = read.get(paper.externalId()).consultations();
      for (int i = 0; i < now.size(); i++) {
        ImportedPaper.Consultation c = now.get(i);
        Meeting meeting = c.meetingExternalId() == null ? null : agenda.get(c.meetingExternalId());
        Long meetingId = meeting == null ? null : meeting.getId();
        LocalDate date = meeting == null ? null : meeting.meetingDate();
        Consultation step = before.remove(c.externalId());
        if (step == null) {
          fresh.add(new ImportedConsultations.NewStep(paper.getId(), i + 1, c, meetingId, date));
        } else {
          step.refresh(i + 1, c, meetingId, date);
        }
      }
      before.values().forEach(Consultation::removedAtSource);
    }
    newSteps.insert(fresh);
    onAgendas.link();
    return problems;
  }

  /**
   * The number each paper of the page keeps: the RIS's own, unless another paper of the same source
   * has it already (RIS do hand out a number twice) – then with " (2)", " (3)" … behind it.
   */
  private Map<String, String> numbersOf(
      long sourceId,
      List<ImportedPaper> page,
      Map<String, Paper> known,
      Map<String, String> problems) {
    Set<String> wanted = new HashSet<>();
    page.forEach(p -> wanted.add(p.reference()));
    Map<String, String> holders = new HashMap<>();
    for (Object[] row : papers.referencesOf(sourceId, wanted)) {
      holders.put((String) row[0], (String) row[1]);
    }
    Map<String, String> numbers = new HashMap<>();
    for (ImportedPaper in : page) {
      Paper paper = known.get(in.externalId());
      if (in.deleted() && paper != null) {
        numbers.put(in.externalId(), paper.reference());
        continue;
      }
      String number = in.reference();
      for (int n = 2; !in.externalId().equals(holders.getOrDefault(number, in.externalId())); n++) {
        number = in.reference() + " (" + n + ")";
        problems.put(in.externalId(), in.reference());
      }
      if (paper != null && !paper.reference().equals(number)) {
        holders.remove(paper.reference());
      }
      holders.put(number, in.externalId());
      numbers.put(in.externalId(), number);
    }
    return numbers;
  }

  /** The import's committee mapping changed: imported steps and meetings follow it. */
  @AdminOnly
  @Transactional
  public void moveCommittee(long from, long to) {
    consultations.moveImported(from, to);
    meetings.moveImported(from, to);
  }

  private static <T> Map<String, T> byId(List<T> objects, Function<T, String> id) {
    Map<String, T> map = new HashMap<>();
    objects.forEach(o -> map.put(id.apply(o), o));
    return map;
  }
}
