package de.fahrplan.council.web;

import de.fahrplan.council.CouncilSettings;
import de.fahrplan.council.CouncilSettingsInput;
import de.fahrplan.council.CouncilSettingsView;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.web.FormErrors;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The municipality's paper settings: number pattern, paper types, checkboxes. */
@Controller
@AdminOnly
class CouncilSettingsController {

  /** Form: the input plus the version the user started from. */
  static class SettingsForm extends CouncilSettingsInput {
    public Long version;
  }

  /** The placeholders the hint explains (braces cannot stand in a message pattern). */
  private static final Object[] PLACEHOLDERS = {"{yyyy}", "{yy}", "{nnnnn}", "{ou}", "{type}"};

  private final CouncilSettings settings;
  private final MessageSource messages;

  CouncilSettingsController(CouncilSettings settings, MessageSource messages) {
    this.settings = settings;
    this.messages = messages;
  }

  @ModelAttribute("patternHint")
  String patternHint(Locale locale) {
    return messages.getMessage("council.numberPatternHint", PLACEHOLDERS, locale);
  }

  @GetMapping("/papers/settings")
  String edit(Model model) {
    CouncilSettingsView s = settings.current();
    SettingsForm form = new SettingsForm();
    form.numberPattern = s.numberPattern();
    form.paperTypes = s.paperTypes();
    form.checkOptions = s.checkOptions();
    form.alwaysAsked = s.alwaysAskedCodes();
    form.version = s.version();
    model.addAttribute("form", form);
    return "council/settings";
  }

  @PostMapping("/papers/settings")
  String save(
      @ModelAttribute("form") SettingsForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (FormErrors.trySave(
        () -> settings.update(form.version, form),
        result,
        model,
        settings.current(),
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/papers";
    }
    return "council/settings";
  }
}
