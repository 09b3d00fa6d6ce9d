package de.fahrplan.council.web;

import de.fahrplan.council.Mandates;
import de.fahrplan.council.Statements;
import de.fahrplan.council.Supplements;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the paper page shows beside the paper: its statements, mandates and Ergänzungen. */
@Component
class PaperRelations {

  private final Mandates mandates;
  private final Statements statements;
  private final Supplements supplements;

  PaperRelations(Mandates mandates, Statements statements, Supplements supplements) {
    this.mandates = mandates;
    this.statements = statements;
    this.supplements = supplements;
  }

  void addTo(Model model, long paperId) {
    model.addAttribute("mandates", mandates.ofPaper(paperId));
    model.addAttribute("statements", statements.ofPaper(paperId));
    model.addAttribute("supplements", supplements.of(paperId));
  }

  Supplements supplements() {
    return supplements;
  }
}
