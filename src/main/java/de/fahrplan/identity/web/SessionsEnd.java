package de.fahrplan.identity.web;

import de.fahrplan.identity.PasswordChanged;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session of an account whose password changed – whoever held an old session (a
 * forgotten browser, a stolen cookie) must log in with the new password. API tokens are not
 * sessions and stay valid until they expire or are revoked (README, docs/api.md).
 */
@Component
class SessionsEnd {

  private final FindByIndexNameSessionRepository<?> sessions;

  SessionsEnd(FindByIndexNameSessionRepository<?> sessions) {
    this.sessions = sessions;
  }

  @TransactionalEventListener
  void passwordChanged(PasswordChanged changed) {
    sessions.findByPrincipalName(changed.email()).keySet().forEach(sessions::deleteById);
  }
}
