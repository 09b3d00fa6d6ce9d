package de.fahrplan.reporting;

import de.fahrplan.plan.ExecutionChange;
import de.fahrplan.reporting.StatusUpdateView.MilestoneLine;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.web.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sentences the pages and the progress report share: the report's in German (it goes to the
 * council), the pages' in the reader's language.
 */
@Component("reportTexts")
public class ReportTexts {

  private final MessageSource messages;
  private final Formats formats;

  ReportTexts(MessageSource messages, Formats formats) {
    this.messages = messages;
    this.formats = formats;
  }

  /** A milestone's line on a page, in the reader's language and dates. */
  public String milestone(MilestoneLine m) {
    return milestone(m, null, LocaleContextHolder.getLocale(), formats::date);
  }

  /**
   * "Go-live (geplant 01.07.2026): neuer Termin 01.10.2026 – Lieferverzug" – the report's line
   * (German), marking open milestones due before {@code day}.
   */
  public String milestone(MilestoneLine m, LocalDate day) {
    return milestone(m, day, Locale.GERMAN, Formats.GERMAN_DATE::format);
  }

  private String milestone(
      MilestoneLine m, LocalDate day, Locale locale, Function<LocalDate, String> date) {
    String head =
        messages.getMessage(
            "reporting.milestoneLine.planned",
            new Object[] {m.title(), date.apply(m.plannedDate())},
            locale);
    boolean overdue = day != null && m.overdue(day);
    if (m.done()) {
      return messages.getMessage(
          "reporting.milestoneLine.reached",
          new Object[] {head, date.apply(m.actualDate())},
          locale);
    }
    if (m.newPlannedDate() != null) {
      return messages.getMessage(
          overdue ? "reporting.milestoneLine.movedOverdue" : "reporting.milestoneLine.moved",
          new Object[] {head, date.apply(m.newPlannedDate()), m.reason()},
          locale);
    }
    return messages.getMessage(
        overdue ? "reporting.milestoneLine.overdue" : "reporting.milestoneLine.open",
        new Object[] {head},
        locale);
  }

  /**
   * "M-1 – DMS: Status in Umsetzung → abgeschlossen, tatsächliches Ende 31.01.2026 (Abnahme)" or
   * "M-1 – DMS: Haushaltsjahr 2025 angemeldet → bewilligt (Haushalt beschlossen)".
   */
  public String executionChange(ExecutionChange change, MessageSource messages) {
    List<String> parts = new ArrayList<>();
    Map<String, AuditLog.Change> byField = new HashMap<>();
    change.changes().forEach(c -> byField.put(c.field(), c));
    if (change.action().equals("BUDGET_DECIDED")) {
      AuditLog.Change status = byField.get("budgetStatus");
      AuditLog.Change year = byField.get("decidedYear");
      parts.add(
          "Haushaltsjahr "
              + (year == null ? "" : year.newValue() + " ")
              + (status == null
                  ? ""
                  : label(messages, "budgetStatus.", status.oldValue())
                      + " → "
                      + label(messages, "budgetStatus.", status.newValue())));
      AuditLog.Change amount = byField.get("approvedAmount");
      if (amount != null && amount.newValue() != null) {
        parts.add(
            "bewilligt "
                + de.fahrplan.documents.GermanText.euro(new java.math.BigDecimal(amount.newValue()))
                + " statt der geplanten Mittel");
      }
    } else {
      AuditLog.Change status = byField.get("status");
      if (status != null) {
        parts.add(
            "Status "
                + label(messages, "measureStatus.", status.oldValue())
                + " → "
                + label(messages, "measureStatus.", status.newValue()));
      }
      AuditLog.Change reason = byField.get("statusReason");
      if (reason != null && reason.newValue() != null) {
        parts.add("Begründung: " + reason.newValue());
      }
      date(byField.get("actualStart"), "tatsächlicher Beginn ", parts);
      date(byField.get("actualEnd"), "tatsächliches Ende ", parts);
    }
    String comment = change.comment();
    return change.measureLabel()
        + ": "
        + String.join(", ", parts)
        + (comment == null ? "" : " (" + comment + ")");
  }

  private static void date(AuditLog.Change c, String prefix, List<String> parts) {
    if (c != null) {
      parts.add(
          prefix
              + (c.newValue() == null
                  ? "entfernt"
                  : Formats.GERMAN_DATE.format(LocalDate.parse(c.newValue()))));
    }
  }

  private static String label(MessageSource messages, String prefix, String value) {
    return value == null ? "–" : messages.getMessage(prefix + value, null, value, Locale.GERMAN);
  }
}
