package de.fahrplan.shared.decisions;

import java.time.LocalDate;
import java.util.List;

/**
 * What the council decided about a measure or a strategy version and the mandates it gave. The
 * measure page, the version page and the Lagebild list them ("Beschlüsse und Aufträge") without
 * knowing the module that keeps them; without one, they list nothing.
 */
public interface Decisions {

  /**
   * A paper or a mandate: its text, its page, its state as a message key ({@code paperState.…} or
   * {@code mandateState.…}), and for a mandate when it is due.
   */
  record Line(String text, String href, String stateCode, LocalDate due) {

    public boolean overdue() {
      return stateCode.endsWith(".OVERDUE");
    }
  }

  /** The papers that concern the measure and the mandates to implement it. */
  List<Line> aboutMeasure(long measureId);

  /** The papers about the version (e.g. its adoption) and the mandates they gave. */
  List<Line> aboutVersion(long versionId);

  /** Every mandate not fulfilled after its due date, the longest overdue first. */
  List<Line> overdueMandates();
}
