package de.fahrplan.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and money as people here write them: 28.10.2016, 1.234,56, 1.234,56 €. Times are
 * stored in UTC and shown in Europe/Berlin. Used in templates as {@code @formats}.
 */
@Component("formats")
public class Formats {

  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** 15.10.2026 – also for mails and documents that are German whatever the reader's language. */
  public static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private static final DateTimeFormatter GERMAN_DATE_TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("dd.MM.uuuu, HH:mm")
          .appendLiteral(" Uhr")
          .toFormatter(Locale.GERMAN);
  private static final DateTimeFormatter ENGLISH_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter ENGLISH_DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  public String date(LocalDate date) {
    if (date == null) {
      return "";
    }
    return (german() ? GERMAN_DATE : ENGLISH_DATE).format(date);
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return (german() ? GERMAN_DATE_TIME : ENGLISH_DATE_TIME).format(instant.atZone(BERLIN));
  }

  public String number(BigDecimal value, int fractionDigits) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMinimumFractionDigits(fractionDigits);
    format.setMaximumFractionDigits(fractionDigits);
    return format.format(value);
  }

  /** A measured value: as many decimals as it has (at most four), German separators. */
  public String decimal(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(4);
    return format.format(value);
  }

  public String number(Double value, int fractionDigits) {
    return value == null ? "" : number(BigDecimal.valueOf(value), fractionDigits);
  }

  public String euro(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format =
        NumberFormat.getCurrencyInstance(german() ? Locale.GERMANY : Locale.of("en", "IE"));
    return format.format(value);
  }

  private static boolean german() {
    return !"en".equals(locale().getLanguage());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
