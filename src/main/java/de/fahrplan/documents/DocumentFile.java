package de.fahrplan.documents;

import de.fahrplan.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A written document: the file name to save it under, its format and its bytes. */
public record DocumentFile(String name, Format format, byte[] bytes) {

  public String contentType() {
    return format.contentType();
  }

  /** The answer that makes the browser save it under its name. */
  public ResponseEntity<byte[]> asAttachment() {
    return Downloads.attachment(MediaType.parseMediaType(contentType()), name, bytes);
  }
}
