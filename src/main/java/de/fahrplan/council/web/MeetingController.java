package de.fahrplan.council.web;

import de.fahrplan.council.AgendaItemInput;
import de.fahrplan.council.AgendaItemView;
import de.fahrplan.council.Agendas;
import de.fahrplan.council.MeetingDocuments;
import de.fahrplan.council.MeetingFilter;
import de.fahrplan.council.MeetingInput;
import de.fahrplan.council.MeetingView;
import de.fahrplan.council.Meetings;
import de.fahrplan.documents.Format;
import de.fahrplan.organisation.Choices;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Formats;
import de.fahrplan.shared.web.Option;
import de.fahrplan.shared.web.Paging;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Pages of the committees' meetings: the list, a meeting with its agenda, the forms. */
@Controller
class MeetingController {

  /** Form: the input plus the version the user started from. */
  static class MeetingForm extends MeetingInput {
    public Long version;
  }

  /** Agenda item form. */
  static class ItemForm extends AgendaItemInput {
    public Long version;
  }

  private final Meetings meetings;
  private final Agendas agendas;
  private final MeetingDocuments documents;
  private final Choices choices;
  private final PaperChoices paperChoices;

  MeetingController(
      Meetings meetings,
      Agendas agendas,
      MeetingDocuments documents,
      Choices choices,
      PaperChoices paperChoices) {
    this.meetings = meetings;
    this.agendas = agendas;
    this.documents = documents;
    this.choices = choices;
    this.paperChoices = paperChoices;
  }

  /** Upcoming meetings first (the next one on top); {@code past} lists the earlier ones. */
  @GetMapping("/meetings")
  String list(
      @RequestParam(required = false) Long committee,
      @RequestParam(defaultValue = "false") boolean past,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    LocalDate today = paperChoices.today();
    MeetingFilter filter =
        past
            ? new MeetingFilter(committee, null, today.minusDays(1))
            : new MeetingFilter(committee, today, null);
    Sort sort =
        past
            ? Sort.by(Sort.Order.desc("meetingDate"), Sort.Order.desc("startTime"))
            : Sort.by("meetingDate", "startTime");
    model.addAttribute("page", meetings.search(filter, Paging.of(page, 50, sort)));
    model.addAttribute("committee", committee);
    model.addAttribute("past", past);
    model.addAttribute("committeeOptions", choices.organizations());
    model.addAttribute(
        "base",
        UriComponentsBuilder.fromPath("/meetings")
            .queryParamIfPresent("committee", Optional.ofNullable(committee))
            .queryParamIfPresent("past", Optional.of(past).filter(p -> p))
            .toUriString());
    return "council/meetings";
  }

  @GetMapping("/meetings/{id}")
  String show(@PathVariable long id, Model model, Locale locale) {
    MeetingView meeting = meetings.get(id);
    model.addAttribute("meeting", meeting);
    model.addAttribute(
        "heading", meeting.title() + ", " + Formats.date(meeting.meetingDate(), locale));
    model.addAttribute("agenda", agendas.agenda(id));
    model.addAttribute("history", meetings.history(id));
    if (!model.containsAttribute("itemForm")) {
      model.addAttribute("itemForm", new AgendaItemInput());
    }
    model.addAttribute("paperOptions", paperOptions(id));
    return "council/meeting";
  }

  @CoordinationOnly
  @GetMapping("/meetings/new")
  String newForm(Model model) {
    MeetingForm form = new MeetingForm();
    form.meetingDate = paperChoices.today();
    model.addAttribute("form", form);
    return form(model, null);
  }

  @CoordinationOnly
  @PostMapping("/meetings")
  String create(
      @ModelAttribute("form") MeetingForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.tryCreate(() -> meetings.create(form), result)
        .map(
            created -> {
              redirect.addFlashAttribute("flash", "meeting.created");
              return "redirect:/meetings/" + created.id();
            })
        .orElseGet(() -> form(model, null));
  }

  @CoordinationOnly
  @GetMapping("/meetings/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    MeetingView m = meetings.get(id);
    model.addAttribute("form", Inputs.fill(m, new MeetingForm()));
    return form(model, m);
  }

