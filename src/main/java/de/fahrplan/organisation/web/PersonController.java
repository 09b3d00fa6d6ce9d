package de.fahrplan.organisation.web;

import de.fahrplan.organisation.Choices;
import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.PersonInput;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Paging;
import java.util.List;
import java.util.stream.Collectors;
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

/** Pages of the person list. */
@Controller
@RequestMapping("/persons")
class PersonController {

  static final int PAGE_SIZE = 50;

  /** Form: the input plus the version the user started from. */
  static class PersonForm extends PersonInput {
    public Long version;

    static PersonForm of(PersonView v) {
      return Inputs.fill(v, new PersonForm());
    }
  }

  private final Persons persons;
  private final OrgUnits units;

  PersonController(Persons persons, OrgUnits units) {
    this.persons = persons;
    this.units = units;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long orgUnitId,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    var result =
        persons.search(
            q, orgUnitId, Paging.of(page, PAGE_SIZE, Sort.by("familyName", "givenName", "id")));
    model.addAttribute("page", result);
    model.addAttribute("q", q);
    model.addAttribute("orgUnitId", orgUnitId);
    List<OrgUnitView> tree = units.tree();
    model.addAttribute(
        "unitLabels", tree.stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::label)));
    model.addAttribute("unitOptions", Choices.units(tree));
    StringBuilder base = new StringBuilder("/persons?");
    if (q != null) {
      base.append("q=")
          .append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
          .append('&');
    }
    if (orgUnitId != null) {
      base.append("orgUnitId=").append(orgUnitId);
    }
    model.addAttribute("base", base.toString());
    return "org/persons";
  }

  @AdminOnly
  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", new PersonForm());
    return form(model, null);
  }

  @AdminOnly
  @PostMapping
  String create(
      @ModelAttribute("form") PersonForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.tryCreate(() -> persons.create(form), result)
        .map(
            created -> {
              redirect.addFlashAttribute("flash", "form.saved");
              return "redirect:/persons/" + created.id();
            })
        .orElseGet(() -> form(model, null));
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    PersonView person = persons.get(id);
    model.addAttribute("person", person);
    model.addAttribute("unit", person.orgUnitId() == null ? null : units.get(person.orgUnitId()));
    boolean admin = de.fahrplan.shared.TenantContext.hasAnyRole(Role.ADMIN);
    model.addAttribute("history", admin ? persons.history(id) : List.of());
    return "org/person";
  }

  @AdminOnly
  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    PersonView person = persons.get(id);
    model.addAttribute("form", PersonForm.of(person));
    return form(model, person);
  }

  @AdminOnly
  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") PersonForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    PersonView current = persons.get(id);
    if (FormErrors.trySave(
        () -> persons.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/persons/" + id;
    }
    return form(model, current);
  }

  @AdminOnly
  @PostMapping("/{id}/delete")
  @ConfirmFirst(OrganisationQuestions.class)
  String delete(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    return Flash.after(
        "/persons", "/persons/" + id, redirect, () -> persons.delete(id, version), "form.deleted");
  }

  private String form(Model model, PersonView person) {
    model.addAttribute("person", person);
    model.addAttribute("unitOptions", Choices.units(units.tree()));
    return "org/person-form";
  }
}
