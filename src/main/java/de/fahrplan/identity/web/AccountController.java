package de.fahrplan.identity.web;

import de.fahrplan.identity.AccountInput;
import de.fahrplan.identity.AccountPersons;
import de.fahrplan.identity.AccountView;
import de.fahrplan.identity.Accounts;
import de.fahrplan.organisation.Choices;
import de.fahrplan.shared.ConcurrentEditException;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import java.util.EnumSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts and roles of the current municipality (Administration only). */
@Controller
@RequestMapping("/accounts")
@AdminOnly
class AccountController {

  /** Grant and change-roles form. */
  static class AccountForm extends AccountInput {
    public Long version;
  }

  private final Accounts accounts;
  private final AccountPersons accountPersons;
  private final Choices choices;

  AccountController(Accounts accounts, AccountPersons accountPersons, Choices choices) {
    this.accounts = accounts;
    this.accountPersons = accountPersons;
    this.choices = choices;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("accounts", accounts.inCurrentTenant());
    model.addAttribute("persons", accountPersons.all());
    return "identity/accounts";
  }

  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", new AccountForm());
    return form(model, null);
  }

  @PostMapping
  String grant(
      @ModelAttribute("form") AccountForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    try {
      accounts.grant(form);
    } catch (InvalidInputException e) {
      FormErrors.bind(e, result);
      return form(model, null);
    }
    redirect.addFlashAttribute("flash", "account.granted");
    return "redirect:/accounts";
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    AccountView account = accounts.get(id);
    AccountForm form = Inputs.fill(account, new AccountForm(), "roles");
    form.roles =
        account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
    model.addAttribute("form", form);
    return form(model, account);
  }

  @PostMapping("/{id}")
  String changeRoles(
      @PathVariable long id,
      @ModelAttribute("form") AccountForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    AccountView account = accounts.get(id);
    try {
      accounts.changeRoles(
          id, form.version, form.roles == null ? EnumSet.noneOf(Role.class) : form.roles);
    } catch (InvalidInputException e) {
      FormErrors.bind(e, result);
      return form(model, account);
    } catch (ConcurrentEditException e) {
      model.addAttribute("conflict", account);
      form.version = e.currentVersion();
      return form(model, account);
    }
    redirect.addFlashAttribute("flash", "form.saved");
    return "redirect:/accounts";
  }

  /** Which person of the municipality the account is; an empty choice links none. */
  @PostMapping("/{id}/person")
  String linkPerson(
      @PathVariable long id,
      @RequestParam(required = false) Long personId,
      RedirectAttributes redirect) {
    return Flash.after(
        "/accounts/" + id,
        redirect,
        () -> accountPersons.link(id, personId),
        "account.personLinked");
  }

  @PostMapping("/{id}/invitation")
  String resendInvitation(@PathVariable long id, RedirectAttributes redirect) {
    return Flash.after(
        "/accounts/" + id, redirect, () -> accounts.resendInvitation(id), "account.invitationSent");
  }

  @PostMapping("/{id}/revoke")
  String revoke(@PathVariable long id, @RequestParam Long version, RedirectAttributes redirect) {
    return Flash.after(
        "/accounts", "/accounts/" + id, redirect, () -> accounts.revoke(id, version), "form.saved");
  }

  private String form(Model model, AccountView account) {
    model.addAttribute("account", account);
    model.addAttribute("allRoles", Role.values());
    if (account != null) {
      model.addAttribute("person", accountPersons.of(account.id()).orElse(null));
      model.addAttribute("personOptions", choices.persons());
    }
    model.addAttribute(
        "history", account == null ? java.util.List.of() : accounts.history(account.id()));
    return "identity/account-form";
  }
}
