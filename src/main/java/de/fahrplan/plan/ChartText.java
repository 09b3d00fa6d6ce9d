package de.fahrplan.plan;

import de.fahrplan.shared.web.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The words, dates and numbers of the charts (roadmap, priority matrix) in one language: the
 * reader's on pages and downloads, German in the documents that go to the council.
 */
final class ChartText {

  private final MessageSource messages;
  private final Locale locale;

  private ChartText(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** In the language of the request (the reader's choice, German by default). */
  static ChartText reader(MessageSource messages) {
    return new ChartText(messages, LocaleContextHolder.getLocale());
  }

  /** German, for the documents. */
  static ChartText german(MessageSource messages) {
    return new ChartText(messages, Locale.GERMAN);
  }

  /** The version's name („…, Fassung 2“, „…, version 2“). */
  String version(de.fahrplan.strategy.VersionView v) {
    return de.fahrplan.strategy.VersionNames.of(messages, v, locale);
  }

  String get(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  String date(LocalDate date) {
    return Formats.date(date, locale);
  }

  /** A month's short name („Jan.“, „Jan“). */
  String month(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.SHORT, locale);
  }

  /**
   * Benefit or effort as the matrix page's table shows it ({@code Formats.number}: one decimal, of
   * the number as written – 2,15 is 2,2 there, not 2,1 of the binary 2.1499…), so both agree.
   */
  String oneDecimal(double value) {
    return Formats.numberFormat(locale, 1, 1).format(BigDecimal.valueOf(value));
  }
}
