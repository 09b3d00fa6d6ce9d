package de.fahrplan.council.web;

import de.fahrplan.council.AnswerInput;
import de.fahrplan.council.PaperView;
import de.fahrplan.council.Papers;
import de.fahrplan.council.Releases;
import de.fahrplan.council.SignOffInput;
import de.fahrplan.council.StatementAnswer;
import de.fahrplan.council.StatementAnswers;
import de.fahrplan.council.StatementInput;
import de.fahrplan.council.StatementView;
import de.fahrplan.council.Statements;
import de.fahrplan.organisation.Choices;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Statements on a paper, its sign-off and its release to the committees. */
@Controller
class StatementController {

  /** Answer form. */
  static class AnswerForm extends AnswerInput {
    public Long version;
  }

  private final Statements statements;
  private final StatementAnswers answers;
  private final Releases releases;
  private final Papers papers;
  private final Choices choices;
  private final MessageSource messages;

  StatementController(
      Statements statements,
      StatementAnswers answers,
      Releases releases,
      Papers papers,
      Choices choices,
      MessageSource messages) {
    this.statements = statements;
    this.answers = answers;
    this.releases = releases;
    this.papers = papers;
    this.choices = choices;
    this.messages = messages;
  }

  @CoordinationOnly
  @PostMapping("/papers/{id}/statements")
  String request(
      @PathVariable long id, @ModelAttribute StatementInput form, RedirectAttributes redirect) {
    return Flash.after(
        "/papers/" + id + "#stellungnahmen",
        redirect,
        () -> statements.request(id, form),
        "statement.requested");
  }

  @CoordinationOnly
  @PostMapping("/papers/{id}/statements/proposed")
  String requestProposed(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueDate,
      RedirectAttributes redirect) {
    return Flash.after(
        "/papers/" + id + "#stellungnahmen",
        redirect,
        () -> statements.requestProposed(id, dueDate),
        "statement.proposedRequested");
  }

  @GetMapping("/statements/{id}/answer")
  String answerForm(@PathVariable long id, Model model, Locale locale) {
    StatementView s = statements.get(id);
    AnswerForm form = new AnswerForm();
    form.version = s.version();
    model.addAttribute("form", form);
    return answerPage(model, s, locale);
  }

  /** The answer, with the file that holds it when one is chosen (it becomes an Anlage). */
  @PostMapping("/statements/{id}/answer")
  String answer(
      @PathVariable long id,
      @ModelAttribute("form") AnswerForm form,
      BindingResult result,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    StatementView current = statements.get(id);
    if (FormErrors.trySave(
        () -> {
          if (file == null || file.isEmpty()) {
            answers.answer(id, form.version, form);
          } else {
            answers.answerWithFile(id, form.version, form, file.getOriginalFilename(), bytes(file));
          }
        },
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "statement.answeredNow");
      return "redirect:/papers/" + current.paperId() + "#stellungnahmen";
    }
    return answerPage(model, current, locale);
  }

  /** The asked unit's lead hands the request on to a person (or, without one, takes it back). */
  @PostMapping("/statements/{id}/delegate")
  String delegate(
      @PathVariable long id,
      @RequestParam(required = false) Long personId,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return Flash.after(
        "/statements/" + id + "/answer",
        redirect,
        () -> answers.delegate(id, version, personId),
        "statement.delegated");
  }

  @CoordinationOnly
  @PostMapping("/statements/{id}/delete")
  String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    long paperId = statements.get(id).paperId();
    return Flash.after(
        "/papers/" + paperId + "#stellungnahmen",
        redirect,
        () -> statements.delete(id, version),
        "statement.removed");
  }

  /** Adds a person at the end of the sign-off order. */
  @CoordinationOnly
  @PostMapping("/papers/{id}/sign-offs")
  String addSigner(
      @PathVariable long id,
      @RequestParam(required = false) Long personId,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return Flash.after(
        "/papers/" + id + "#abzeichnung",
        redirect,
        () -> {
          if (personId == null) {
            throw new InvalidInputException("personIds", "validation.required");
          }
          List<Long> ids = signers(id);
          ids.add(personId);
          releases.signOffBy(id, version, signOff(ids));
        },
        "paper.signOffSaved");
  }

  /** Takes a person out of the sign-off order (0-based position). */
  @CoordinationOnly
  @PostMapping("/papers/{id}/sign-offs/remove")
  String removeSigner(
      @PathVariable long id,
      @RequestParam(required = false) Integer position,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return Flash.after(
        "/papers/" + id + "#abzeichnung",
        redirect,
        () -> {
          List<Long> ids = signers(id);
          if (position != null && position >= 0 && position < ids.size()) {
            ids.remove(position.intValue());
          }
          releases.signOffBy(id, version, signOff(ids));
        },
        "paper.signOffSaved");
  }

  @PostMapping("/papers/{id}/sign")
  String sign(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    return Flash.after(
        "/papers/" + id + "#abzeichnung",
        redirect,
        () -> releases.sign(id, version),
        "paper.signed");
  }

  @CoordinationOnly
  @PostMapping("/papers/{id}/release")
  String release(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    return Flash.after(
        "/papers/" + id, redirect, () -> releases.release(id, version), "paper.released");
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<Long> signers(long paperId) {
    PaperView p = papers.get(paperId);
    return new ArrayList<>(p.signOffs().stream().map(PaperView.SignOff::personId).toList());
  }

  private static SignOffInput signOff(List<Long> ids) {
    SignOffInput in = new SignOffInput();
    in.personIds = ids;
    return in;
  }

  private String answerPage(Model model, StatementView s, Locale locale) {
    model.addAttribute("statement", s);
    model.addAttribute("paper", papers.get(s.paperId()));
    model.addAttribute("mayAnswer", answers.mayAnswer(s));
    boolean mayDelegate = answers.mayDelegate(s);
    model.addAttribute("mayDelegate", mayDelegate);
    model.addAttribute("personOptions", mayDelegate ? choices.persons() : List.of());
    StatementAnswer[] allowed =
        s.informedOnly()
            ? new StatementAnswer[] {StatementAnswer.ACKNOWLEDGED}
            : Arrays.stream(StatementAnswer.values())
                .filter(a -> a != StatementAnswer.ACKNOWLEDGED)
                .toArray(StatementAnswer[]::new);
    model.addAttribute(
        "answerOptions", Option.ofEnum(allowed, "statementAnswer.", messages, locale));
    return "council/statement-answer";
  }
}
