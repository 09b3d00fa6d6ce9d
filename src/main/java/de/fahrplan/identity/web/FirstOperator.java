package de.fahrplan.identity.web;

import de.fahrplan.identity.Accounts;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production start without demo data: the first operator account comes from the environment ({@code
 * FAHRPLAN_OPERATOR_EMAIL}, {@code FAHRPLAN_OPERATOR_PASSWORD}); without them, and with no operator
 * yet, the start is refused with a clear message. There is no default password.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "fahrplan.demo.enabled", havingValue = "false")
class FirstOperator implements ApplicationRunner {

  private final Accounts accounts;
  private final String email;
  private final String password;

  FirstOperator(
      Accounts accounts,
      @Value("${FAHRPLAN_OPERATOR_EMAIL:}") String email,
      @Value("${FAHRPLAN_OPERATOR_PASSWORD:}") String password) {
    this.accounts = accounts;
    this.email = email;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.anyOperator()) {
      return;
    }
    if (email.isBlank() || password.isBlank()) {
      throw new IllegalStateException(
          "Kein Betriebskonto vorhanden: Setzen Sie beim ersten Start FAHRPLAN_OPERATOR_EMAIL und "
              + "FAHRPLAN_OPERATOR_PASSWORD (mindestens 12 Zeichen). Es gibt kein Standardpasswort.");
    }
    accounts.createLocal(email, "Betrieb", password, true, Map.of());
  }
}
