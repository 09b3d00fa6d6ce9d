package de.fahrplan.shared.web;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of pages, errors and API answers ({@code messages.properties}, English in {@code
 * messages_en}). A date among a message's arguments is written as the reader's language writes it
 * („15.10.2026“, „15 Oct 2026“): code that refuses an input names the date, not its format, and
 * {@link java.text.MessageFormat} alone would write {@link LocalDate} as „2026-10-15“.
 */
@Configuration
class Messages {

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource source = new DatesForTheReader();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    // a reader without a language of ours reads German, not the server's language
    source.setFallbackToSystemLocale(false);
    return source;
  }

  private static final class DatesForTheReader extends ResourceBundleMessageSource {
    @Override
    protected Object[] resolveArguments(Object[] args, Locale locale) {
      Object[] resolved = super.resolveArguments(args, locale);
      for (int i = 0; i < resolved.length; i++) {
        if (resolved[i] instanceof LocalDate date) {
          resolved[i] = Formats.date(date, locale);
        }
      }
      return resolved;
    }
  }
}
