package de.fahrplan.shared.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks text in the writer's two fonts into lines no wider than a column or the page. */
final class LineBreaker {

  /** A line of text in pieces of one font each. */
  record Segment(String text, PDFont font) {}

  /** What a line may exceed its width by, in thousandths of an em (invisible: 0.01 pt at 10 pt). */
  private static final float SLACK_UNITS = 1;

  private final PDFont regular;
  private final PDFont bold;
  private final FontMetrics regularMetrics;
  private final FontMetrics boldMetrics;

  LineBreaker(PDFont regular, PDFont bold) {
    this.regular = regular;
    this.bold = bold;
    this.regularMetrics = new FontMetrics(regular);
    this.boldMetrics = new FontMetrics(bold);
  }

  /** The widths of one of the two fonts. */
  FontMetrics metrics(PDFont font) {
    return font == bold ? boldMetrics : regularMetrics;
  }

  /** Words to lines no wider than {@code width}; line breaks kept, a too long word broken. */
  List<String> wrap(String text, PDFont font, float size, float width) {
    List<String> lines = new ArrayList<>();
    for (List<Segment> line :
        wrapRuns(List.of(new TaggedPdfWriter.Run(text, font == bold)), size, width)) {
      lines.add(line.isEmpty() ? "" : line.get(0).text());
    }
    return lines;
  }

  /**
   * Runs to lines of segments no wider than {@code width}: words joined by one space (also across
   * runs when either side has one), line breaks kept, a word wider than a line broken.
   */
  List<List<Segment>> wrapRuns(List<TaggedPdfWriter.Run> runs, float size, float width) {
    List<List<Segment>> lines = new ArrayList<>();
    // a column sized to its longest word gives back that word's width through float arithmetic,
    // a hair short of it: a thousandth of an em's slack keeps such a word whole
    float units = width * 1000 / size + SLACK_UNITS;
    List<Segment> line = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    PDFont pieceFont = null;
    float used = 0;
    boolean space = false;
    boolean blank = true;
    for (TaggedPdfWriter.Run run : runs) {
      if (run.text() == null || run.text().isEmpty()) {
        continue;
      }
      PDFont font = run.strong() ? bold : regular;
      FontMetrics metrics = run.strong() ? boldMetrics : regularMetrics;
      String text = metrics.printable(run.text());
      space |= text.charAt(0) == ' ';
      String[] paragraphs = text.split("\n", -1);
      for (int p = 0; p < paragraphs.length; p++) {
        if (p > 0) {
          if (piece.length() > 0) {
            line.add(new Segment(piece.toString(), pieceFont));
          }
          lines.add(line);
          line = new ArrayList<>();
          piece.setLength(0);
          used = 0;
          space = false;
        }
        for (String word : words(paragraphs[p])) {
          blank = false;
          float w = metrics.width(word);
          float gap = used > 0 && space ? metrics.width(' ') : 0;
          if (used > 0 && used + gap + w > units) {
            line.add(new Segment(piece.toString(), pieceFont));
            lines.add(line);
            line = new ArrayList<>();
            piece.setLength(0);
            used = 0;
            gap = 0;
          }
          if (font != pieceFont && piece.length() > 0) {
            line.add(new Segment(piece.toString(), pieceFont));
            piece.setLength(0);
          }
          pieceFont = font;
          if (gap > 0) {
            piece.append(' ');
            used += gap;
          }
          String rest = word;
          while (w > units && rest.length() > 1) {
            int cut = 1;
            float part = metrics.width(rest.charAt(0));
            while (cut < rest.length() - 1 && part + metrics.width(rest.charAt(cut)) <= units) {
              part += metrics.width(rest.charAt(cut++));
            }
            piece.append(rest, 0, cut);
            line.add(new Segment(piece.toString(), font));
            lines.add(line);
            line = new ArrayList<>();
            piece.setLength(0);
            rest = rest.substring(cut);
            w -= part;
            used = 0;
          }
          piece.append(rest);
          used += w;
          space = true;
        }
        space = !paragraphs[p].isEmpty() && paragraphs[p].charAt(paragraphs[p].length() - 1) == ' ';
      }
    }
    if (piece.length() > 0) {
      line.add(new Segment(piece.toString(), pieceFont));
    }
    lines.add(line);
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return blank ? new ArrayList<>() : lines;
  }

  static List<String> words(String paragraph) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= paragraph.length(); i++) {
      boolean space = i == paragraph.length() || paragraph.charAt(i) == ' ';
      if (space && start >= 0) {
        words.add(paragraph.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }
}
