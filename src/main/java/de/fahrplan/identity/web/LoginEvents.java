package de.fahrplan.identity.web;

import de.fahrplan.identity.Accounts;
import de.fahrplan.identity.FahrplanUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Clears the count of login attempts after a successful password login (attempts are claimed before
 * the password is checked: {@code Accounts.claimLoginAttempt}).
 */
@Component
class LoginEvents {

  private final Accounts accounts;

  LoginEvents(Accounts accounts) {
    this.accounts = accounts;
  }

  // by the principal, not the credentials: Spring erases those before the event
  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
        && token.getPrincipal() instanceof FahrplanUser) {
      accounts.loginSucceeded(token.getName());
    }
  }
}
