package de.fahrplan.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every broken rule of one input, then throws them together (all fields at once). */
public final class Rules {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final List<InvalidInputException.Violation> violations = new ArrayList<>();

  public Rules required(String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      add(field, "validation.required");
    }
    return this;
  }

  /**
   * At most {@code max} characters, and no control characters but tab and line breaks (a NUL byte
   * is refused alike on every database, and never reaches an export).
   */
  public Rules maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "validation.tooLong", max);
    } else if (value != null && CONTROL.matcher(value).find()) {
      add(field, "validation.controlCharacters");
    }
    return this;
  }

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  public Rules digits(String field, String value, int count) {
    if (value != null && !value.matches("\\d{" + count + "}")) {
      add(field, "validation.digits", count);
    }
    return this;
  }

  public Rules email(String field, String value) {
    if (value != null && (!EMAIL.matcher(value).matches() || value.length() > 254)) {
      add(field, "validation.email");
    }
    return this;
  }

  /** Only http(s) addresses: a "javascript:" link must never reach a page. */
  public Rules url(String field, String value) {
    if (value != null && !value.matches("https?://\\S+")) {
      add(field, "validation.url");
    }
    return this;
  }

  public Rules notBefore(String field, LocalDate end, LocalDate start) {
    if (start != null && end != null && end.isBefore(start)) {
      add(field, "validation.endBeforeStart");
    }
    return this;
  }

  /**
   * An amount from 0 up to {@code max} with at most {@code decimals} decimals – trailing zeros do
   * not count (0,500 is 0,5) – else {@code code} at the field: a figure is refused, never rounded
   * behind the user's back. Null passes.
   */
  public Rules amount(String field, BigDecimal value, BigDecimal max, int decimals, String code) {
    return check(
        value == null
            || (value.signum() >= 0
                && value.compareTo(max) <= 0
                && value.stripTrailingZeros().scale() <= decimals),
        field,
        code);
  }

  public Rules check(boolean ok, String field, String code, Object... args) {
    if (!ok) {
      add(field, code, args);
    }
    return this;
  }

  public Rules add(String field, String code, Object... args) {
    violations.add(new InvalidInputException.Violation(field, code, args));
    return this;
  }

  public boolean hasViolations() {
    return !violations.isEmpty();
  }

  public void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
