package de.fahrplan.shared.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font's advance widths (in 1/1000 of the font size) and which characters it has, looked up once
 * per character: measuring every candidate line through PDFBox cost most of the layout.
 */
final class FontMetrics {
  private final PDFont font;
  private final float[] latin = new float[0x2200];
  private final Map<Integer, Float> widths = new HashMap<>();

  FontMetrics(PDFont font) {
    this.font = font;
    java.util.Arrays.fill(latin, Float.NaN);
  }

  float width(String text) {
    float sum = 0;
    for (int i = 0; i < text.length(); i++) {
      sum += width(text.charAt(i));
    }
    return sum;
  }

  /** The width of a character; -1 when the font lacks it. */
  float width(int c) {
    if (c < latin.length) {
      if (Float.isNaN(latin[c])) {
        latin[c] = measure(c);
      }
      return latin[c];
    }
    return widths.computeIfAbsent(c, this::measure);
  }

  private float measure(int c) {
    try {
      return font.getStringWidth(new String(Character.toChars(c)));
    } catch (IOException | IllegalArgumentException e) {
      return -1;
    }
  }

  /** Tabs and other control characters as spaces, characters the font lacks as „?“. */
  String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String unix = text.replace("\r\n", "\n");
    for (int i = 0; i < unix.length(); i++) {
      char c = unix.charAt(i);
      if (c == '\n') {
        out.append(c);
      } else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
        out.append(' ');
      } else if (Character.isSurrogate(c) || width(c) < 0) {
        out.append('?');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
