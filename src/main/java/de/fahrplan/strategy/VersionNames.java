package de.fahrplan.strategy;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A version's name in the reader's language – „Digitale Strategie 2024–2030, Fassung 2“, in English
 * „…, version 2“ – for pages, charts and messages (templates: {@code @versionNames.of(v)}). The
 * documents for the council are German and name it {@link VersionView#label()}, the same words.
 */
@Component
public class VersionNames {

  private static final String KEY = "version.label";

  private final MessageSource messages;

  VersionNames(MessageSource messages) {
    this.messages = messages;
  }

  /** In the language of the request. */
  public String of(VersionView v) {
    return of(v, LocaleContextHolder.getLocale());
  }

  public String of(VersionView v, Locale locale) {
    return of(messages, v, locale);
  }

  /** The one rule, also for those that hold only the messages (the charts' words). */
  public static String of(MessageSource messages, VersionView v, Locale locale) {
    return messages.getMessage(name(v), locale);
  }

  /**
   * The name as a message's argument: the message source writes it in the language of the message
   * („Für „…, Fassung 2“ …“, „… for “…, version 2” …“), where the message is read.
   */
  public static MessageSourceResolvable name(VersionView v) {
    return new DefaultMessageSourceResolvable(new String[] {KEY}, arguments(v));
  }

  /** The message's arguments: years and number as text (a format would write „2.024“). */
  private static Object[] arguments(VersionView v) {
    return new Object[] {
      v.strategyTitle(),
      String.valueOf(v.startYear()),
      String.valueOf(v.endYear()),
      String.valueOf(v.number())
    };
  }
}
