package de.fahrplan.identity.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Keeps a signed-in session: a page asks for it when its reader extends the session after the
 * warning, or types on it for a long time ({@code app.js}, WCAG 2.2.1). A session that has ended
 * gets the login redirect instead of 204, and the page says so.
 */
@Controller
class SessionController {

  @GetMapping("/session/keepalive")
  ResponseEntity<Void> keepAlive() {
    return ResponseEntity.noContent().build();
  }
}
