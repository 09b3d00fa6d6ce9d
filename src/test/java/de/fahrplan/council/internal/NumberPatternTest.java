package de.fahrplan.council.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Rules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numbering patterns of real municipalities, and the patterns that cannot number. */
class NumberPatternTest {

  private static final LocalDate DAY = LocalDate.of(2021, 3, 4);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "VO/{yyyy}/{nnnnn}|3944|VO/2021/03944|VO/2021/{n}", // Lübeck
        "FB 1/{n}/{yyyy}|12|FB 1/12/2021|FB 1/{n}/2021", // Lauf
        "{ou}/{n}/{yyyy}|7|4.200/7/2021|4.200/{n}/2021", // Lauf, per lead unit
        "{yy}/{nnnn}|219|21/0219|21/{n}", // the 2021 paper "21/0219"
        "{yyyy}/{type}/{nnnn}|117|2021/IV/0117|2021/IV/{n}", // Rostock
        "{yyyy}/{nnn}|12345|2021/12345|2021/{n}" // Lüneburg; a counter outgrows its padding
      })
  void numbersFollowTheMunicipalitysPattern(
      String pattern, int counter, String number, String counterKey) {
    NumberPattern p = new NumberPattern(pattern);
    assertThat(p.number(DAY, "4.200", "IV", counter)).isEqualTo(number);
    assertThat(p.counterKey(DAY, "4.200", "IV")).isEqualTo(counterKey);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "VO/{yyyy}/{nnnnn}|Siehe VO/2016/03944, zuletzt VO/2021/00012.|VO/2016/03944;VO/2021/00012",
        "FB 1/{n}/{yyyy}|gemäß FB 1/12/2021 und FB 10/3/2021|FB 1/12/2021",
        "{yy}/{nnnn}|Vorlage 21/0219 (nicht 1/2021 oder 121/02190)|21/0219",
        "{yyyy}/{type}/{nnnn}|Beschluss 2014/IV/0117 vom 3.4.|2014/IV/0117",
        "{ou}/{n}/{yyyy}|siehe 4.200/7/2021.|4.200/7/2021"
      })
  void theFinderFindsNumbersOfThePatternInAText(String pattern, String text, String found) {
    assertThat(new NumberPattern(pattern).finder().matcher(text).results().map(r -> r.group()))
        .containsExactly(found.split(";"));
  }

  @Test
  void theYearStartsANewCounter() {
    NumberPattern p = new NumberPattern("VO/{yyyy}/{nnnnn}");
    assertThat(p.counterKey(LocalDate.of(2026, 12, 31), null, null))
        .isNotEqualTo(p.counterKey(LocalDate.of(2027, 1, 1), null, null));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "VO/{yyyy}|council.pattern.counter",
        "{n}/{nn}|council.pattern.counter",
        "{yyyy}/{jahr}/{n}|council.pattern.unknown",
        "' '|validation.required"
      })
  void aPatternWithoutOneCounterIsRefused(String pattern, String code) {
    Rules rules = new Rules();
    NumberPattern.check(rules, "numberPattern", pattern);
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class, rules::throwIfAny);
    assertThat(e.violations()).extracting(v -> v.field()).containsOnly("numberPattern");
    assertThat(e.violations()).extracting(v -> v.code()).contains(code);
  }

  @Test
  void aGoodPatternPasses() {
    Rules rules = new Rules();
    NumberPattern.check(rules, "numberPattern", "{yyyy}/{type}/{nnnn}");
    assertThat(rules.hasViolations()).isFalse();
  }
}
