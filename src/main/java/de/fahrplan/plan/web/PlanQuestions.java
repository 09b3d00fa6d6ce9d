package de.fahrplan.plan.web;

import de.fahrplan.plan.Measures;
import de.fahrplan.plan.MilestoneView;
import de.fahrplan.plan.Milestones;
import de.fahrplan.plan.ResourceView;
import de.fahrplan.plan.Resources;
import de.fahrplan.shared.web.Confirmable;
import de.fahrplan.shared.web.Confirmation;
import de.fahrplan.shared.web.Formats;
import org.springframework.stereotype.Component;

/** What deleting a milestone or a budget year's staff and money takes (asked first). */
@Component
class PlanQuestions implements Confirmable {

  private final Measures measures;
  private final Milestones milestones;
  private final Resources resources;
  private final Formats formats;

  PlanQuestions(Measures measures, Milestones milestones, Resources resources, Formats formats) {
    this.measures = measures;
    this.milestones = milestones;
    this.resources = resources;
    this.formats = formats;
  }

  @Override
  public Confirmation describe(Asked asked) {
    return switch (asked.pattern()) {
      case "/milestones/{id}/delete" -> {
        MilestoneView m = milestones.get(asked.id());
        String measure = measures.get(m.measureId()).label();
        yield Confirmation.of(
            "form.delete",
            "/measures/" + m.measureId() + "#milestones-heading",
            measure,
            "milestone.deleteQuestion",
            m.title(),
            formats.date(m.dueDate()),
            measure);
      }
      case "/resource-entries/{id}/delete" -> {
        ResourceView r = resources.get(asked.id());
        String measure = measures.get(r.measureId()).label();
        yield Confirmation.of(
            "form.delete",
            "/measures/" + r.measureId() + "#resources-heading",
            measure,
            "resource.deleteQuestion",
            String.valueOf(r.budgetYear()),
            measure,
            formats.euro(r.moneyTotal()),
            formats.decimal(r.fteTotal()));
      }
      default -> throw new IllegalArgumentException(asked.pattern());
    };
  }
}
