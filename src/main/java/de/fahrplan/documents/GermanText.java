package de.fahrplan.documents;

import de.fahrplan.shared.web.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** Dates, euro amounts and numbers as German documents write them; "–" for none. */
public final class GermanText {

  private GermanText() {}

  public static String date(LocalDate d) {
    return d == null ? "–" : Formats.GERMAN_DATE.format(d);
  }

  public static String euro(BigDecimal b) {
    return b == null ? "–" : Formats.euroFormat(Locale.GERMANY).format(b);
  }

  /** "1.234.568" – whole euros (rounded as {@link Formats#ROUNDING}), for wide tables. */
  public static String wholeEuro(BigDecimal b) {
    return b == null ? "–" : Formats.numberFormat(Locale.GERMANY, 0, 0).format(b);
  }

  public static String number(BigDecimal b) {
    return b == null ? "–" : Formats.numberFormat(Locale.GERMANY, 0, 4).format(b);
  }
}
