package de.fahrplan.shared.web;

/**
 * A view that carries the version of its object. The API answers it with that version as ETag
 * ({@link ETagAdvice}), so no controller writes the header itself.
 */
public interface Versioned {
  long version();
}
