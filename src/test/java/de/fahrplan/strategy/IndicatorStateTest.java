package de.fahrplan.strategy;

import static de.fahrplan.strategy.IndicatorDirection.HIGHER_IS_BETTER;
import static de.fahrplan.strategy.IndicatorDirection.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The documented rule: actual value against the linear path from baseline to target. */
class IndicatorStateTest {

  static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  static final LocalDate TARGET = LocalDate.of(2028, 1, 1); // 1461 days later

  static IndicatorState higher(String value, LocalDate on) {
    return IndicatorState.of(
        HIGHER_IS_BETTER,
        new BigDecimal("20"),
        BASE,
        new BigDecimal("80"),
        TARGET,
        value == null ? null : new BigDecimal(value),
        on);
  }

  static IndicatorState lower(String value, LocalDate on) {
    return IndicatorState.of(
        LOWER_IS_BETTER,
        new BigDecimal("40"),
        BASE,
        new BigDecimal("20"),
        TARGET,
        new BigDecimal(value),
        on);
  }

  @Test
  void theLinearPathRunsFromBaselineToTargetAndStaysFlatOutside() {
    LocalDate half = BASE.plusDays(730);
    assertThat(expected(half)).isEqualByComparingTo("49.9795");
    assertThat(expected(BASE.minusDays(10))).isEqualByComparingTo("20");
    assertThat(expected(TARGET.plusYears(1))).isEqualByComparingTo("80");
  }

  private static BigDecimal expected(LocalDate day) {
    return IndicatorState.expected(new BigDecimal("20"), BASE, new BigDecimal("80"), TARGET, day);
  }

  @Test
  void higherIsBetter() {
    LocalDate half = BASE.plusDays(730); // path ≈ 49.98
    assertThat(higher(null, null)).isEqualTo(IndicatorState.NO_DATA);
    assertThat(higher("50", half)).isEqualTo(IndicatorState.ON_TRACK);
    assertThat(higher("49.9", half)).isEqualTo(IndicatorState.BEHIND);
    assertThat(higher("80", half)).isEqualTo(IndicatorState.REACHED);
    assertThat(higher("95", half)).isEqualTo(IndicatorState.REACHED);
    // on the baseline day the baseline itself is on track; before it, too
    assertThat(higher("20", BASE)).isEqualTo(IndicatorState.ON_TRACK);
    assertThat(higher("20", BASE.minusDays(30))).isEqualTo(IndicatorState.ON_TRACK);
    // after the target date, everything short of the target is behind
    assertThat(higher("79.99", TARGET.plusDays(1))).isEqualTo(IndicatorState.BEHIND);
  }

  @Test
  void lowerIsBetter() {
    LocalDate half = BASE.plusDays(730); // path ≈ 30.01
    assertThat(lower("30", half)).isEqualTo(IndicatorState.ON_TRACK);
    assertThat(lower("31", half)).isEqualTo(IndicatorState.BEHIND);
    assertThat(lower("20", half)).isEqualTo(IndicatorState.REACHED);
    assertThat(lower("12", half)).isEqualTo(IndicatorState.REACHED);
    assertThat(lower("21", TARGET)).isEqualTo(IndicatorState.BEHIND);
  }

  @Test
  void aTargetDatedOnTheBaselineDayIsExpectedAtOnce() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 1);
    assertThat(
            IndicatorState.expected(
                new java.math.BigDecimal("20"), day, new java.math.BigDecimal("80"), day, day))
        .isEqualByComparingTo("80");
  }
}
