package de.fahrplan.reporting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a strategy reports: its periods and their German labels ("Q3/2026"). */
public enum Cadence {
  MONTHLY(1),
  QUARTERLY(3),
  HALF_YEARLY(6),
  YEARLY(12);

  private static final Pattern LABEL =
      Pattern.compile("(?:(Q)([1-4])/|(H)([12])/|(\\d{2})/)?(\\d{4})");

  private final int months;

  Cadence(int months) {
    this.months = months;
  }

  /** The period that contains {@code day}. */
  public ReportingPeriod periodOf(LocalDate day) {
    int index = (day.getMonthValue() - 1) / months;
    LocalDate start = LocalDate.of(day.getYear(), index * months + 1, 1);
    return new ReportingPeriod(this, start, start.plusMonths(months).minusDays(1));
  }

  /** The last period that has ended before {@code day} – the one reported on next. */
  public ReportingPeriod lastEndedBefore(LocalDate day) {
    return periodOf(periodOf(day).start().minusDays(1));
  }

  String label(LocalDate start) {
    int year = start.getYear();
    return switch (this) {
      case MONTHLY -> String.format("%02d/%d", start.getMonthValue(), year);
      case QUARTERLY -> "Q" + ((start.getMonthValue() + 2) / 3) + "/" + year;
      case HALF_YEARLY -> "H" + (start.getMonthValue() <= 6 ? 1 : 2) + "/" + year;
      case YEARLY -> String.valueOf(year);
    };
  }

  /**
   * Reads a label of this cadence ("Q3/2026", "H1/2026", "07/2026", "2026"); null if it is none.
   */
  public ReportingPeriod parse(String label) {
    if (label == null) {
      return null;
    }
    Matcher m = LABEL.matcher(label.strip());
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(6));
    int month =
        switch (this) {
          case QUARTERLY -> m.group(1) == null ? -1 : (Integer.parseInt(m.group(2)) - 1) * 3 + 1;
          case HALF_YEARLY -> m.group(3) == null ? -1 : (Integer.parseInt(m.group(4)) - 1) * 6 + 1;
          case MONTHLY -> m.group(5) == null ? -1 : Integer.parseInt(m.group(5));
          case YEARLY -> m.group(1) == null && m.group(3) == null && m.group(5) == null ? 1 : -1;
        };
    if (month < 1 || month > 12 || year < 2000 || year > 2100) {
      return null;
    }
    return periodOf(LocalDate.of(year, month, 1));
  }
}
