package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
