package de.fahrplan.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Text drawn into a page's content stream: lines in one font (left-aligned or right-aligned), lines
 * of regular and bold pieces, each line shown as the font's glyph codes. The caller marks what it
 * draws as content or artifact.
 */
final class PdfText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PdfText() {}

  /** Lines in one font from {@code top} down; right-aligned at {@code right} unless NaN. */
  static void lines(
      PDPageContentStream content,
      FontMetrics metrics,
      List<String> lines,
      PDFont font,
      float size,
      Color color,
      float x,
      float top,
      float right)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.setNonStrokingColor(color);
    float baseline = top - size;
    for (String line : lines) {
      float at = Float.isNaN(right) ? x : right - metrics.width(line) / 1000 * size;
      content.setTextMatrix(Matrix.getTranslateInstance(at, baseline));
      show(content, font, line);
      baseline -= size * 1.25f;
    }
    content.endText();
  }

  /** Lines of segments (regular and bold pieces) in {@code size} points from {@code top} down. */
  static void segments(
      PDPageContentStream content,
      List<List<LineBreaker.Segment>> lines,
      float size,
      float leading,
      float x,
      float top)
      throws IOException {
    content.beginText();
    content.setNonStrokingColor(TaggedPdfWriter.TEXT);
    float baseline = top - size;
    for (List<LineBreaker.Segment> line : lines) {
      content.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
      for (LineBreaker.Segment segment : line) {
        content.setFont(segment.font(), size);
        show(content, segment.font(), segment.text());
      }
      baseline -= leading;
    }
    content.endText();
  }

  /**
   * Shows a line as the font's glyph codes. Not {@code showText}: PDFBox applies the font's glyph
   * substitutions (GSUB) there, which DejaVu Sans does not need for these texts and which took most
   * of the time of a large table.
   */
  static void show(PDPageContentStream content, PDFont font, String line) throws IOException {
    PDType0Font type0 = (PDType0Font) font;
    line.codePoints().forEach(type0::addToSubset);
    byte[] codes = type0.encode(line);
    StringBuilder hex = new StringBuilder(codes.length * 2 + 6).append('<');
    for (byte b : codes) {
      hex.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }
    content.appendRawCommands(hex.append("> Tj\n").toString());
  }
}
