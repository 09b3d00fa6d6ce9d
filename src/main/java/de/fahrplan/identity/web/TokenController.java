package de.fahrplan.identity.web;

import de.fahrplan.identity.ApiTokens;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's API tokens for the current municipality. */
@Controller
class TokenController {

  /** The create form. */
  static class TokenForm {
    public String name;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate expiresOn;
  }

  private final ApiTokens tokens;
  private final Clock clock;

  TokenController(ApiTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** A new form suggests 90 days from today (the request binds onto it; empty stays empty). */
  @ModelAttribute("form")
  TokenForm form() {
    TokenForm form = new TokenForm();
    form.expiresOn = LocalDate.now(clock).plusDays(90);
    return form;
  }

  @GetMapping("/account/tokens")
  String list(Model model) {
    model.addAttribute("tokens", tokens.mine());
    return "identity/tokens";
  }

  @PostMapping("/account/tokens")
  String create(@ModelAttribute("form") TokenForm form, BindingResult result, Model model) {
    if (!result.hasErrors()) {
      try {
        ApiTokens.Created created = tokens.create(form.name, form.expiresOn);
        model.addAttribute("secret", created.secret());
        model.addAttribute("form", form());
      } catch (InvalidInputException e) {
        FormErrors.bind(e, result);
      }
    }
    model.addAttribute("tokens", tokens.mine());
    return "identity/tokens";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@PathVariable long id, RedirectAttributes redirect) {
    tokens.revoke(id);
    redirect.addFlashAttribute("flash", "form.saved");
    return "redirect:/account/tokens";
  }
}
