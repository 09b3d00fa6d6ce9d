package de.fahrplan.reporting.web;

import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.reporting.Rounds;
import de.fahrplan.reporting.SpendingInput;
import de.fahrplan.reporting.SpendingYear;
import de.fahrplan.reporting.StatusUpdateInput;
import de.fahrplan.reporting.StatusUpdateView;
import de.fahrplan.reporting.StatusUpdates;
import de.fahrplan.reporting.TrafficLight;
import de.fahrplan.reporting.UpdateState;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.tasks.OpenTasks;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The status updates: my tasks, writing and submitting one, and its review by the coordination. */
@Controller
@MemberOnly
class StatusUpdateController {

  /** Status-update form; {@code action} is "save" or "submit". */
  static class UpdateForm extends StatusUpdateInput {
    public Long version;
    public String action;

    UpdateForm() {
      milestones = new java.util.ArrayList<>();
      spending = new java.util.ArrayList<>();
    }
  }

  /** Schedule form. */
  private final StatusUpdates statusUpdates;

  private final Rounds rounds;
  private final Strategies strategies;
  private final Persons persons;
  private final Measures measures;
  private final MessageSource messages;
  private final Clock clock;
  private final List<OpenTasks> otherTasks;

  StatusUpdateController(
      StatusUpdates statusUpdates,
      Rounds rounds,
      Strategies strategies,
      Persons persons,
      Measures measures,
      MessageSource messages,
      Clock clock,
      List<OpenTasks> otherTasks) {
    this.otherTasks = otherTasks;
    this.statusUpdates = statusUpdates;
    this.rounds = rounds;
    this.strategies = strategies;
    this.persons = persons;
    this.measures = measures;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/tasks")
  String tasks(Model model) {
    model.addAttribute("tasks", statusUpdates.myTasks());
    model.addAttribute(
        "otherTasks", otherTasks.stream().flatMap(t -> t.openTasks().stream()).toList());
    model.addAttribute("today", LocalDate.now(clock));
    return "reporting/tasks";
  }

  @GetMapping("/status-updates/{id}")
  String update(@PathVariable long id, Model model, Locale locale) {
    StatusUpdateView u = statusUpdates.get(id);
    List<SpendingYear> years = statusUpdates.spendingYears(id);
    if (!model.containsAttribute("form")) {
      UpdateForm form = u.into(new UpdateForm());
      // one spending line per year of the table, empty where nothing was reported yet
      Map<Integer, SpendingInput> reported = new java.util.HashMap<>();
      form.spending.forEach(x -> reported.put(x.budgetYear, x));
      form.spending = new java.util.ArrayList<>();
      for (SpendingYear y : years) {
        SpendingInput line = reported.getOrDefault(y.year(), new SpendingInput());
        line.budgetYear = y.year();
        form.spending.add(line);
      }
      model.addAttribute("form", form);
    }
    return updatePage(model, u, locale, years);
  }

  @PostMapping("/status-updates/{id}")
  String save(
      @PathVariable long id,
      @ModelAttribute("form") UpdateForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    StatusUpdateView current = statusUpdates.get(id);
    boolean submit = "submit".equals(form.action);
    if (FormErrors.trySave(
        () -> {
          StatusUpdateView saved = statusUpdates.save(id, form.version, form);
          if (submit) {
            statusUpdates.submit(id, saved.version());
          }
        },
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", submit ? "reporting.submitted" : "form.saved");
      return "redirect:/status-updates/" + id;
    }
    // a refused submit has saved the draft: the form goes on from the saved version
    StatusUpdateView now = statusUpdates.get(id);
    if (now.version() != current.version() && model.getAttribute("conflict") == null) {
      form.version = now.version();
    }
    return updatePage(model, now, locale);
  }

  @PostMapping("/status-updates/{id}/accept")
  String accept(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    return review(id, redirect, () -> statusUpdates.accept(id, version), "reporting.accepted");
  }

  @PostMapping("/status-updates/{id}/return")
  String returnUpdate(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String comment,
      RedirectAttributes redirect) {
    return review(
        id, redirect, () -> statusUpdates.returnUpdate(id, version, comment), "reporting.returned");
  }

  @PostMapping("/status-updates/{id}/reopen")
  String reopen(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String comment,
      RedirectAttributes redirect) {
    return review(
        id, redirect, () -> statusUpdates.reopen(id, version, comment), "reporting.reopened");
  }

  private String review(long id, RedirectAttributes redirect, Runnable action, String done) {
    return Flash.after("/status-updates/" + id, redirect, action, done);
  }

  private String updatePage(Model model, StatusUpdateView u, Locale locale) {
    return updatePage(model, u, locale, statusUpdates.spendingYears(u.id()));
  }

  private String updatePage(
      Model model, StatusUpdateView u, Locale locale, List<SpendingYear> years) {
    model.addAttribute("update", u);
    model.addAttribute("years", years);
    model.addAttribute("reassignedFrom", ownerName(u.reassignedFromPersonId()));
    model.addAttribute("mayWrite", statusUpdates.mayWrite(u.id()));
    // one's own update belongs to „Meine Aufgaben“, someone else's to the strategy's rounds
    boolean mine = statusUpdates.isMine(u.id());
    model.addAttribute("mine", mine);
    model.addAttribute("section", mine ? "tasks" : "strategies");
    model.addAttribute("round", rounds.get(u.roundId()));
    model.addAttribute("owner", ownerName(u.assigneePersonId()));
    model.addAttribute(
        "lightOptions", Option.ofEnum(TrafficLight.values(), "trafficLight.", messages, locale));
    model.addAttribute("history", statusUpdates.history(u.id()));
    model.addAttribute("submitted", u.state() == UpdateState.SUBMITTED);
    // an accepted "abgeschlossen" proposes to complete the measure of the plan in force (one click)
    MeasureView measure = measures.get(u.measureId());
    boolean proposeCompletion =
        u.state() == UpdateState.ACCEPTED
            && u.trafficLight() == TrafficLight.COMPLETED
            && measure.status() != MeasureStatus.COMPLETED
            && strategies.version(measure.strategyVersionId()).status() == VersionStatus.IN_FORCE;
    model.addAttribute("proposeCompletion", proposeCompletion);
    if (proposeCompletion) {
      model.addAttribute("measure", measure);
      model.addAttribute("completedOn", LocalDate.now(clock));
    }
    return "reporting/update";
  }

  private String ownerName(Long personId) {
    return personId == null
        ? null
        : persons.byIds(List.of(personId)).stream()
            .findFirst()
            .map(PersonView::displayName)
            .orElse(null);
  }
}
