package de.fahrplan.reporting.web;

import de.fahrplan.plan.SharedMeasures;
import de.fahrplan.reporting.SharedUpdates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "Gemeinsame Maßnahmen": measures other municipalities share with this one, read-only. */
@Controller
class SharedMeasuresController {

  private final SharedMeasures shared;
  private final SharedUpdates updates;

  SharedMeasuresController(SharedMeasures shared, SharedUpdates updates) {
    this.shared = shared;
    this.updates = updates;
  }

  @GetMapping("/shared-measures")
  String list(Model model) {
    model.addAttribute("measures", shared.withUs());
    return "reporting/shared-measures";
  }

  @GetMapping("/shared-measures/{id}")
  String measure(@PathVariable long id, Model model) {
    model.addAttribute("measure", shared.get(id));
    model.addAttribute("updates", updates.of(id));
    return "reporting/shared-measure";
  }
}
