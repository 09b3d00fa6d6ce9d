package de.fahrplan.shared;

import java.util.List;

/**
 * Input that breaks a rule. Each violation names the field and a message key (German text in {@code
 * messages_de.properties}), so forms show it next to the field and the API names it.
 */
public class InvalidInputException extends RuntimeException {

  /** One broken rule: field (or {@code null} for the whole object), message key and arguments. */
  public record Violation(String field, String code, Object... args)
      implements java.io.Serializable {}

  private final transient List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super(violations.toString());
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(String field, String code, Object... args) {
    this(List.of(new Violation(field, code, args)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
