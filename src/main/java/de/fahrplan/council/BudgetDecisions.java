package de.fahrplan.council;

import static de.fahrplan.documents.GermanText.date;

import de.fahrplan.plan.BudgetStatus;
import de.fahrplan.plan.BudgetStatusInput;
import de.fahrplan.plan.ResourceView;
import de.fahrplan.plan.Resources;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The council's decision on a Beschlussvorlage generated from a decision needed sets the budget
 * status of its measure's money: "beschlossen" approves, "abgelehnt" rejects the budget years the
 * paper showed, where they were still planned or registered (a year decided otherwise before stays
 * as it is). Recorded in the measure's history with the paper's number.
 */
@Component
class BudgetDecisions {

  private final Resources resources;

  BudgetDecisions(Resources resources) {
    this.resources = resources;
  }

  /** Called in the transaction of the deciding step's result. */
  void resultRecorded(PaperView paper, ConsultationView step, ConsultationResult result) {
    BudgetStatus status =
        switch (result) {
          case ADOPTED, ADOPTED_AMENDED -> BudgetStatus.APPROVED;
          case REJECTED -> BudgetStatus.REJECTED;
          default -> null;
        };
    if (status == null
        || paper.origin() != PaperOrigin.STATUS_UPDATE
        || !step.deciding()
        || paper.figures().isEmpty()) {
      return;
    }
    Set<Integer> years = yearsShown(paper.figures().get(0));
    for (long measureId : paper.measureIds()) {
      for (ResourceView r : resources.of(measureId)) {
        boolean open =
            r.budgetStatus() == BudgetStatus.PLANNED || r.budgetStatus() == BudgetStatus.REGISTERED;
        if (open && years.contains(r.budgetYear())) {
          BudgetStatusInput in = new BudgetStatusInput();
          in.budgetStatus = status;
          in.comment =
              "Beschluss "
                  + step.organizationName()
                  + " vom "
                  + date(step.meetingDate())
                  + ", Vorlage "
                  + paper.reference();
          resources.changeBudgetStatus(r.id(), r.version(), in);
        }
      }
    }
  }

  /**
   * The budget years in the head of the paper's money table ("Haushaltsjahr", 2026, …, "Summe").
   */
  private static Set<Integer> yearsShown(PaperTable table) {
    Set<Integer> years = new HashSet<>();
    List<String> head = table.head();
    for (String cell : head) {
      if (cell.matches("\\d{4}")) {
        years.add(Integer.parseInt(cell));
      }
    }
    return years;
  }
}