  @CoordinationOnly
  @PostMapping("/meetings/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") MeetingForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    MeetingView current = meetings.get(id);
    if (FormErrors.trySave(
        () -> meetings.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/meetings/" + id;
    }
    return form(model, current);
  }

  @CoordinationOnly
  @PostMapping("/meetings/{id}/delete")
  @ConfirmFirst(CouncilQuestions.class)
  String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    return Flash.after(
        "/meetings", redirect, () -> meetings.delete(id, version), "meeting.deleted");
  }

  /** Puts an item on the agenda; a broken input shows the meeting page with its errors. */
  @CoordinationOnly
  @PostMapping("/meetings/{id}/agenda-items")
  String addItem(
      @PathVariable long id,
      @ModelAttribute("itemForm") AgendaItemInput form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (FormErrors.tryCreate(() -> agendas.addItem(id, form), result).isPresent()) {
      redirect.addFlashAttribute("flash", "agendaItem.added");
      return "redirect:/meetings/" + id + "#tagesordnung";
    }
    return show(id, model, LocaleContextHolder.getLocale());
  }

  @CoordinationOnly
  @GetMapping("/agenda-items/{id}/edit")
  String editItem(@PathVariable long id, Model model) {
    AgendaItemView item = agendas.item(id);
    ItemForm form = Inputs.fill(item, new ItemForm());
    form.position = item.position();
    model.addAttribute("form", form);
    return itemForm(model, item);
  }

  @CoordinationOnly
  @PostMapping("/agenda-items/{id}")
  String updateItem(
      @PathVariable long id,
      @ModelAttribute("form") ItemForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    AgendaItemView current = agendas.item(id);
    if (FormErrors.trySave(
        () -> agendas.updateItem(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/meetings/" + current.meetingId() + "#tagesordnung";
    }
    return itemForm(model, current);
  }

  @CoordinationOnly
  @PostMapping("/agenda-items/{id}/delete")
  String deleteItem(
      @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    long meetingId = agendas.item(id).meetingId();
    return Flash.after(
        "/meetings/" + meetingId + "#tagesordnung",
        redirect,
        () -> agendas.deleteItem(id, version),
        "agendaItem.removed");
  }

  @GetMapping("/meetings/{id}/agenda.pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable long id, @RequestParam(name = "public", defaultValue = "false") boolean pub) {
    return documents.agenda(id, pub, Format.PDF).asAttachment();
  }

  @GetMapping("/meetings/{id}/agenda.odt")
  ResponseEntity<byte[]> odt(
      @PathVariable long id, @RequestParam(name = "public", defaultValue = "false") boolean pub) {
    return documents.agenda(id, pub, Format.ODT).asAttachment();
  }

  @GetMapping("/meetings/{id}/agenda.docx")
  ResponseEntity<byte[]> docx(
      @PathVariable long id, @RequestParam(name = "public", defaultValue = "false") boolean pub) {
    return documents.agenda(id, pub, Format.DOCX).asAttachment();
  }

  private String form(Model model, MeetingView meeting) {
    model.addAttribute("meeting", meeting);
    model.addAttribute("committeeOptions", choices.organizations());
    model.addAttribute("locationOptions", choices.locations());
    return "council/meeting-form";
  }

  private String itemForm(Model model, AgendaItemView item) {
    model.addAttribute("item", item);
    model.addAttribute("meeting", meetings.get(item.meetingId()));
    List<Option> options = new java.util.ArrayList<>(paperOptions(item.meetingId()));
    if (item.paperId() != null) {
      options.add(0, new Option(String.valueOf(item.paperId()), item.paperReference()));
    }
    model.addAttribute("paperOptions", options);
    return "council/agenda-item-form";
  }

  private List<Option> paperOptions(long meetingId) {
    return agendas.papersAwaiting(meetingId).stream()
        .map(p -> new Option(String.valueOf(p.id()), p.reference() + " – " + p.subject()))
        .toList();
  }
}
