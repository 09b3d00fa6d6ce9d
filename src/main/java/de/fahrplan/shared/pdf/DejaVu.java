package de.fahrplan.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * DejaVu Sans (npm package dejavu-fonts-ttf, copied to {@code static/vendor/fonts} by the build):
 * embedded in every PDF and used for text drawn into charts, so pictures and PDF text look alike.
 */
public final class DejaVu {

  static final String REGULAR = "/static/vendor/fonts/DejaVuSans.ttf";
  static final String BOLD = "/static/vendor/fonts/DejaVuSans-Bold.ttf";

  private DejaVu() {}

  /**
   * A parsed face kept for the next document: parsing DejaVu Sans and its tables anew took a
   * seventh of a 1,000-measure roadmap's time. fontbox's {@link TrueTypeFont} reads its tables from
   * one stream and is not safe for concurrent use, so a document borrows the face for its whole
   * life (subsetting at the save reads it again) and gives it back when closed; a document that
   * asks while another holds it parses its own, which is then dropped. The kept face (about 4.5 MB
   * of parsed tables) is held softly: the JVM may drop it when memory runs short or it has long
   * been unused, and the next document parses it again.
   */
  static final class Faces {
    private final byte[] bytes;
    private final AtomicReference<SoftReference<TrueTypeFont>> idle = new AtomicReference<>();

    Faces(String path) {
      this.bytes = bytes(path);
    }

    TrueTypeFont borrow() throws IOException {
      SoftReference<TrueTypeFont> kept = idle.getAndSet(null);
      TrueTypeFont face = kept == null ? null : kept.get();
      return face != null ? face : new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    /**
     * Takes a borrowed face back; {@code null} (a document that borrowed none, or closed twice) is
     * no face.
     */
    void giveBack(TrueTypeFont face) {
      if (face == null) {
        return;
      }
      SoftReference<TrueTypeFont> kept = idle.get();
      if ((kept == null || kept.get() == null)
          && idle.compareAndSet(kept, new SoftReference<>(face))) {
        return;
      }
      try {
        face.close(); // one is kept already
      } catch (IOException e) {
        // an in-memory font holds no file; nothing left to release
      }
    }

    /** Whether a parsed face waits for the next document. */
    boolean kept() {
      SoftReference<TrueTypeFont> kept = idle.get();
      return kept != null && kept.get() != null;
    }
  }

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
