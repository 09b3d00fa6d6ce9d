package de.fahrplan.shared.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Amounts in forms as people type them: "1.234,56", "1234,56" or "1.234.567" in German, "1,234.56"
 * in English; a trailing "€" and spaces are ignored. Shown the same way.
 */
public class DecimalFormatter implements Formatter<BigDecimal> {

  @Override
  public BigDecimal parse(String text, Locale locale) throws ParseException {
    String s = text.replace("€", "").replace("\u00a0", "").replace(" ", "").trim();
    if (s.isEmpty()) {
      return null;
    }
    // a thousands separator only between groups of three digits: "1,5" in English or "1.23,5" in
    // German is no number (it would have been read as 15 or 123,5)
    if (german(locale)) {
      boolean thousandsOnly = s.indexOf(',') < 0 && s.matches("-?\\d{1,3}(\\.\\d{3})+");
      if (s.indexOf(',') >= 0 && !s.matches("-?(\\d+|\\d{1,3}(\\.\\d{3})+),\\d+")) {
        throw new ParseException(text, 0);
      }
      s = s.indexOf(',') >= 0 || thousandsOnly ? s.replace(".", "").replace(',', '.') : s;
    } else if (s.indexOf(',') >= 0) {
      if (!s.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
        throw new ParseException(text, 0);
      }
      s = s.replace(",", "");
    }
    if (!s.matches("-?\\d+(\\.\\d+)?")) {
      throw new ParseException(text, 0);
    }
    return new BigDecimal(s);
  }

  /**
   * Every decimal the value has, at least two: a form shows what is stored, so that saving it
   * unchanged keeps an indicator's 12,3456 (four decimals) instead of rounding it to 12,35.
   */
  @Override
  public String print(BigDecimal value, Locale locale) {
    DecimalFormat format =
        new DecimalFormat(
            "#,##0.00",
            DecimalFormatSymbols.getInstance(german(locale) ? Locale.GERMANY : Locale.UK));
    format.setMaximumFractionDigits(Math.max(2, value.stripTrailingZeros().scale()));
    return format.format(value);
  }

  private static boolean german(Locale locale) {
    return locale == null || !"en".equals(locale.getLanguage());
  }
}
