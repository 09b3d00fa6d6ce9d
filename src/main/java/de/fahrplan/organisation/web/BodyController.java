package de.fahrplan.organisation.web;

import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.BodyInput;
import de.fahrplan.organisation.BodyType;
import de.fahrplan.organisation.BodyView;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Municipalities: operators create and edit them; an admin edits their own. */
@Controller
@RequestMapping("/bodies")
class BodyController {

  /** Form: the input plus the version the user started from. */
  static class BodyForm extends BodyInput {
    public Long version;
    public MultipartFile logo;
    public String adminEmail;
    public String adminName;
  }

  private final Bodies bodies;
  private final MessageSource messages;

  BodyController(Bodies bodies, MessageSource messages) {
    this.bodies = bodies;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("bodies", bodies.all());
    return "admin/bodies";
  }

  @GetMapping("/new")
  String newForm(Model model, Locale locale) {
    bodies.all(); // operators only
    model.addAttribute("form", new BodyForm());
    return form(model, null, locale);
  }

  @PostMapping
  String create(
      @ModelAttribute("form") BodyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    Bodies.Logo logo = logo(form);
    return FormErrors.tryCreate(
            () -> bodies.createWithAdministrator(form, form.adminEmail, form.adminName, logo),
            result)
        .map(
            created -> {
              redirect.addFlashAttribute("flash", "body.created");
              return "redirect:/bodies/" + created.id() + "/edit";
            })
        .orElseGet(() -> form(model, null, locale));
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model, Locale locale) {
    BodyView body = bodies.getForEdit(id);
    BodyForm form = Inputs.fill(body, new BodyForm());
    model.addAttribute("form", form);
    return form(model, body, locale);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") BodyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    BodyView current = bodies.getForEdit(id);
    Bodies.Logo logo = logo(form);
    if (FormErrors.trySave(
        () -> bodies.update(id, form.version, form, logo),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/bodies/" + id + "/edit";
    }
    return form(model, current, locale);
  }

  @PostMapping("/{id}/administrators")
  String inviteAdministrator(
      @PathVariable long id,
      @ModelAttribute("form") BodyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    BodyView current = bodies.getForEdit(id);
    try {
      bodies.inviteAdministrator(id, form.adminEmail, form.adminName);
      redirect.addFlashAttribute("flash", "body.adminInvited");
      return "redirect:/bodies/" + id + "/edit";
    } catch (InvalidInputException e) {
      BodyForm reloaded = Inputs.fill(current, new BodyForm());
      reloaded.adminEmail = form.adminEmail;
      reloaded.adminName = form.adminName;
      model.addAttribute("form", reloaded);
      BindingResult errors =
          new org.springframework.validation.DirectFieldBindingResult(reloaded, "form");
      FormErrors.bind(e, errors);
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
      return form(model, current, locale);
    }
  }

  @GetMapping("/{id}/logo")
  ResponseEntity<byte[]> logo(@PathVariable long id) {
    return bodies
        .logo(id)
        .map(
            l ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(l.contentType()))
                    .cacheControl(CacheControl.noCache())
                    .body(l.bytes()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  /** The uploaded logo, or null when none was chosen. */
  private static Bodies.Logo logo(BodyForm form) throws IOException {
    return form.logo == null || form.logo.isEmpty()
        ? null
        : new Bodies.Logo(form.logo.getContentType(), form.logo.getBytes());
  }

  private String form(Model model, BodyView body, Locale locale) {
    model.addAttribute("body", body);
    model.addAttribute("history", body == null ? java.util.List.of() : bodies.history(body.id()));
    model.addAttribute(
        "typeOptions", Option.ofEnum(BodyType.values(), "bodyType.", messages, locale));
    return "admin/body-form";
  }
}
