package de.fahrplan.shared.search;

/**
 * One object found: its kind (a message key such as {@code search.kind.measure}), how it is named,
 * its page and a line of context (may be null).
 */
public record SearchHit(String kindKey, String label, String href, String context) {

  /** The start of a stored formatted text as plain text, for the context line; null if empty. */
  public static String snippet(String html) {
    String plain = String.join(" ", de.fahrplan.shared.RichText.paragraphs(html));
    return plain.isEmpty() ? null : plain.length() > 160 ? plain.substring(0, 159) + "…" : plain;
  }
}
