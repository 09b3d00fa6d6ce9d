package de.fahrplan.documents;

import java.util.List;
import java.util.Set;

/**
 * A document as a sequence of neutral blocks – headings, paragraphs, lists, tables and figures –
 * laid out once and written by the PDF, ODT and DOCX renderers ({@link DocumentFiles}), so the
 * three files always say the same. {@code draftNote}, when not null, stands at the top of every
 * page (e.g. "Entwurf – Diskussionsgrundlage").
 */
public record Document(String title, String subject, String draftNote, List<Block> blocks) {

  public Document(String title, String subject, List<Block> blocks) {
    this(title, subject, null, blocks);
  }

  public sealed interface Block {
    /** For the templates: "Heading", "Paragraph", … */
    default String kind() {
      return getClass().getSimpleName();
    }
  }

  /** Level 0 is the document title on the cover; 1 and 2 are bookmarked. */
  public record Heading(int level, String text, String anchor) implements Block {}

  public record Paragraph(String text, boolean emphasis) implements Block {}

  public record Bullets(List<String> items) implements Block {}

  /** A paragraph that starts with a bold label ("Erreicht: …"). */
  public record Labelled(String label, String text) implements Block {}

  /** A label–value list (one measure's status, progress, …). */
  public record Facts(List<String[]> pairs) implements Block {}

  public record Table(
      String caption, List<String> head, List<List<String>> rows, Set<Integer> numeric)
      implements Block {

    public boolean isNumeric(int column) {
      return numeric.contains(column);
    }
  }

  /** A picture with its text alternative (PNG). */
  public record Figure(byte[] png, String contentType, String alt, String caption)
      implements Block {

    public String dataUri() {
      return "data:" + contentType + ";base64," + java.util.Base64.getEncoder().encodeToString(png);
    }
  }

  public record PageBreak() implements Block {}
}
