package de.fahrplan.plan.web;

import de.fahrplan.plan.ParticipantInput;
import de.fahrplan.plan.Participants;
import de.fahrplan.plan.PartnerInput;
import de.fahrplan.plan.Raci;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.Flash;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The small forms on the measure page for RACI participants and partners. On an error the page
 * shows it above the form and the form keeps what was entered.
 */
@Controller
@MemberOnly
class ParticipantController {

  /** What the participant form sent, shown again after an error (kept in the stored session). */
  record ParticipantTyped(String who, String raci, String task) implements java.io.Serializable {}

  /** What the partner form sent, shown again after an error (kept in the stored session). */
  record PartnerTyped(String partnerBodyId, String name, String costShare)
      implements java.io.Serializable {}

  private final Participants participants;

  ParticipantController(Participants participants) {
    this.participants = participants;
  }

  /** {@code who} is "orgUnit-5", "person-3" or "organization-2" (one select with groups). */
  @PostMapping("/measures/{id}/participants")
  String add(
      @PathVariable long id,
      @RequestParam(required = false) String who,
      @RequestParam(required = false) String raci,
      @RequestParam(required = false) String task,
      RedirectAttributes redirect) {
    try {
      ParticipantInput in = new ParticipantInput();
      String[] parts = who == null ? new String[0] : who.split("-", 2);
      Long ref = parts.length == 2 && parts[1].matches("\\d{1,18}") ? Long.valueOf(parts[1]) : null;
      switch (parts.length == 2 ? parts[0] : "") {
        case "orgUnit" -> in.orgUnitId = ref;
        case "person" -> in.personId = ref;
        case "organization" -> in.organizationId = ref;
        default -> {
          // nothing chosen: the entity names the missing choice
        }
      }
      in.raci = raci == null || raci.isBlank() ? null : enumOrNull(raci);
      in.task = task;
      participants.addParticipant(id, in);
      redirect.addFlashAttribute("flash", "form.saved");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("participantError", e.violations().get(0));
      redirect.addFlashAttribute("participantTyped", new ParticipantTyped(who, raci, task));
    }
    return "redirect:/measures/" + id + "#participants-heading";
  }

  @PostMapping("/participants/{id}/delete")
  String remove(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    long measure = participants.participant(id).measureId();
    remove(() -> participants.removeParticipant(id, version), "participantError", redirect);
    return "redirect:/measures/" + measure + "#participants-heading";
  }

  @PostMapping("/measures/{id}/partners")
  String addPartner(
      @PathVariable long id,
      @RequestParam(required = false) String partnerBodyId,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String costShare,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      PartnerInput in = new PartnerInput();
      in.partnerBodyId =
          partnerBodyId == null || !partnerBodyId.matches("\\d{1,18}")
              ? null
              : Long.valueOf(partnerBodyId);
      in.name = name;
      in.costShare = share(costShare, locale);
      participants.addPartner(id, in);
      redirect.addFlashAttribute("flash", "form.saved");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("partnerError", e.violations().get(0));
      redirect.addFlashAttribute("partnerTyped", new PartnerTyped(partnerBodyId, name, costShare));
    }
    return "redirect:/measures/" + id + "#partners-heading";
  }

  @PostMapping("/partners/{id}/delete")
  String removePartner(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    long measure = participants.partner(id).measureId();
    remove(() -> participants.removePartner(id, version), "partnerError", redirect);
    return "redirect:/measures/" + measure + "#partners-heading";
  }

  /** The problem shown at the list it concerns – also when someone changed the entry meanwhile. */
  private static void remove(Runnable removal, String error, RedirectAttributes redirect) {
    if (Flash.attempt(removal, problem -> redirect.addFlashAttribute(error, problem))) {
      redirect.addFlashAttribute("flash", "form.deleted");
    }
  }

  private static Raci enumOrNull(String raci) {
    try {
      return Raci.valueOf(raci);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static BigDecimal share(String text, Locale locale) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new de.fahrplan.shared.web.DecimalFormatter().parse(text.replace("%", ""), locale);
    } catch (ParseException e) {
      throw new InvalidInputException("costShare", "partner.share");
    }
  }
}
