package de.fahrplan.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * XHTML to a tagged PDF (PDF/UA: structure tree, language, title, embedded fonts) with
 * openhtmltopdf; the fonts are DejaVu Sans from the npm package dejavu-fonts-ttf.
 */
public final class TaggedPdf {

  /** DejaVu Sans, embedded in every PDF; also for text drawn into report charts. */
  public static final String FONT = "/static/vendor/fonts/DejaVuSans.ttf";

  static final String FONT_BOLD = "/static/vendor/fonts/DejaVuSans-Bold.ttf";

  private TaggedPdf() {}

  public static byte[] render(String xhtml, String title) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePdfUaAccessibility(true);
      builder.useFont(
          () -> TaggedPdf.class.getResourceAsStream(FONT),
          "DejaVu Sans",
          400,
          BaseRendererBuilder.FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> TaggedPdf.class.getResourceAsStream(FONT_BOLD),
          "DejaVu Sans",
          700,
          BaseRendererBuilder.FontStyle.NORMAL,
          true);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF „" + title + "“ could not be written", e);
    }
    return out.toByteArray();
  }

  /** DejaVu Sans for text drawn into charts, so pictures and PDF text look alike. */
  public static java.awt.Font chartFont(float size) {
    try (var in = TaggedPdf.class.getResourceAsStream(FONT)) {
      return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(size);
    } catch (java.awt.FontFormatException | IOException | RuntimeException e) {
      throw new IllegalStateException("DejaVu Sans missing for the charts", e);
    }
  }
}
