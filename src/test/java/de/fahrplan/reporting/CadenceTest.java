package de.fahrplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reporting periods and their German labels. */
class CadenceTest {

  @Test
  void periodsContainTheDayAndAreLabelledTheGermanWay() {
    LocalDate day = LocalDate.of(2026, 8, 14);
    assertThat(Cadence.QUARTERLY.periodOf(day))
        .isEqualTo(
            new ReportingPeriod(
                Cadence.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    assertThat(Cadence.QUARTERLY.periodOf(day).label()).isEqualTo("Q3/2026");
    assertThat(Cadence.MONTHLY.periodOf(day).label()).isEqualTo("08/2026");
    assertThat(Cadence.HALF_YEARLY.periodOf(day).label()).isEqualTo("H2/2026");
    assertThat(Cadence.YEARLY.periodOf(day).label()).isEqualTo("2026");
    assertThat(Cadence.MONTHLY.periodOf(LocalDate.of(2028, 2, 3)).end())
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void theNextPeriodToReportIsTheLastOneThatHasEnded() {
    assertThat(Cadence.QUARTERLY.lastEndedBefore(LocalDate.of(2026, 11, 21)).label())
        .isEqualTo("Q3/2026");
    assertThat(Cadence.QUARTERLY.lastEndedBefore(LocalDate.of(2026, 1, 5)).label())
        .isEqualTo("Q4/2025");
    assertThat(Cadence.YEARLY.lastEndedBefore(LocalDate.of(2026, 1, 5)).label()).isEqualTo("2025");
    ReportingPeriod q3 = Cadence.QUARTERLY.parse("Q3/2026");
    assertThat(q3.dueDate(15)).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(q3.previous().label()).isEqualTo("Q2/2026");
  }

  @Test
  void labelsAreParsedOnlyInTheirOwnCadence() {
    assertThat(Cadence.QUARTERLY.parse(" Q1/2027 ").start()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(Cadence.HALF_YEARLY.parse("H2/2026").start()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(Cadence.MONTHLY.parse("12/2026").end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(Cadence.YEARLY.parse("2026").end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(Cadence.QUARTERLY.parse("Q5/2026")).isNull();
    assertThat(Cadence.QUARTERLY.parse("H1/2026")).isNull();
    assertThat(Cadence.MONTHLY.parse("13/2026")).isNull();
    assertThat(Cadence.YEARLY.parse("Q1/2026")).isNull();
    assertThat(Cadence.QUARTERLY.parse("Q1/1999")).isNull();
    assertThat(Cadence.QUARTERLY.parse(null)).isNull();
  }

  @Test
  void halfYearsAndLabelsAtTheirEdges() {
    assertThat(Cadence.HALF_YEARLY.periodOf(LocalDate.of(2026, 6, 30)).label())
        .isEqualTo("H1/2026");
    assertThat(Cadence.HALF_YEARLY.periodOf(LocalDate.of(2026, 7, 1)).label()).isEqualTo("H2/2026");
    assertThat(Cadence.MONTHLY.parse("12/2026")).isNotNull();
    assertThat(Cadence.MONTHLY.parse("13/2026")).isNull();
    assertThat(Cadence.MONTHLY.parse("00/2026")).isNull();
    assertThat(Cadence.YEARLY.parse("2000")).isNotNull();
    assertThat(Cadence.YEARLY.parse("1999")).isNull();
    assertThat(Cadence.YEARLY.parse("2100")).isNotNull();
    assertThat(Cadence.YEARLY.parse("2101")).isNull();
  }
}
