package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.shared.web.Formats;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class PriorityTest {

  static final List<CriterionView> CRITERIA =
      List.of(
          new CriterionView("LEGAL", "Rechtliche Verpflichtung", CriterionAxis.OTHER, 3),
          new CriterionView("CITIZENS", "Nutzen Bürger", CriterionAxis.BENEFIT, 3),
          new CriterionView("ADMINISTRATION", "Nutzen Verwaltung", CriterionAxis.BENEFIT, 1),
          new CriterionView("EFFORT", "Aufwand", CriterionAxis.EFFORT, 2),
          new CriterionView("UNUSED", "Gewicht 0", CriterionAxis.OTHER, 0),
          new CriterionView(CriterionView.DEPENDANTS, "Abhängige", CriterionAxis.OTHER, 1));

  @Test
  void scoreIsTheWeightedShareOfTheMaximumAndEffortCountsAgainst() {
    Map<String, Integer> ratings =
        Map.of("LEGAL", 3, "CITIZENS", 2, "ADMINISTRATION", 1, "EFFORT", 3, "UNUSED", 3);
    // points: 3*3 + 3*2 + 1*1 + 2*(3-3) + 1*min(3,5)=3 → 19 of (3+3+1+2+1)*3 = 30 → 63
    Priority p = Priority.of(ratings, CRITERIA, 5, null);
    assertThat(p.score()).isEqualTo(63);
    assertThat(p.derived()).isEqualTo(PriorityClass.MEDIUM);
    assertThat(p.benefit()).isEqualTo((3 * 2 + 1 * 1) / 4.0);
    assertThat(p.effort()).isEqualTo(3.0);
  }

  @Test
  void theMatrixPointNamesBenefitAndEffortAsThePagesTableShowsThem() {
    Priority p =
        Priority.of(Map.of("CITIZENS", 2, "ADMINISTRATION", 3, "EFFORT", 1), CRITERIA, 0, null);
    assertThat(p.benefit()).isEqualTo(2.25);
    LocaleContextHolder.setLocale(Locale.GERMAN);
    try {
      String table = new Formats().number(p.benefit(), 1);
      assertThat(table).isEqualTo("2,3");
      ChartText words = ChartText.reader(messages());
      assertThat(words.oneDecimal(p.benefit())).isEqualTo(table);
      // a mean such as 43/20 is the binary 2.1499…: still 2,2 in both
      assertThat(words.oneDecimal(43 / 20.0)).isEqualTo(new Formats().number(43 / 20.0, 1));
      assertThat(words.oneDecimal(43 / 20.0)).isEqualTo("2,2");
      // in English as the English table shows it
      LocaleContextHolder.setLocale(Locale.ENGLISH);
      assertThat(ChartText.reader(messages()).oneDecimal(43 / 20.0))
          .isEqualTo(new Formats().number(43 / 20.0, 1))
          .isEqualTo("2.2");
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  @Test
  void classBoundariesAndOverride() {
    Priority high = Priority.of(Map.of("CITIZENS", 3, "EFFORT", 0), CRITERIA, 0, null);
    // 3*3 + 2*3 + 1*0 = 15 of (3+2+1)*3 = 18 → 83
    assertThat(high.score()).isEqualTo(83);
    assertThat(high.effective()).isEqualTo(PriorityClass.HIGH);
    Priority low = Priority.of(Map.of("CITIZENS", 0, "EFFORT", 3), CRITERIA, 0, null);
    assertThat(low.effective()).isEqualTo(PriorityClass.LOW);
    Priority overridden =
        Priority.of(Map.of("CITIZENS", 0, "EFFORT", 3), CRITERIA, 0, PriorityClass.HIGH);
    assertThat(overridden.score()).isEqualTo(low.score());
    assertThat(overridden.derived()).isEqualTo(PriorityClass.LOW);
    assertThat(overridden.effective()).isEqualTo(PriorityClass.HIGH);
  }

  @Test
  void unratedMeasureHasNoScoreEvenWithDependants() {
    Priority p = Priority.of(Map.of(), CRITERIA, 4, null);
    assertThat(p.score()).isNull();
    assertThat(p.effective()).isNull();
    assertThat(p.benefit()).isNull();
  }

  /**
   * Weights chosen so the class edges are hit exactly: 67 is high, 66 medium, 34 medium, 33 low.
   */
  @Test
  void classEdgesAreInclusive() {
    List<CriterionView> three =
        List.of(
            new CriterionView("A", "A", CriterionAxis.BENEFIT, 9),
            new CriterionView("B", "B", CriterionAxis.BENEFIT, 10),
            new CriterionView("C", "C", CriterionAxis.OTHER, 10));
    List<CriterionView> two =
        List.of(
            new CriterionView("A", "A", CriterionAxis.BENEFIT, 1),
            new CriterionView("B", "B", CriterionAxis.OTHER, 1));
    Priority p67 = Priority.of(Map.of("A", 1, "B", 3), two, 0, null);
    assertThat(p67.score()).isEqualTo(67);
    assertThat(p67.derived()).isEqualTo(PriorityClass.HIGH);
    Priority p66 = Priority.of(Map.of("A", 3, "B", 0, "C", 3), three, 0, null);
    assertThat(p66.score()).isEqualTo(66);
    assertThat(p66.derived()).isEqualTo(PriorityClass.MEDIUM);
    Priority p34 = Priority.of(Map.of("A", 0, "B", 0, "C", 3), three, 0, null);
    assertThat(p34.score()).isEqualTo(34);
    assertThat(p34.derived()).isEqualTo(PriorityClass.MEDIUM);
    Priority p33 = Priority.of(Map.of("A", 0, "B", 2), two, 0, null);
    assertThat(p33.score()).isEqualTo(33);
    assertThat(p33.derived()).isEqualTo(PriorityClass.LOW);
  }

  @Test
  void benefitAndEffortAreMeansOfTheirOwnAxisOnly() {
    Priority p = Priority.of(Map.of("LEGAL", 1, "CITIZENS", 3, "EFFORT", 2), CRITERIA, 0, null);
    assertThat(p.benefit()).isEqualTo(3.0);
    assertThat(p.effort()).isEqualTo(2.0);
    Priority noEffort = Priority.of(Map.of("CITIZENS", 2), CRITERIA, 0, null);
    assertThat(noEffort.effort()).isNull();
    Priority noBenefit = Priority.of(Map.of("EFFORT", 2), CRITERIA, 0, null);
    assertThat(noBenefit.benefit()).isNull();
  }

  @Test
  void ratingsOnlyOfCriteriaWeightedZeroGiveNoScore() {
    List<CriterionView> weightedZero =
        List.of(
            new CriterionView("UNUSED", "Gewicht 0", CriterionAxis.OTHER, 0),
            new CriterionView("CITIZENS", "Nutzen Bürger", CriterionAxis.BENEFIT, 3));
    Priority p = Priority.of(Map.of("UNUSED", 3), weightedZero, 0, null);
    assertThat(p.score()).isNull();
    assertThat(p.derived()).isNull();
  }

  private static org.springframework.context.MessageSource messages() {
    var messages = new org.springframework.context.support.ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    return messages;
  }
}
