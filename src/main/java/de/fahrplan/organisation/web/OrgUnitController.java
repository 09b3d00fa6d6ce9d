package de.fahrplan.organisation.web;

import de.fahrplan.organisation.Choices;
import de.fahrplan.organisation.OrgUnitInput;
import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import java.util.List;
import org.springframework.data.domain.PageRequest;
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

/** Pages of the org-unit tree. */
@Controller
@RequestMapping("/org-units")
class OrgUnitController {

  /** Form: the input plus the version the user started from. */
  static class OrgUnitForm extends OrgUnitInput {
    public Long version;

    static OrgUnitForm of(OrgUnitView v) {
      OrgUnitForm f = Inputs.fill(v, new OrgUnitForm());
      return f;
    }
  }

  private final OrgUnits units;
  private final Persons persons;
  private final Choices choices;

  OrgUnitController(OrgUnits units, Persons persons, Choices choices) {
    this.units = units;
    this.persons = persons;
    this.choices = choices;
  }

  @GetMapping
  String tree(Model model) {
    model.addAttribute("units", units.tree());
    return "org/org-units";
  }

  @AdminOnly
  @GetMapping("/new")
  String newForm(@RequestParam(required = false) Long parentId, Model model) {
    OrgUnitForm form = new OrgUnitForm();
    form.parentId = parentId;
    model.addAttribute("form", form);
    return form(model, null);
  }

  @AdminOnly
  @PostMapping
  String create(
      @ModelAttribute("form") OrgUnitForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.tryCreate(() -> units.create(form), result)
        .map(
            created -> {
              redirect.addFlashAttribute("flash", "form.saved");
              return "redirect:/org-units/" + created.id();
            })
        .orElseGet(() -> form(model, null));
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    OrgUnitView unit = units.get(id);
    model.addAttribute("unit", unit);
    model.addAttribute("parent", unit.parentId() == null ? null : units.get(unit.parentId()));
    model.addAttribute(
        "lead", unit.leadPersonId() == null ? null : persons.get(unit.leadPersonId()));
    model.addAttribute(
        "children",
        units.tree().stream()
            .filter(u -> id == (u.parentId() == null ? -1 : u.parentId()))
            .toList());
    model.addAttribute(
        "persons",
        persons
            .search(null, id, PageRequest.of(0, 200, Sort.by("familyName", "givenName")))
            .getContent());
    boolean admin = de.fahrplan.shared.TenantContext.hasAnyRole(Role.ADMIN);
    model.addAttribute("history", admin ? units.history(id) : List.of());
    return "org/org-unit";
  }

  @AdminOnly
  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    OrgUnitView unit = units.get(id);
    model.addAttribute("form", OrgUnitForm.of(unit));
    return form(model, unit);
  }

  @AdminOnly
  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") OrgUnitForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    OrgUnitView current = units.get(id);
    if (FormErrors.trySave(
        () -> units.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/org-units/" + id;
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
        "/org-units",
        "/org-units/" + id,
        redirect,
        () -> units.delete(id, version),
        "form.deleted");
  }

  private String form(Model model, OrgUnitView unit) {
    model.addAttribute("unit", unit);
    model.addAttribute(
        "parents",
        units.tree().stream()
            .filter(u -> unit == null || !u.id().equals(unit.id()))
            .map(u -> new Option(String.valueOf(u.id()), u.indentedLabel()))
            .toList());
    model.addAttribute("leadOptions", choices.persons());
    return "org/org-unit-form";
  }
}
