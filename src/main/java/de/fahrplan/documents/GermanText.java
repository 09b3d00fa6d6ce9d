package de.fahrplan.documents;

import de.fahrplan.shared.web.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** Dates, euro amounts and numbers as German documents write them; "–" for none. */
public final class GermanText {

  private GermanText() {}

  public static String date(LocalDate d) {
    return d == null ? "–" : Formats.GERMAN_DATE.format(d);
  }

  public static String euro(BigDecimal b) {
    return b == null ? "–" : NumberFormat.getCurrencyInstance(Locale.GERMANY).format(b);
  }

  /** "1.234.568" – whole euros (half even), for wide tables of a document's page. */
  public static String wholeEuro(BigDecimal b) {
    return b == null
        ? "–"
        : new java.text.DecimalFormat(
                "#,##0", java.text.DecimalFormatSymbols.getInstance(Locale.GERMANY))
            .format(b);
  }

  public static String number(BigDecimal b) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMANY);
    f.setMaximumFractionDigits(4);
    return b == null ? "–" : f.format(b);
  }
}
