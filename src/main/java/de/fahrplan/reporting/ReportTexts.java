package de.fahrplan.reporting;

import de.fahrplan.reporting.StatusUpdateView.MilestoneLine;
import de.fahrplan.shared.web.Formats;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Sentences the pages and the progress report share (German, as the report goes to the council).
 */
@Component("reportTexts")
public class ReportTexts {

  /** "Go-live (geplant 01.07.2026): neuer Termin 01.10.2026 – Lieferverzug". */
  public String milestone(MilestoneLine m) {
    return milestone(m, null);
  }

  /** As {@link #milestone(MilestoneLine)}, marking open milestones due before {@code day}. */
  public String milestone(MilestoneLine m, LocalDate day) {
    String head = m.title() + " (geplant " + Formats.GERMAN_DATE.format(m.plannedDate()) + "): ";
    if (m.done()) {
      return head + "erreicht am " + Formats.GERMAN_DATE.format(m.actualDate());
    }
    if (m.newPlannedDate() != null) {
      return head
          + "neuer Termin "
          + Formats.GERMAN_DATE.format(m.newPlannedDate())
          + " – "
          + m.reason()
          + (day != null && m.overdue(day) ? " (überfällig)" : "");
    }
    return head + (day != null && m.overdue(day) ? "überfällig" : "offen");
  }
}
