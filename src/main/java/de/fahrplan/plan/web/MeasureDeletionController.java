package de.fahrplan.plan.web;

import de.fahrplan.plan.MeasureDeletions;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Confirmable;
import de.fahrplan.shared.web.Confirmation;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting a measure from its page: first the question with what the deletion takes with it („M-12
 * mit 3 Meilensteinen und 420.000 € löschen?“) or why it cannot be deleted, then the deletion.
 */
@Controller
class MeasureDeletionController implements Confirmable {

  private final MeasureDeletions deletions;
  private final Formats formats;

  MeasureDeletionController(MeasureDeletions deletions, Formats formats) {
    this.deletions = deletions;
    this.formats = formats;
  }

  @Override
  public Confirmation describe(Asked asked) {
    MeasureDeletions.Impact impact = deletions.impact(asked.id());
    MeasureView m = impact.measure();
    Confirmation question =
        Confirmation.of(
                "form.delete",
                "/measures/" + m.id(),
                m.label(),
                impact.money().signum() == 0
                    ? "measure.deleteQuestion"
                    : "measure.deleteQuestionMoney",
                m.code(),
                m.title(),
                impact.milestones(),
                formats.euro(impact.money()))
            .takingIf(impact.milestones(), "measure.deleteMilestones", impact.milestones())
            .takingIf(
                impact.budgetYears(),
                "measure.deleteResources",
                impact.budgetYears(),
                formats.euro(impact.money()),
                formats.decimal(impact.fte()))
            .takingIf(impact.participants(), "measure.deleteParticipants", impact.participants())
            .takingIf(impact.dependencies(), "measure.deleteDependencies", impact.dependencies());
    for (InvalidInputException.Violation reason : impact.reasonsToKeep()) {
      question = question.refusing(reason.code(), reason.args());
    }
    return question;
  }

  @PostMapping("/measures/{id}/delete")
  @CoordinationOnly
  @ConfirmFirst(MeasureDeletionController.class)
  String delete(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    MeasureView m = deletions.impact(id).measure();
    return Flash.after(
        "/strategy-versions/" + m.strategyVersionId() + "/plan",
        "/measures/" + id,
        redirect,
        () -> deletions.delete(id, version),
        "form.deleted");
  }
}
