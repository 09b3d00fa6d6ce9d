package de.fahrplan.reporting;

import de.fahrplan.reporting.StatusUpdateView.MilestoneLine;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Sentences the pages and the progress report share (German, as the report goes to the council).
 */
@Component("reportTexts")
public class ReportTexts {

  /** German dates in mails and reports: 15.10.2026. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  /** "Go-live (geplant 01.07.2026): neuer Termin 01.10.2026 – Lieferverzug". */
  public String milestone(MilestoneLine m) {
    return milestone(m, null);
  }

  /** As {@link #milestone(MilestoneLine)}, marking open milestones due before {@code day}. */
  public String milestone(MilestoneLine m, LocalDate day) {
    String head = m.title() + " (geplant " + DATE.format(m.plannedDate()) + "): ";
    if (m.done()) {
      return head + "erreicht am " + DATE.format(m.actualDate());
    }
    if (m.newPlannedDate() != null) {
      return head
          + "neuer Termin "
          + DATE.format(m.newPlannedDate())
          + " – "
          + m.reason()
          + (day != null && m.overdue(day) ? " (überfällig)" : "");
    }
    return head + (day != null && m.overdue(day) ? "überfällig" : "offen");
  }
}
