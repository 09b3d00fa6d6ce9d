package de.fahrplan.reporting;

import java.util.List;
import java.util.Set;

/**
 * The progress report as a sequence of neutral blocks – headings, paragraphs, lists, tables and
 * figures – laid out once from the snapshot ({@link ReportLayout}) and written by the PDF, ODT and
 * DOCX renderers, so the three files always say the same.
 */
record ReportDocument(String title, String subject, List<Block> blocks) {

  sealed interface Block {
    /** For the templates: "Heading", "Paragraph", … */
    default String kind() {
      return getClass().getSimpleName();
    }
  }

  /** Level 0 is the document title on the cover; 1 and 2 are bookmarked. */
  record Heading(int level, String text, String anchor) implements Block {}

  record Paragraph(String text, boolean emphasis) implements Block {}

  record Bullets(List<String> items) implements Block {}

  /** A paragraph that starts with a bold label ("Erreicht: …"). */
  record Labelled(String label, String text) implements Block {}

  /** A label–value list (one measure's status, progress, …). */
  record Facts(List<String[]> pairs) implements Block {}

  record Table(String caption, List<String> head, List<List<String>> rows, Set<Integer> numeric)
      implements Block {

    public boolean isNumeric(int column) {
      return numeric.contains(column);
    }
  }

  /** A picture with its text alternative (PNG). */
  record Figure(byte[] png, String contentType, String alt, String caption) implements Block {

    public String dataUri() {
      return "data:" + contentType + ";base64," + java.util.Base64.getEncoder().encodeToString(png);
    }
  }

  record PageBreak() implements Block {}
}
