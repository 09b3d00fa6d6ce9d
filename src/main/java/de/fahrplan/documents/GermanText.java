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

  /**
   * A caption for a table of whole euros: when an amount in it has cents, it says that the figures
   * are rounded, so that a reader who adds up a row and finds a euro more or less knows why.
   */
  public static String wholeEuroCaption(String caption, boolean amountsHaveCents) {
    return amountsHaveCents
        ? caption + " (auf volle Euro gerundet, Rundungsdifferenzen möglich)"
        : caption;
  }

  /** Whether an amount has cents that whole euros would round away. */
  public static boolean hasCents(BigDecimal b) {
    return b != null && b.stripTrailingZeros().scale() > 0;
  }

  /** Staff in full-time equivalents: always two decimals („2,50“, „0,75“), as on the pages. */
  public static String staff(BigDecimal b) {
    return b == null ? "–" : Formats.numberFormat(Locale.GERMANY, 2, 2).format(b);
  }

  public static String number(BigDecimal b) {
    return b == null ? "–" : Formats.numberFormat(Locale.GERMANY, 0, 4).format(b);
  }
}
