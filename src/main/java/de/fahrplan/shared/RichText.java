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

  /** Block elements: where they stand, the text's own structure counts, not its line breaks. */
  private static final java.util.regex.Pattern BLOCKS =
      java.util.regex.Pattern.compile(
          "<(p|div|ul|ol|li|h[1-6]|br|blockquote|table|pre)\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Safe HTML. Text without block elements – plain, or with inline formatting such as {@code <b>} –
   * keeps its structure: a blank line starts a paragraph, a line break stays a line break (as
   * {@code <br>}). Blank input becomes null.
   */
  public static String sanitize(String input) {
    if (input == null || input.isBlank()) {
      return null;
    }
    String html = BLOCKS.matcher(input).find() ? input : plainToHtml(input);
    return POLICY.sanitize(html);
  }

  private static String plainToHtml(String text) {
    String[] parts = text.strip().replace("\r\n", "\n").split("\n\\s*\n");
    if (parts.length == 1) {
      return parts[0].replace("\n", "<br>");
    }
    StringBuilder html = new StringBuilder();
    for (String part : parts) {
      html.append("<p>").append(part.strip().replace("\n", "<br>")).append("</p>");
    }
    return html.toString();
  }

  /** Block elements after which a document starts a new paragraph. */
  private static final java.util.Set<String> PARAGRAPH_ENDS =
      java.util.Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre");

  /**
   * Stored formatted text as plain paragraphs for documents (PDF, ODT, DOCX): one entry per block,
   * list items with a dash, line breaks kept, entities decoded by the sanitiser's own parser. A
   * link's address follows its text in brackets – „Portal (https://…)“ – unless the text already
   * says it: a printed council paper cannot be clicked, and an export must not lose the address.
   */
  public static java.util.List<String> paragraphs(String html) {
    java.util.List<String> result = new java.util.ArrayList<>();
    if (html == null || html.isBlank()) {
      return result;
    }
    StringBuilder current = new StringBuilder();
    // the open link's address and where its text starts in current
    String[] link = new String[1];
    int[] linkStart = new int[1];
    Runnable end =
        () -> {
          String text = current.toString().strip();
          if (!text.isEmpty()) {
            result.add(text);
          }
          current.setLength(0);
        };
    org.owasp.html.HtmlSanitizer.sanitize(
        html,
        new org.owasp.html.HtmlSanitizer.Policy() {
          @Override
          public void openDocument() {}

          @Override
          public void closeDocument() {
            end.run();
          }

          @Override
          public void openTag(String name, java.util.List<String> attrs) {
            if (name.equals("a")) {
              link[0] = address(attrs);
              linkStart[0] = current.length();
            } else if (name.equals("li")) {
              end.run();
              current.append("– ");
            } else if (name.equals("br")) {
              current.append('\n');
            } else if (PARAGRAPH_ENDS.contains(name)) {
              end.run();
            }
          }

          @Override
          public void closeTag(String name) {
            if (name.equals("a") && link[0] != null) {
              String text = current.substring(Math.min(linkStart[0], current.length())).strip();
              if (!sameAddress(text, link[0])) {
                current.append(text.isEmpty() ? link[0] : " (" + link[0] + ")");
              }
              link[0] = null;
            } else if (PARAGRAPH_ENDS.contains(name)) {
              end.run();
            }
          }

          @Override
          public void text(String text) {
            current.append(text);
          }
        });
    return result;
  }

  /** A link's address as a reader would type it: a mail address without „mailto:“. */
  private static String address(java.util.List<String> attrs) {
    for (int i = 0; i + 1 < attrs.size(); i += 2) {
      if (attrs.get(i).equals("href")) {
        String href = attrs.get(i + 1).strip();
        return href.regionMatches(true, 0, "mailto:", 0, 7) ? href.substring(7) : href;
      }
    }
    return null;
  }

  /** Whether a link's text already names its address (with or without scheme or final slash). */
  private static boolean sameAddress(String text, String address) {
    return bare(text).equalsIgnoreCase(bare(address));
  }

  private static String bare(String address) {
    String bare = address.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
    return bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
  }
}
