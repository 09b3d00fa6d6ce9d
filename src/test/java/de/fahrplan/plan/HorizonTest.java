package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HorizonTest {

  @Test
  void derivedFromThePlannedEndRelativeToTheStrategysFirstYear() {
    assertThat(Horizon.derive(LocalDate.of(2024, 12, 31), 2024)).isEqualTo(Horizon.SHORT);
    assertThat(Horizon.derive(LocalDate.of(2025, 12, 31), 2024)).isEqualTo(Horizon.SHORT);
    assertThat(Horizon.derive(LocalDate.of(2026, 1, 1), 2024)).isEqualTo(Horizon.MID);
    assertThat(Horizon.derive(LocalDate.of(2027, 12, 31), 2024)).isEqualTo(Horizon.MID);
    assertThat(Horizon.derive(LocalDate.of(2028, 1, 1), 2024)).isEqualTo(Horizon.LONG);
    assertThat(Horizon.derive(null, 2024)).isNull();
  }
}
