package de.fahrplan.organisation.web;

import de.fahrplan.organisation.LocationInput;
import de.fahrplan.organisation.LocationView;
import de.fahrplan.organisation.Locations;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
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

/** The places where committees meet: a list, and a form for Koordination. */
@Controller
@RequestMapping("/locations")
class LocationController {

  /** Form: the input plus the version the user started from. */
  static class LocationForm extends LocationInput {
    public Long version;
  }

  private final Locations locations;

  LocationController(Locations locations) {
    this.locations = locations;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("locations", locations.all());
    return "org/locations";
  }

  @CoordinationOnly
  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", new LocationForm());
    return form(model, null);
  }

  @CoordinationOnly
  @PostMapping
  String create(
      @ModelAttribute("form") LocationForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.tryCreate(() -> locations.create(form), result)
        .map(
            created -> {
              redirect.addFlashAttribute("flash", "form.saved");
              return "redirect:/locations";
            })
        .orElseGet(() -> form(model, null));
  }

  @CoordinationOnly
  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    LocationView l = locations.get(id);
    model.addAttribute("form", Inputs.fill(l, new LocationForm()));
    model.addAttribute("history", locations.history(id));
    return form(model, l);
  }

  @CoordinationOnly
  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") LocationForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    LocationView current = locations.get(id);
    if (FormErrors.trySave(
        () -> locations.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/locations";
    }
    model.addAttribute("history", locations.history(id));
    return form(model, current);
  }

  @CoordinationOnly
  @PostMapping("/{id}/delete")
  @ConfirmFirst(OrganisationQuestions.class)
  String delete(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    return Flash.after(
        "/locations",
        "/locations/" + id + "/edit",
        redirect,
        () -> locations.delete(id, version),
        "form.deleted");
  }

  private static String form(Model model, LocationView location) {
    model.addAttribute("location", location);
    return "org/location-form";
  }
}
