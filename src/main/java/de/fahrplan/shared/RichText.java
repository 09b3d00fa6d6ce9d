package de.fahrplan.shared;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Formatted text (Zielbild, descriptions) is sanitised before it is stored: paragraphs, lists,
 * emphasis, headings and links (http/https/mailto) survive; scripts, styles and event handlers do
 * not. What is stored can be shown as HTML without further escaping.
 */
public final class RichText {

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(new HtmlPolicyBuilder().allowElements("br").toFactory());

  private RichText() {}

  /**
   * Safe HTML; plain text keeps its line breaks (as <br>
   * ). Blank input becomes null.
   */
  public static String sanitize(String input) {
    if (input == null || input.isBlank()) {
      return null;
    }
    String html =
        input.contains("<") ? input : input.strip().replace("\r\n", "\n").replace("\n", "<br>");
    return POLICY.sanitize(html);
  }
}
