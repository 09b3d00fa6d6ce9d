package de.fahrplan.organisation.web;

import de.fahrplan.organisation.Choices;
import de.fahrplan.organisation.MembershipInput;
import de.fahrplan.organisation.MembershipRole;
import de.fahrplan.organisation.MembershipView;
import de.fahrplan.organisation.OrganizationClassification;
import de.fahrplan.organisation.OrganizationInput;
import de.fahrplan.organisation.OrganizationView;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import de.fahrplan.shared.web.Paging;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
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

/** Pages of councils, committees and working groups, with their members. */
@Controller
@RequestMapping("/organizations")
class OrganizationController {

  /** Form: the input plus the version the user started from. */
  static class OrganizationForm extends OrganizationInput {
    public Long version;
  }

  /** Membership form. */
  static class MembershipForm extends MembershipInput {
    public Long version;
  }

  private final Organizations organizations;
  private final Persons persons;
  private final Choices choices;
  private final MessageSource messages;

  OrganizationController(
      Organizations organizations, Persons persons, Choices choices, MessageSource messages) {
    this.organizations = organizations;
    this.persons = persons;
    this.choices = choices;
    this.messages = messages;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("page", organizations.search(q, Paging.of(page, 100, Sort.by("name"))));
    model.addAttribute("q", q);
    return "org/organizations";
  }

  @AdminOnly
  @GetMapping("/new")
  String newForm(Model model, Locale locale) {
    model.addAttribute("form", new OrganizationForm());
    return form(model, null, locale);
  }

  @AdminOnly
  @PostMapping
  String create(
      @ModelAttribute("form") OrganizationForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return FormErrors.tryCreate(() -> organizations.create(form), result)
        .map(
            created -> {
              redirect.addFlashAttribute("flash", "form.saved");
              return "redirect:/organizations/" + created.id();
            })
        .orElseGet(() -> form(model, null, locale));
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model, Locale locale) {
    model.addAttribute("organization", organizations.get(id));
    model.addAttribute("members", organizations.members(id));
    boolean admin = de.fahrplan.shared.TenantContext.hasAnyRole(Role.ADMIN);
    model.addAttribute("history", admin ? organizations.history(id) : List.of());
    if (admin && !model.containsAttribute("memberForm")) {
      MembershipForm m = new MembershipForm();
      m.role = MembershipRole.MITGLIED;
      m.votingRight = true;
      model.addAttribute("memberForm", m);
    }
    addMemberChoices(model, locale);
    return "org/organization";
  }

  @AdminOnly
  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model, Locale locale) {
    OrganizationView o = organizations.get(id);
    OrganizationForm form = Inputs.fill(o, new OrganizationForm());
    model.addAttribute("form", form);
    return form(model, o, locale);
  }

  @AdminOnly
  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") OrganizationForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    OrganizationView current = organizations.get(id);
    if (FormErrors.trySave(
        () -> organizations.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/organizations/" + id;
    }
    return form(model, current, locale);
  }

  @AdminOnly
  @PostMapping("/{id}/delete")
  @ConfirmFirst(OrganisationQuestions.class)
  String delete(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    return Flash.after(
        "/organizations",
        "/organizations/" + id,
        redirect,
        () -> organizations.delete(id, version),
        "form.deleted");
  }

  @AdminOnly
  @PostMapping("/{id}/members")
  String addMember(
      @PathVariable long id,
      @ModelAttribute("memberForm") MembershipForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        organizations.addMember(id, form);
        redirect.addFlashAttribute("flash", "form.saved");
        return "redirect:/organizations/" + id + "#members-heading";
      } catch (InvalidInputException e) {
        FormErrors.bind(e, result);
      }
    }
    return show(id, model, locale);
  }

  @AdminOnly
  @GetMapping("/{id}/members/{membershipId}")
  String editMember(
      @PathVariable long id, @PathVariable long membershipId, Model model, Locale locale) {
    MembershipView m = organizations.membership(id, membershipId);
    MembershipForm form = Inputs.fill(m, new MembershipForm());
    model.addAttribute("memberForm", form);
    return memberForm(model, id, m, locale);
  }

  @AdminOnly
  @PostMapping("/{id}/members/{membershipId}")
  String updateMember(
      @PathVariable long id,
      @PathVariable long membershipId,
      @ModelAttribute("memberForm") MembershipForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    MembershipView current = organizations.membership(id, membershipId);
    if (!result.hasErrors()) {
      if (FormErrors.trySave(
          () -> organizations.updateMember(id, membershipId, form.version, form),
          result,
          model,
          current,
          v -> form.version = v)) {
        redirect.addFlashAttribute("flash", "form.saved");
        return "redirect:/organizations/" + id;
      }
    }
    return memberForm(model, id, current, locale);
  }

  @AdminOnly
  @PostMapping("/{id}/members/{membershipId}/delete")
  String removeMember(
      @PathVariable long id,
      @PathVariable long membershipId,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    return Flash.after(
        "/organizations/" + id,
        redirect,
        () -> organizations.removeMember(id, membershipId, version),
        "form.deleted");
  }

  private String memberForm(
      Model model, long organizationId, MembershipView membership, Locale locale) {
    model.addAttribute("organization", organizations.get(organizationId));
    model.addAttribute("membership", membership);
    addMemberChoices(model, locale);
    return "org/membership-form";
  }

  private void addMemberChoices(Model model, Locale locale) {
    model.addAttribute("personOptions", choices.persons());
    model.addAttribute(
        "roleOptions", Option.ofEnum(MembershipRole.values(), "membershipRole.", messages, locale));
  }

  private String form(Model model, OrganizationView organization, Locale locale) {
    model.addAttribute("organization", organization);
    model.addAttribute(
        "classificationOptions",
        Option.ofEnum(OrganizationClassification.values(), "classification.", messages, locale));
    return "org/organization-form";
  }
}
