package de.fahrplan.shared.persistence;

import java.util.Locale;

/**
 * A text searched within values by SQL's {@code like}: its {@code %} and {@code _} mean themselves,
 * as in the global search – „100 %“ finds „100 %“ and „_“ no longer finds everything.
 */
public final class Like {

  /** Follows every {@code like} with these patterns: the escape character they use. */
  public static final String ESCAPE = " escape '\\'";

  private Like() {}

  /** The text with {@code \ % _} escaped for a {@code like … escape '\'}. */
  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The pattern of lower-cased values that contain the text; null for no or a blank text. */
  public static String containing(String text) {
    return text == null || text.isBlank()
        ? null
        : "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
  }
}
