package de.fahrplan.reporting;

import static de.fahrplan.reporting.TrafficLight.AT_RISK;
import static de.fahrplan.reporting.TrafficLight.COMPLETED;
import static de.fahrplan.reporting.TrafficLight.CRITICAL;
import static de.fahrplan.reporting.TrafficLight.ON_TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.reporting.StatusRollUp.Item;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusRollUpTest {

  private static Item item(TrafficLight light, Integer progress, String money) {
    return new Item(light, progress, money == null ? null : new BigDecimal(money));
  }

  private static final List<Item> GOAL =
      List.of(
          item(ON_TRACK, 50, "100000"),
          item(ON_TRACK, 80, "0"),
          item(COMPLETED, 100, "50000"),
          item(CRITICAL, 10, "850000"),
          item(null, null, "1000"));

  @Test
  void worstOfTakesTheWorstLightOfAnyReportedMeasure() {
    var s = StatusRollUp.of(GOAL, LightPolicy.WORST_OF, 25, Weighting.EQUAL);
    assertThat(s.light()).isEqualTo(CRITICAL);
    assertThat(s.reported()).isEqualTo(4);
    assertThat(s.unreported()).isEqualTo(1);
    assertThat(s.count(ON_TRACK)).isEqualTo(2);
    assertThat(s.share(CRITICAL)).isEqualTo(25);
  }

  @Test
  void shareBasedLooksAtTheShareOfBadLights() {
    // one critical of four reported = 25 %: at a 25 % threshold critical, at 30 % on track
    assertThat(StatusRollUp.of(GOAL, LightPolicy.SHARE_BASED, 25, Weighting.EQUAL).light())
        .isEqualTo(CRITICAL);
    assertThat(StatusRollUp.of(GOAL, LightPolicy.SHARE_BASED, 30, Weighting.EQUAL).light())
        .isEqualTo(ON_TRACK);
    // critical and at risk together reach the threshold: at risk
    var mixed =
        List.of(
            item(ON_TRACK, 0, null),
            item(ON_TRACK, 0, null),
            item(AT_RISK, 0, null),
            item(CRITICAL, 0, null));
    assertThat(StatusRollUp.of(mixed, LightPolicy.SHARE_BASED, 40, Weighting.EQUAL).light())
        .isEqualTo(AT_RISK);
    assertThat(StatusRollUp.of(mixed, LightPolicy.SHARE_BASED, 60, Weighting.EQUAL).light())
        .isEqualTo(ON_TRACK);
  }

  @Test
  void completedOnlyWhenEveryReportedMeasureIsCompleted() {
    var done =
        List.of(item(COMPLETED, 100, null), item(COMPLETED, 100, null), item(null, null, null));
    assertThat(StatusRollUp.of(done, LightPolicy.WORST_OF, 25, Weighting.EQUAL).light())
        .isEqualTo(COMPLETED);
    var almost = List.of(item(COMPLETED, 100, null), item(ON_TRACK, 60, null));
    assertThat(StatusRollUp.of(almost, LightPolicy.WORST_OF, 25, Weighting.EQUAL).light())
        .isEqualTo(ON_TRACK);
  }

  @Test
  void progressIsTheMeanOrWeightedByPlannedMoney() {
    // equal: (50 + 80 + 100 + 10) / 4 = 60
    assertThat(StatusRollUp.of(GOAL, LightPolicy.WORST_OF, 25, Weighting.EQUAL).progress())
        .isEqualTo(60);
    // budget: (100k·50 + 0·80 + 50k·100 + 850k·10) / 1,000k = 18.5 → 19
    assertThat(StatusRollUp.of(GOAL, LightPolicy.WORST_OF, 25, Weighting.BUDGET).progress())
        .isEqualTo(19);
    // nobody plans money: budget weighting falls back to equal weights
    var noMoney = List.of(item(ON_TRACK, 20, null), item(ON_TRACK, 40, "0"));
    assertThat(StatusRollUp.of(noMoney, LightPolicy.WORST_OF, 25, Weighting.BUDGET).progress())
        .isEqualTo(30);
  }

  @Test
  void nothingReportedHasNoLightAndNoProgress() {
    var s =
        StatusRollUp.of(
            List.of(item(null, null, "5")), LightPolicy.SHARE_BASED, 25, Weighting.BUDGET);
    assertThat(s.light()).isNull();
    assertThat(s.progress()).isNull();
    assertThat(s.total()).isEqualTo(1);
  }

  /** Exactly at the threshold counts: 1 of 4 critical is 25 %. */
  @Test
  void aShareExactlyAtTheThresholdTurnsTheLight() {
    var oneOfFour =
        List.of(
            item(CRITICAL, 10, null),
            item(ON_TRACK, 50, null),
            item(ON_TRACK, 50, null),
            item(ON_TRACK, 50, null));
    assertThat(StatusRollUp.of(oneOfFour, LightPolicy.SHARE_BASED, 25, Weighting.EQUAL).light())
        .isEqualTo(CRITICAL);
    assertThat(StatusRollUp.of(oneOfFour, LightPolicy.SHARE_BASED, 26, Weighting.EQUAL).light())
        .isEqualTo(ON_TRACK);
    var oneAtRisk =
        List.of(
            item(AT_RISK, 10, null),
            item(ON_TRACK, 50, null),
            item(ON_TRACK, 50, null),
            item(ON_TRACK, 50, null));
    assertThat(StatusRollUp.of(oneAtRisk, LightPolicy.SHARE_BASED, 25, Weighting.EQUAL).light())
        .isEqualTo(AT_RISK);
    assertThat(StatusRollUp.of(oneAtRisk, LightPolicy.SHARE_BASED, 26, Weighting.EQUAL).light())
        .isEqualTo(ON_TRACK);
  }
}
