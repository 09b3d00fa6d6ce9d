package de.fahrplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  static String problem(String password, String email) {
    try {
      Passwords.check(password, email);
      return null;
    } catch (InvalidInputException e) {
      return e.violations().get(0).code();
    }
  }

  @Test
  void lengthOverComplexity() {
    assertThat(problem("Kurz-2026", "a@b.de")).isEqualTo("password.tooShort");
    assertThat(problem("aaaaaaaaaaaaaaaa", "a@b.de")).isEqualTo("password.tooSimple");
    assertThat(problem("mein-name-ist-linda.schuett", "linda.schuett@luebeck.de"))
        .isEqualTo("password.containsEmail");
    assertThat(problem("x".repeat(129), "a@b.de")).isNotNull();
    assertThat(problem(null, "a@b.de")).isEqualTo("validation.required");
    assertThat(problem("grüne Wiese am Holstentor", "linda.schuett@luebeck.de")).isNull();
  }
}
