package de.fahrplan.shared;

import java.time.Instant;

/**
 * An object as a public list shows it: the object, or – when it was deleted after it had been
 * published – only its id and the time of deletion ({@code object} null).
 */
public record Published<T>(long id, Instant modified, T object) {

  public static <T> Published<T> deleted(long id, Instant modified) {
    return new Published<>(id, modified, null);
  }

  public boolean deleted() {
    return object == null;
  }
}
