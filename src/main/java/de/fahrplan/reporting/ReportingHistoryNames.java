package de.fahrplan.reporting;

import de.fahrplan.reporting.internal.RecordedLines;
import de.fahrplan.shared.audit.HistoryNames;
import de.fahrplan.shared.web.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A status update's milestones and spending in the change history, with the reader's dates, amounts
 * and words („Go-live: erreicht am 01.07.2026“, „2026: 1.200,50 €, 0,5 VZÄ“) instead of the form
 * they are recorded in.
 */
@Component
class ReportingHistoryNames implements HistoryNames {

  private final MessageSource messages;
  private final Formats formats;

  ReportingHistoryNames(MessageSource messages, Formats formats) {
    this.messages = messages;
    this.formats = formats;
  }

  @Override
  public Optional<String> value(String type, String field, String recorded) {
    if (!StatusUpdates.UPDATE.equals(type)) {
      return Optional.empty();
    }
    return switch (field) {
      case "milestones" ->
          RecordedLines.milestones(recorded)
              .map(lines -> lines.stream().map(this::milestone).collect(Collectors.joining("; ")));
      case "spending" ->
          RecordedLines.spending(recorded)
              .map(lines -> lines.stream().map(this::spending).collect(Collectors.joining("; ")));
      default -> Optional.empty();
    };
  }

  private String milestone(RecordedLines.Milestone m) {
    String date = formats.date(m.date());
    return switch (m.outcome()) {
      case REACHED -> message("timeline.milestoneDone", m.title(), date);
      case MOVED -> message("history.milestoneMoved", m.title(), date, m.reason());
      case OPEN -> message("history.milestoneOpen", m.title());
    };
  }

  private String spending(RecordedLines.Spending s) {
    List<String> amounts = new ArrayList<>();
    if (s.spent() != null) {
      amounts.add(formats.euro(s.spent()));
    }
    if (s.fteUsed() != null) {
      amounts.add(message("timeline.fte", formats.decimal(s.fteUsed())));
    }
    String line = s.budgetYear() + ": " + (amounts.isEmpty() ? "–" : String.join(", ", amounts));
    return s.planned() ? line : line + " (" + message("reporting.noPlan") + ")";
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
