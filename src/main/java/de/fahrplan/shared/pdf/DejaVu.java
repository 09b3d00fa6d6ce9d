package de.fahrplan.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans (npm package dejavu-fonts-ttf, copied to {@code static/vendor/fonts} by the build):
 * embedded in every PDF and used for text drawn into charts, so pictures and PDF text look alike.
 */
public final class DejaVu {

  static final String REGULAR = "/static/vendor/fonts/DejaVuSans.ttf";
  static final String BOLD = "/static/vendor/fonts/DejaVuSans-Bold.ttf";

  private DejaVu() {}

  /** The font file's bytes. */
  static byte[] bytes(String path) {
    try (InputStream in = DejaVu.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** DejaVu Sans for text drawn into charts. */
  public static java.awt.Font chartFont(float size) {
    try (var in = DejaVu.class.getResourceAsStream(REGULAR)) {
      return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(size);
    } catch (java.awt.FontFormatException | IOException | RuntimeException e) {
      throw new IllegalStateException("DejaVu Sans missing for the charts", e);
    }
  }
}
