package de.fahrplan.council.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A reporting mandate's next deadline: one cadence on, month ends stay month ends. */
class MandateDeadlineTest {

  @ParameterizedTest
  @CsvSource({
    "2025-12-31, 3, 2026-03-31",
    "2026-03-31, 3, 2026-06-30",
    "2026-06-30, 3, 2026-09-30",
    "2026-09-30, 3, 2026-12-31",
    "2024-02-29, 12, 2025-02-28",
    "2026-01-15, 6, 2026-07-15",
    "2026-01-31, 1, 2026-02-28"
  })
  void theNextReportIsDueOneCadenceLater(String due, int months, String next) {
    assertThat(Mandate.nextDue(LocalDate.parse(due), months)).isEqualTo(LocalDate.parse(next));
  }
}
