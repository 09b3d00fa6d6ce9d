package de.fahrplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalFormatterTest {

  final DecimalFormatter f = new DecimalFormatter();

  @Test
  void germanAmounts() throws ParseException {
    assertThat(f.parse("1.234,56 €", Locale.GERMAN)).isEqualByComparingTo("1234.56");
    assertThat(f.parse("1234,5", Locale.GERMAN)).isEqualByComparingTo("1234.5");
    assertThat(f.parse("1.234.567", Locale.GERMAN)).isEqualByComparingTo("1234567");
    assertThat(f.parse("0.5", Locale.GERMAN)).isEqualByComparingTo("0.5");
    assertThat(f.parse("  ", Locale.GERMAN)).isNull();
    assertThat(f.print(new BigDecimal("1234567.5"), Locale.GERMAN)).isEqualTo("1.234.567,50");
    assertThatThrownBy(() -> f.parse("zwölf", Locale.GERMAN)).isInstanceOf(ParseException.class);
  }

  @Test
  void englishAmounts() throws ParseException {
    assertThat(f.parse("1,234.56", Locale.ENGLISH)).isEqualByComparingTo("1234.56");
    assertThat(f.print(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.50");
  }

  @Test
  void aStoredValueIsShownWithEveryDecimalItHasSoThatSavingTheFormKeepsIt() {
    assertThat(f.print(new BigDecimal("12.3456"), Locale.GERMAN)).isEqualTo("12,3456");
    assertThat(f.print(new BigDecimal("80.125"), Locale.GERMAN)).isEqualTo("80,125");
    assertThat(f.print(new BigDecimal("80.1250"), Locale.GERMAN)).isEqualTo("80,125");
    assertThat(f.print(new BigDecimal("5"), Locale.GERMAN)).isEqualTo("5,00");
    assertThat(f.print(new BigDecimal("1234.5678"), Locale.ENGLISH)).isEqualTo("1,234.5678");
  }

  @Test
  void aSeparatorOutOfPlaceIsNoNumberRatherThanAnotherOne() throws ParseException {
    // read leniently, "1,5" in English was 15 and "1.23,5" in German 123,5
    assertThatThrownBy(() -> f.parse("1,5", Locale.ENGLISH)).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> f.parse("12,50", Locale.ENGLISH)).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> f.parse("1.23,5", Locale.GERMAN)).isInstanceOf(ParseException.class);
    assertThat(f.parse("1,234", Locale.ENGLISH)).isEqualByComparingTo("1234");
    assertThat(f.parse("12,500.50", Locale.ENGLISH)).isEqualByComparingTo("12500.50");
    assertThat(f.parse("1.5", Locale.ENGLISH)).isEqualByComparingTo("1.5");
    assertThat(f.parse("-1.234,5", Locale.GERMAN)).isEqualByComparingTo("-1234.5");
    assertThat(f.parse("1,5", Locale.GERMAN)).isEqualByComparingTo("1.5");
  }
}
