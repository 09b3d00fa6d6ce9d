package de.fahrplan.council.internal;

import de.fahrplan.council.ConsultationResult;
import de.fahrplan.council.ConsultationRole;
import de.fahrplan.council.ImportedMeeting;
import de.fahrplan.council.ImportedPaper;
import de.fahrplan.council.PaperState;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The agendas of imported meetings and the results they carry. OParl gives a result to the agenda
 * item, not to the consultation, and a list of meetings comes before the list of papers: an item
 * remembers the OParl id of the consultation it treats, and the two are linked when both are there
 * – the consultation then takes the item's result, in the RIS's words and as Fahrplan's result
 * where the words say which ({@link Consultation#resultOf}).
 */
@Component
public class ImportedAgendas {

  private final AgendaItemRepository items;
  private final ConsultationRepository consultations;

  ImportedAgendas(AgendaItemRepository items, ConsultationRepository consultations) {
    this.items = items;
    this.consultations = consultations;
  }

  /**
   * Brings the agendas of saved imported meetings up to date (new items, changed ones, items gone
   * from the RIS's agenda) and links the items whose consultations are known already.
   */
  public void save(Map<Meeting, ImportedMeeting> read) {
    Map<Long, List<AgendaItem>> before =
        items.findByMeetingIdIn(read.keySet().stream().map(Meeting::getId).toList()).stream()
            .collect(Collectors.groupingBy(AgendaItem::meetingId));
    List<AgendaItem> saved = new java.util.ArrayList<>();
    read.forEach(
        (meeting, in) -> {
          if (in.deleted()) {
            return; // a deleted meeting hides its agenda
          }
          Map<String, AgendaItem> known =
              before.getOrDefault(meeting.getId(), List.of()).stream()
                  .filter(i -> i.externalId() != null)
                  .collect(Collectors.toMap(AgendaItem::externalId, Function.identity()));
          List<ImportedMeeting.Item> agenda = in.agendaItems();
          for (int i = 0; i < agenda.size(); i++) {
            ImportedMeeting.Item item = agenda.get(i);
            AgendaItem found = known.remove(item.externalId());
            if (found == null) {
              found = AgendaItem.imported(meeting.getId(), i + 1, item);
            } else {
              found.refresh(i + 1, item);
            }
            saved.add(found);
          }
          known.values().forEach(AgendaItem::removedAtSource);
        });
    items.saveAll(saved);
    // linked again too: the RIS may have recorded a result since
    link(saved.stream().filter(i -> i.consultationExternalId() != null).toList());
  }

  /** The agenda items that treat the steps of a page of papers, read once for the page. */
  public PageItems of(List<ImportedPaper> page) {
    Set<String> steps = new HashSet<>();
    page.forEach(p -> p.consultations().forEach(c -> steps.add(c.externalId())));
    return new PageItems(
        steps.isEmpty() ? List.of() : items.findByConsultationExternalIdInAndDeletedFalse(steps));
  }

  /** The items of a page of papers: where they move the papers, and their links once saved. */
  public final class PageItems {

    private final List<AgendaItem> found;

    /** The item of each step; where a RIS lists a step twice, the one with a result. */
    private final Map<String, AgendaItem> byStep;

    private PageItems(List<AgendaItem> found) {
      this.found = found;
      this.byStep =
          found.stream()
              .collect(
                  Collectors.toMap(
                      AgendaItem::consultationExternalId,
                      Function.identity(),
                      (a, b) -> a.resultText() != null ? a : b));
    }

    /**
     * Where an imported paper stands (OParl has no paper state): as the RIS's results move it, step
     * by step, as a recorded result moves an own paper ({@link PaperState#after}).
     */
    public PaperState stateOf(ImportedPaper in, Map<String, Meeting> meetings, LocalDate today) {
      PaperState state = PaperState.RELEASED;
      for (ImportedPaper.Consultation step : in.consultations()) {
        PaperState moved = moved(step, meetings, today);
        if (moved == PaperState.WITHDRAWN || moved == PaperState.DECIDED) {
          return moved;
        }
        if (moved == PaperState.IN_CONSULTATION) {
          state = moved;
        }
      }
      return state;
    }

    /**
     * Where one step moves its paper (null: nowhere). A step on an agenda item without a result
     * moves nothing; a step on no agenda item the import knows (RIS that list none, or do not link
     * them), or with words that say nothing Fahrplan keeps („erledigt“), counts by its date: once
     * the deciding committee has met the paper is settled, once any has met it is in consultation.
     */
    private PaperState moved(
        ImportedPaper.Consultation step, Map<String, Meeting> meetings, LocalDate today) {
      AgendaItem item = byStep.get(step.externalId());
      if (item != null) {
        if (item.resultText() == null) {
          return null;
        }
        ConsultationRole role = Consultation.roleOf(step);
        ConsultationResult result = Consultation.resultOf(item.resultText(), role);
        if (result != null) {
          return PaperState.after(result, role);
        }
      }
      Meeting meeting =
          step.meetingExternalId() == null ? null : meetings.get(step.meetingExternalId());
      if (meeting == null || meeting.meetingDate().isAfter(today)) {
        return null;
      }
      return step.authoritative() ? PaperState.DECIDED : PaperState.IN_CONSULTATION;
    }

    /**
     * The page's steps are saved: the items that treat them are linked and the steps take the
     * items' results.
     */
    public void link() {
      ImportedAgendas.this.link(found);
    }
  }

  private void link(List<AgendaItem> waiting) {
    if (waiting.isEmpty()) {
      return;
    }
    Map<String, Consultation> steps =
        consultations
            .findByExternalIdInAndDeletedFalse(
                waiting.stream().map(AgendaItem::consultationExternalId).toList())
            .stream()
            .collect(Collectors.toMap(Consultation::externalId, Function.identity(), (a, b) -> a));
    for (AgendaItem item : waiting) {
      Consultation step = steps.get(item.consultationExternalId());
      if (step != null) {
        item.treatsImported(step);
        if (!Objects.equals(step.resultText(), item.resultText())) {
          step.resultAtSource(item.resultText());
        }
      }
    }
  }
}
