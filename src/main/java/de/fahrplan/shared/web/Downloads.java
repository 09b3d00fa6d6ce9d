package de.fahrplan.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files the browser saves instead of showing: exports, roadmaps, progress reports. */
public final class Downloads {

  private Downloads() {}

  /** {@code body} as an attachment named {@code filename} (UTF-8, so "Fortschrittsbericht-Q3…"). */
  public static ResponseEntity<byte[]> attachment(MediaType type, String filename, byte[] body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }
}
