package de.fahrplan.identity;

import de.fahrplan.organisation.Bodies;
import de.fahrplan.shared.InvalidInputException;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An operator's invitation of a municipality's administrator becomes an account with that role. */
@Component
class AdministratorInvitations {

  private static final Map<String, String> FIELDS =
      Map.of("email", "adminEmail", "displayName", "adminName");

  private final Accounts accounts;

  AdministratorInvitations(Accounts accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void on(Bodies.AdministratorInvited invitation) {
    try {
      accounts.grantAdministration(
          invitation.bodyId(), invitation.email(), invitation.displayName());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.violations().stream()
              .map(
                  v ->
                      new InvalidInputException.Violation(
                          FIELDS.getOrDefault(v.field(), v.field()), v.code(), v.args()))
              .toList());
    }
  }
}
