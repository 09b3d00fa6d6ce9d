package de.fahrplan.identity.web;

import de.fahrplan.identity.Accounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed password logins (lock-out) and clears the count on success. */
@Component
class LoginEvents {

  private final Accounts accounts;

  LoginEvents(Accounts accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof String email) {
      accounts.loginFailed(email);
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
        && event.getAuthentication().getCredentials() != null) {
      accounts.loginSucceeded(token.getName());
    }
  }
}
