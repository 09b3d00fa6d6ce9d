package de.fahrplan.council.internal;

import de.fahrplan.council.ConsultationResult;
import de.fahrplan.council.ConsultationRole;
import de.fahrplan.council.ImportedMeeting;
import de.fahrplan.council.ImportedPaper;
import de.fahrplan.council.PaperState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    Map<String, ImportedPaper.Consultation> steps = new HashMap<>();
    page.forEach(p -> p.consultations().forEach(c -> steps.put(c.externalId(), c)));
    return new PageItems(
        steps,
        steps.isEmpty()
            ? List.of()
            : items.findByConsultationExternalIdInAndDeletedFalse(steps.keySet()));
  }

  /** The items of a page of papers: what their results say, and their link once the steps exist. */
  public final class PageItems {

    private final Map<String, ImportedPaper.Consultation> steps;
    private final List<AgendaItem> found;

    private PageItems(Map<String, ImportedPaper.Consultation> steps, List<AgendaItem> found) {
      this.steps = steps;
      this.found = found;
    }

    /**
     * Where the RIS's results move the papers, by their steps' OParl ids – as a recorded result
     * moves an own paper ({@link PaperState#after}). A step on an agenda item without a result
     * moves nothing ({@link Optional#empty}); a step on no agenda item the import knows, or with
     * words that say nothing Fahrplan can keep („erledigt“), is absent: its date has to tell.
     */
    public Map<String, Optional<PaperState>> states() {
      Map<String, Optional<PaperState>> states = new HashMap<>();
      for (AgendaItem item : found) {
        ImportedPaper.Consultation step = steps.get(item.consultationExternalId());
        ConsultationRole role = Consultation.roleOf(step);
        ConsultationResult result = Consultation.resultOf(item.resultText(), role);
        if (result != null) {
          states.put(step.externalId(), Optional.of(PaperState.after(result, role)));
        } else if (item.resultText() == null) {
          states.putIfAbsent(step.externalId(), Optional.empty());
        }
      }
      return states;
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
