package de.fahrplan.identity.web;

import de.fahrplan.identity.Passwords;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Passwort vergessen": request a link by e-mail, then set a new password with it. */
@Controller
class PasswordController {

  /** The reset form. */
  static class ResetForm {
    public String token;
    public String password;
    public String passwordRepeat;
  }

  private final Passwords passwords;

  PasswordController(Passwords passwords) {
    this.passwords = passwords;
  }

  @GetMapping("/password/forgot")
  String forgot() {
    return "identity/password-forgot";
  }

  @PostMapping("/password/forgot")
  String requestReset(@RequestParam(required = false) String email, Model model) {
    passwords.requestPasswordReset(email);
    model.addAttribute("sent", true);
    return "identity/password-forgot";
  }

  @GetMapping("/password/reset")
  String resetForm(@RequestParam(required = false) String token, Model model) {
    ResetForm form = new ResetForm();
    form.token = token;
    model.addAttribute("form", form);
    model.addAttribute("valid", passwords.resetTokenValid(token));
    return "identity/password-reset";
  }

  @PostMapping("/password/reset")
  String reset(
      @ModelAttribute("form") ResetForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("valid", true);
    if (form.password != null && !form.password.equals(form.passwordRepeat)) {
      result.rejectValue("passwordRepeat", "password.mismatch");
      return "identity/password-reset";
    }
    try {
      passwords.resetPassword(form.token, form.password);
    } catch (InvalidInputException e) {
      FormErrors.bind(e, result);
      form.password = null;
      form.passwordRepeat = null;
      return "identity/password-reset";
    }
    redirect.addFlashAttribute("flash", "password.done");
    return "redirect:/login?reset";
  }
}
