package de.fahrplan.shared.web;

import java.util.Map;

/**
 * Describes irreversible actions before they run (see {@link ConfirmFirst}); one implementation may
 * describe several actions of a module, told apart by their URL pattern.
 */
@FunctionalInterface
public interface Confirmable {

  /** The question, or {@code null} when this request needs none (e.g. its form is incomplete). */
  Confirmation describe(Asked asked);

  /**
   * The action asked about.
   *
   * @param pattern the handler's URL pattern, e.g. {@code /persons/{id}/delete}
   * @param path the request's path variables
   * @param form the posted form's values (first value of each)
   */
  record Asked(String pattern, Map<String, String> path, Map<String, String> form) {

    /** The path variable {@code id}. */
    public long id() {
      return id("id");
    }

    public long id(String name) {
      return Long.parseLong(path.get(name));
    }

    /** A form value, or {@code null} when it is missing or blank. */
    public String value(String name) {
      String value = form.get(name);
      return value == null || value.isBlank() ? null : value;
    }
  }
}
