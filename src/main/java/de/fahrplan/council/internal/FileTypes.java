package de.fahrplan.council.internal;

import java.util.Set;
import org.apache.tika.Tika;

/**
 * What an uploaded file is, found in its bytes by Apache Tika (the name only refines what the bytes
 * allow, e.g. a ZIP into a DOCX), and whether a paper may carry it: PDF, OpenDocument, Office Open
 * XML, raster images and plain text – never HTML, SVG or scripts.
 */
public final class FileTypes {

  private static final Tika TIKA = new Tika();
  private static final String UNKNOWN = "application/octet-stream";
  private static final Set<String> SINGLE =
      Set.of(
          "application/pdf",
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/tiff",
          "image/webp",
          "text/plain",
          "text/csv");

  private FileTypes() {}

  /** The type of the bytes, refined by the name where the bytes allow it. */
  public static String detect(byte[] bytes, String fileName) {
    return TIKA.detect(bytes, fileName);
  }

  /** The type the name's ending claims; {@code application/octet-stream} when it claims none. */
  public static String claimed(String fileName) {
    return TIKA.detect(fileName);
  }

  /** Whether the bytes are what the name says (a name without a known ending says nothing). */
  public static boolean matches(String detected, String claimed) {
    return UNKNOWN.equals(claimed) || detected.equals(claimed);
  }

  public static boolean allowed(String type) {
    return SINGLE.contains(type)
        || type.startsWith("application/vnd.oasis.opendocument.")
        || type.startsWith("application/vnd.openxmlformats-officedocument.");
  }
}
