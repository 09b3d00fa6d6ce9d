package de.fahrplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

  final Formats formats = new Formats();

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void germanDatesNumbersAndEuro() {
    LocaleContextHolder.setLocale(Locale.GERMAN);
    assertThat(formats.date(LocalDate.of(2016, 10, 28))).isEqualTo("28.10.2016");
    assertThat(formats.number(new BigDecimal("1234.56"), 2)).isEqualTo("1.234,56");
    assertThat(formats.euro(new BigDecimal("1234.5"))).isEqualTo("1.234,50\u00a0€");
    // stored in UTC, shown in Berlin time (winter: +1 h, summer: +2 h)
    assertThat(formats.dateTime(Instant.parse("2026-01-15T23:30:00Z")))
        .isEqualTo("16.01.2026, 00:30 Uhr");
    assertThat(formats.dateTime(Instant.parse("2026-07-01T10:00:00Z")))
        .isEqualTo("01.07.2026, 12:00 Uhr");
    assertThat(formats.date(null)).isEmpty();
  }

  @Test
  void englishIsTheSecondLanguage() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(formats.date(LocalDate.of(2016, 10, 28))).isEqualTo("28 Oct 2016");
    assertThat(formats.number(new BigDecimal("1234.56"), 2)).isEqualTo("1,234.56");
  }

  @Test
  void keptFormatsFollowTheLocaleAndTheDigitsOfEachCall() {
    // the formats are kept per thread: a reader's language and the digits asked for still decide
    LocaleContextHolder.setLocale(Locale.GERMAN);
    assertThat(formats.number(new BigDecimal("1234.6"), 0)).isEqualTo("1.235");
    assertThat(formats.decimal(new BigDecimal("0.12346"))).isEqualTo("0,1235");
    assertThat(formats.number(new BigDecimal("1234.5"), 2)).isEqualTo("1.234,50");
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(formats.number(new BigDecimal("1234.5"), 2)).isEqualTo("1,234.50");
    assertThat(formats.euro(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
    LocaleContextHolder.setLocale(Locale.GERMAN);
    assertThat(formats.decimal(new BigDecimal("2"))).isEqualTo("2");
    assertThat(formats.euro(new BigDecimal("1234.5"))).isEqualTo("1.234,50\u00a0€");
  }

  @Test
  void aFigureShownShorterIsRoundedHalfUpAsPeopleHereRoundByHand() {
    // kaufmännisch (DIN 1333): NumberFormat's default, half even, would show 2,2 / 1.234 / 0,5
    LocaleContextHolder.setLocale(Locale.GERMAN);
    assertThat(formats.number(new BigDecimal("2.25"), 1)).isEqualTo("2,3");
    assertThat(formats.number(2.25, 1)).isEqualTo("2,3");
    assertThat(formats.number(new BigDecimal("1234.50"), 0)).isEqualTo("1.235");
    assertThat(formats.decimal(new BigDecimal("0.12345"))).isEqualTo("0,1235");
    assertThat(formats.euro(new BigDecimal("0.125"))).isEqualTo("0,13\u00a0€");
    assertThat(formats.number(new BigDecimal("-2.25"), 1)).isEqualTo("-2,3");
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(formats.number(new BigDecimal("2.25"), 1)).isEqualTo("2.3");
    // documents and the version comparison round by the same rule
    assertThat(de.fahrplan.documents.GermanText.wholeEuro(new BigDecimal("1234.50")))
        .isEqualTo("1.235");
    assertThat(de.fahrplan.documents.GermanText.number(new BigDecimal("0.12345")))
        .isEqualTo("0,1235");
    assertThat(de.fahrplan.documents.GermanText.euro(new BigDecimal("0.125")))
        .isEqualTo("0,13\u00a0€");
  }
}
