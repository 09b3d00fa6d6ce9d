package de.fahrplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a status update records of its milestones and spending reads back as it was. */
class RecordedLinesTest {

  @Test
  void milestonesReadBackAlsoWhenATitleOrReasonHoldsTheSeparator() {
    String recorded =
        RecordedLines.joined(
            List.of(
                RecordedLines.milestone(
                    "Ausschreibung", true, LocalDate.of(2026, 3, 28), null, null),
                RecordedLines.milestone(
                    "Go-live; Teil 1", false, null, LocalDate.of(2026, 10, 1), "Verzug; Ersatz"),
                RecordedLines.milestone("Abnahme erreicht", false, null, null, null)));
    assertThat(RecordedLines.milestones(recorded))
        .contains(
            List.of(
                new RecordedLines.Milestone(
                    "Ausschreibung",
                    RecordedLines.Outcome.REACHED,
                    LocalDate.of(2026, 3, 28),
                    null),
                new RecordedLines.Milestone(
                    "Go-live; Teil 1",
                    RecordedLines.Outcome.MOVED,
                    LocalDate.of(2026, 10, 1),
                    "Verzug; Ersatz"),
                new RecordedLines.Milestone(
                    "Abnahme erreicht", RecordedLines.Outcome.OPEN, null, null)));
    assertThat(RecordedLines.milestones("Abnahme am Montag")).isEmpty();
  }

  @Test
  void spendingReadsBackWithEveryDecimalAndTheUnplannedMark() {
    String recorded =
        RecordedLines.joined(
            List.of(
                RecordedLines.spending(
                    2025, new BigDecimal("80000.00"), new BigDecimal("0.50"), true),
                RecordedLines.spending(2026, new BigDecimal("1E+3"), BigDecimal.ZERO, false)));
    assertThat(recorded)
        .isEqualTo("2025: 80000.00 EUR, 0.50 VZÄ; 2026: 1000 EUR, 0 VZÄ (ohne Planung)");
    assertThat(RecordedLines.spending(recorded))
        .contains(
            List.of(
                new RecordedLines.Spending(
                    2025, new BigDecimal("80000.00"), new BigDecimal("0.50"), true),
                new RecordedLines.Spending(2026, new BigDecimal("1000"), BigDecimal.ZERO, false)));
    assertThat(RecordedLines.spending("2025: viel")).isEmpty();
    // staff or money not given
    assertThat(RecordedLines.spending(RecordedLines.spending(2027, BigDecimal.TEN, null, true)))
        .contains(List.of(new RecordedLines.Spending(2027, BigDecimal.TEN, null, true)));
    assertThat(RecordedLines.joined(List.of())).isNull();
  }
}
