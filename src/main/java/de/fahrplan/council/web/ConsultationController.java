package de.fahrplan.council.web;

import de.fahrplan.council.ConsultationInput;
import de.fahrplan.council.ConsultationResult;
import de.fahrplan.council.ConsultationRole;
import de.fahrplan.council.ConsultationView;
import de.fahrplan.council.Consultations;
import de.fahrplan.council.ResultInput;
import de.fahrplan.organisation.Choices;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
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

/** The steps of a paper's Beratungsfolge: add, change, remove, record the result. */
@Controller
@CoordinationOnly
class ConsultationController {

  /** Form: the input plus the version the user started from. */
  static class ConsultationForm extends ConsultationInput {
    public Long version;
  }

  /** Result form. */
  static class ResultForm extends ResultInput {
    public Long version;
  }

  private final Consultations consultations;
  private final Choices choices;
  private final MessageSource messages;

  ConsultationController(Consultations consultations, Choices choices, MessageSource messages) {
    this.consultations = consultations;
    this.choices = choices;
    this.messages = messages;
  }

  @GetMapping("/consultations/{id}/edit")
  String edit(@PathVariable long id, Model model, Locale locale) {
    ConsultationView c = consultations.get(id);
    ConsultationForm form = Inputs.fill(c, new ConsultationForm());
    form.position = c.position();
    model.addAttribute("form", form);
    return form(model, c, locale);
  }

  @PostMapping("/consultations/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") ConsultationForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ConsultationView current = consultations.get(id);
    if (FormErrors.trySave(
        () -> consultations.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/papers/" + current.paperId() + "#beratungsfolge";
    }
    return form(model, current, locale);
  }

  @PostMapping("/consultations/{id}/delete")
  String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    ConsultationView c = consultations.get(id);
    return Flash.after(
        "/papers/" + c.paperId() + "#beratungsfolge",
        redirect,
        () -> consultations.delete(id, version),
        "consultation.removed");
  }

  @GetMapping("/consultations/{id}/result")
  String resultForm(@PathVariable long id, Model model, Locale locale) {
    ConsultationView c = consultations.get(id);
    ResultForm form = new ResultForm();
    form.version = c.version();
    model.addAttribute("form", form);
    return resultPage(model, c, locale);
  }

  @PostMapping("/consultations/{id}/result")
  String record(
      @PathVariable long id,
      @ModelAttribute("form") ResultForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ConsultationView current = consultations.get(id);
    if (FormErrors.trySave(
        () -> consultations.record(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "consultation.recorded");
      return "redirect:/papers/" + current.paperId() + "#beratungsfolge";
    }
    return resultPage(model, current, locale);
  }

  private String form(Model model, ConsultationView c, Locale locale) {
    model.addAttribute("consultation", c);
    model.addAttribute("committeeOptions", choices.organizations());
    model.addAttribute(
        "roleOptions",
        Option.ofEnum(ConsultationRole.values(), "consultationRole.", messages, locale));
    return "council/consultation-form";
  }

  private String resultPage(Model model, ConsultationView c, Locale locale) {
    model.addAttribute("consultation", c);
    model.addAttribute(
        "resultOptions",
        Option.ofEnum(ConsultationResult.values(), "consultationResult.", messages, locale));
    return "council/consultation-result";
  }
}
