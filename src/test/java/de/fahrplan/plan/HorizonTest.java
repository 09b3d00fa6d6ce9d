package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HorizonTest {

  @Test
  void derivedFromThePlannedEndRelativeToTheStrategysFirstYear() {
    assertThat(derive(LocalDate.of(2024, 12, 31))).isEqualTo(Horizon.SHORT);
    assertThat(derive(LocalDate.of(2025, 12, 31))).isEqualTo(Horizon.SHORT);
    assertThat(derive(LocalDate.of(2026, 1, 1))).isEqualTo(Horizon.MID);
    assertThat(derive(LocalDate.of(2027, 12, 31))).isEqualTo(Horizon.MID);
    assertThat(derive(LocalDate.of(2028, 1, 1))).isEqualTo(Horizon.LONG);
    assertThat(derive(null)).isNull();
  }

  @Test
  void thresholdsAreTheMunicipalitys() {
    LocalDate end2026 = LocalDate.of(2026, 6, 30);
    assertThat(Horizon.derive(end2026, 2024, 3, 5)).isEqualTo(Horizon.SHORT);
    assertThat(Horizon.derive(end2026, 2024, 1, 2)).isEqualTo(Horizon.LONG);
    assertThat(Horizon.derive(end2026, 2024, 1, 3)).isEqualTo(Horizon.MID);
  }

  private static Horizon derive(LocalDate end) {
    return Horizon.derive(end, 2024, Horizon.SHORT_YEARS, Horizon.MID_YEARS);
  }

  @Test
  void theHorizonsEndRangesAreExactlyWhatDeriveGives() {
    for (int start = 2020; start <= 2026; start++) {
      for (int shortYears = 1; shortYears <= 3; shortYears++) {
        for (int midYears = shortYears; midYears <= 6; midYears++) {
          for (int year = start - 2; year <= start + 8; year++) {
            for (LocalDate end : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
              Horizon derived = Horizon.derive(end, start, shortYears, midYears);
              for (Horizon h : Horizon.values()) {
                Horizon.EndRange r = h.endRange(start, shortYears, midYears);
                boolean inRange = !end.isBefore(r.from()) && end.isBefore(r.before());
                assertThat(inRange)
                    .as("%s %s %d/%d/%d", h, end, start, shortYears, midYears)
                    .isEqualTo(derived == h);
              }
            }
          }
        }
      }
    }
  }
}
