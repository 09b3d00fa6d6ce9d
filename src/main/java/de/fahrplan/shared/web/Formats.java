package de.fahrplan.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and money as people here write them: 28.10.2016, 1.234,56, 1.234,56 €. Times are
 * stored in UTC and shown in Europe/Berlin. Used in templates as {@code @formats}.
 */
@Component("formats")
public class Formats {

  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /**
   * How a figure is rounded where it is shown with fewer decimals than it has: half up
   * („kaufmännisch“, DIN 1333), as people here round by hand – 2,25 shows as 2,3 and 1.234,50 € as
   * whole euros 1.235. NumberFormat's own default, half even, would show 2,2 and 1.234, and a
   * reader who rounds the figure of another view by hand would find a difference.
   */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** 15.10.2026 – also for mails and documents that are German whatever the reader's language. */
  public static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private static final DateTimeFormatter GERMAN_DATE_TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("dd.MM.uuuu, HH:mm")
          .appendLiteral(" Uhr")
          .toFormatter(Locale.GERMAN);
  private static final Locale EURO_ENGLISH = Locale.of("en", "IE");

  /** NumberFormat is not thread-safe: one set per request thread, keyed by locale and digits. */
  private static final ThreadLocal<Map<String, NumberFormat>> FORMATS =
      ThreadLocal.withInitial(HashMap::new);

  private static final DateTimeFormatter ENGLISH_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter ENGLISH_DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  public String date(LocalDate date) {
    return date(date, locale());
  }

  /** A date as {@code locale}'s readers write it („01.07.2026“, „1 Jul 2026“); "" for none. */
  public static String date(LocalDate date, Locale locale) {
    if (date == null) {
      return "";
    }
    return ("en".equals(locale.getLanguage()) ? ENGLISH_DATE : GERMAN_DATE).format(date);
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
    return numberFormat(fractionDigits, fractionDigits).format(value);
  }

  /** A measured value: as many decimals as it has (at most four), German separators. */
  public String decimal(BigDecimal value) {
    if (value == null) {
      return "";
    }
    return numberFormat(0, 4).format(value);
  }

  public String number(Double value, int fractionDigits) {
    return value == null ? "" : number(BigDecimal.valueOf(value), fractionDigits);
  }

  public String euro(BigDecimal value) {
    if (value == null) {
      return "";
    }
    Locale locale = german() ? Locale.GERMANY : EURO_ENGLISH;
    return FORMATS.get().computeIfAbsent("€" + locale, k -> euroFormat(locale)).format(value);
  }

  /** A new format of euro amounts („1.234,56 €“ in German) that rounds by {@link #ROUNDING}. */
  public static NumberFormat euroFormat(Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setRoundingMode(ROUNDING);
    return format;
  }

  /**
   * A new format of numbers with {@code minDigits} to {@code maxDigits} decimals in the separators
   * of {@code locale} („1.234,5“ in German) that rounds by {@link #ROUNDING}.
   */
  public static NumberFormat numberFormat(Locale locale, int minDigits, int maxDigits) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(minDigits);
    format.setMaximumFractionDigits(maxDigits);
    format.setRoundingMode(ROUNDING);
    return format;
  }

  /**
   * A number format of the reader's locale, kept per thread: building one looks up the locale's
   * symbols and parses its pattern, and a page of money columns formats hundreds of figures.
   */
  private static NumberFormat numberFormat(int minDigits, int maxDigits) {
    Locale locale = locale();
    return FORMATS
        .get()
        .computeIfAbsent(
            locale + "/" + minDigits + "/" + maxDigits,
            k -> numberFormat(locale, minDigits, maxDigits));
  }

  private static boolean german() {
    return !"en".equals(locale().getLanguage());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
