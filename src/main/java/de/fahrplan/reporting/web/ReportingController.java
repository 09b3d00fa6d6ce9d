package de.fahrplan.reporting.web;

import de.fahrplan.organisation.Choices;
import de.fahrplan.reporting.Cadence;
import de.fahrplan.reporting.Reminders;
import de.fahrplan.reporting.ReportingSchedules;
import de.fahrplan.reporting.RoundInput;
import de.fahrplan.reporting.RoundPage;
import de.fahrplan.reporting.RoundView;
import de.fahrplan.reporting.Rounds;
import de.fahrplan.reporting.ScheduleInput;
import de.fahrplan.reporting.ScheduleView;
import de.fahrplan.reporting.SubmittedOnClose;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import de.fahrplan.shared.web.Pages;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
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

/** Pages of the reporting rounds: the rounds and schedule of a version, a round, its report. */
@Controller
@MemberOnly
class ReportingController {

  static class ScheduleForm extends ScheduleInput {
    public Long version;
  }

  /** Progress of a round in one org unit: done (submitted or accepted), open, overdue. */
  private final ReportingSchedules schedules;

  private final Rounds rounds;
  private final RoundPage roundPage;
  private final Reminders reminders;
  private final Strategies strategies;
  private final Choices choices;
  private final de.fahrplan.reporting.ProgressReports reports;
  private final MessageSource messages;
  private final Clock clock;

  ReportingController(
      ReportingSchedules schedules,
      Rounds rounds,
      RoundPage roundPage,
      Reminders reminders,
      Strategies strategies,
      Choices choices,
      de.fahrplan.reporting.ProgressReports reports,
      MessageSource messages,
      Clock clock) {
    this.schedules = schedules;
    this.rounds = rounds;
    this.roundPage = roundPage;
    this.reminders = reminders;
    this.strategies = strategies;
    this.choices = choices;
    this.reports = reports;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/strategy-versions/{id}/reporting")
  String rounds(@PathVariable long id, Model model, Locale locale) {
    VersionView v = strategies.version(id);
    model.addAttribute("roundForm", roundForm(v.strategyId()));
    model.addAttribute("scheduleForm", scheduleForm(v.strategyId()));
    return roundsPage(model, v, locale);
  }

  @PostMapping("/strategy-versions/{id}/reporting-rounds")
  String open(
      @PathVariable long id,
      @ModelAttribute("roundForm") RoundInput form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    form.strategyVersionId = id;
    RoundView[] opened = new RoundView[1];
    if (FormErrors.trySave(() -> opened[0] = rounds.open(form), result, model, null, v -> {})) {
      redirect.addFlashAttribute("flash", "reporting.opened");
      return "redirect:/reporting-rounds/" + opened[0].id();
    }
    VersionView v = strategies.version(id);
    model.addAttribute("scheduleForm", scheduleForm(v.strategyId()));
    return roundsPage(model, v, locale);
  }

  @PostMapping("/strategy-versions/{id}/reporting-schedule")
  String schedule(
      @PathVariable long id,
      @ModelAttribute("scheduleForm") ScheduleForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    VersionView v = strategies.version(id);
    ScheduleView current = schedules.schedule(v.strategyId());
    if (FormErrors.trySave(
        () -> schedules.setSchedule(v.strategyId(), form.version, form),
        result,
        model,
        current,
        x -> form.version = x)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/strategy-versions/" + id + "/reporting";
    }
    model.addAttribute("roundForm", roundForm(v.strategyId()));
    return roundsPage(model, v, locale);
  }

  @GetMapping("/reporting-rounds/{id}")
  String round(@PathVariable long id, Model model) {
    Pages.add(model, roundPage.of(id));
    if (coordinatingHere()) {
      model.addAttribute("personOptions", choices.persons());
    }
    return "reporting/round";
  }

  @PostMapping("/reporting-rounds/{id}/report-intro")
  String changeReportIntro(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String reportIntro,
      RedirectAttributes redirect) {
    return Flash.after(
        "/reporting-rounds/" + id,
        redirect,
        () -> rounds.changeReportIntro(id, version, reportIntro),
        "form.saved");
  }

  @PostMapping("/progress-reports/{id}/approval")
  String approve(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      @ModelAttribute de.fahrplan.reporting.ProgressReports.ApprovalInput input,
      @RequestParam(defaultValue = "false") boolean confirmed,
      RedirectAttributes redirect) {
    if (!confirmed) {
      // the approval cannot be taken back: the page asks for the tick first
      redirect.addFlashAttribute(
          "flashError",
          new InvalidInputException.Violation("confirmed", "reports.confirmApproval"));
      return "redirect:/reporting-rounds/" + reports.get(id).roundId();
    }
    return Flash.after(
        "/reporting-rounds/" + reports.get(id).roundId(),
        redirect,
        () -> reports.approve(id, version, input),
        "reports.approved");
  }

  @CoordinationOnly
  @PostMapping("/reporting-rounds/{id}/close")
  @ConfirmFirst(ReportingQuestions.class)
  String close(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) SubmittedOnClose submitted,
      RedirectAttributes redirect) {
    return Flash.after(
        "/reporting-rounds/" + id,
        redirect,
        () -> rounds.close(id, version, submitted),
        "reporting.closed");
  }

  @PostMapping("/reporting-rounds/{id}/reminders")
  String remind(@PathVariable long id, RedirectAttributes redirect) {
    try {
      redirect.addFlashAttribute("flash", "reporting.reminded");
      redirect.addFlashAttribute("flashArgs", new Object[] {reminders.remindOverdue(id)});
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.violations().get(0));
    }
    return "redirect:/reporting-rounds/" + id;
  }

  /** Proposes the last period that has ended. */
  private RoundInput roundForm(long strategyId) {
    RoundInput form = new RoundInput();
    form.period =
        schedules.schedule(strategyId).cadence().lastEndedBefore(LocalDate.now(clock)).label();
    return form;
  }

  private ScheduleForm scheduleForm(long strategyId) {
    ScheduleView s = schedules.schedule(strategyId);
    ScheduleForm form = Inputs.fill(s, new ScheduleForm());
    return form;
  }

  private String roundsPage(Model model, VersionView v, Locale locale) {
    model.addAttribute("strategyVersion", v);
    model.addAttribute("rounds", rounds.ofVersion(v.id()));
    model.addAttribute(
        "cadenceOptions", Option.ofEnum(Cadence.values(), "cadence.", messages, locale));
    model.addAttribute(
        "weightingOptions",
        Option.ofEnum(de.fahrplan.reporting.Weighting.values(), "weighting.", messages, locale));
    model.addAttribute(
        "policyOptions",
        Option.ofEnum(
            de.fahrplan.reporting.LightPolicy.values(), "lightPolicy.", messages, locale));
    return "reporting/rounds";
  }

  private static boolean coordinatingHere() {
    return de.fahrplan.shared.TenantContext.hasAnyRole(
        de.fahrplan.shared.security.Role.COORDINATION, de.fahrplan.shared.security.Role.ADMIN);
  }
}
