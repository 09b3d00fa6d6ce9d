package de.fahrplan.identity.web;

import de.fahrplan.identity.FahrplanUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Keeps a signed-in session: a page asks for it when its reader extends the session after the
 * warning, or types on it for a long time ({@code app.js}, WCAG 2.2.1). A session that has ended
 * gets the login redirect instead of 204, and the page says so.
 *
 * <p>The answer names the account and carries the session's form token: a page whose session ended
 * and whose reader signed in again in another window takes the new token into its forms – only if
 * it is the same account –, so that what was typed on it can still be saved.
 */
@Controller
class SessionController {

  static final String ACCOUNT_HEADER = "X-Fahrplan-Account";

  @GetMapping("/session/keepalive")
  ResponseEntity<Void> keepAlive(@AuthenticationPrincipal Object principal, CsrfToken csrf) {
    var answer = ResponseEntity.noContent().header(csrf.getHeaderName(), csrf.getToken());
    if (principal instanceof FahrplanUser user) {
      answer.header(ACCOUNT_HEADER, String.valueOf(user.accountId()));
    }
    return answer.build();
  }
}
