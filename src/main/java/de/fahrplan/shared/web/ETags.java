package de.fahrplan.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Optimistic locking over HTTP: the ETag is the object's version; writes must send If-Match. */
public final class ETags {

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version an If-Match header names; a write without one is refused (428). */
  public static long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED, "If-Match fehlt");
    }
    String value = ifMatch.trim();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "If-Match ungültig");
    }
  }
}
