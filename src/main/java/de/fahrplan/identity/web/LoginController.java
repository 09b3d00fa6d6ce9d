package de.fahrplan.identity.web;

import de.fahrplan.shared.web.FormErrorTitle;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: e-mail and password, and a button per configured OpenID Connect provider. */
@Controller
class LoginController {

  /** A configured identity provider and its login start URL. */
  record Provider(String name, String url) {}

  private final ObjectProvider<ClientRegistrationRepository> oidc;

  LoginController(ObjectProvider<ClientRegistrationRepository> oidc) {
    this.oidc = oidc;
  }

  @GetMapping("/login")
  String login(HttpSession session, Model model, jakarta.servlet.http.HttpServletRequest request) {
    if (request.getParameter("error") != null) {
      FormErrorTitle.mark(model); // the title says it first: „Fehler: Anmelden“
    }
    Object email = session.getAttribute(SecurityConfig.LOGIN_EMAIL);
    model.addAttribute("email", email == null ? "" : email);
    List<Provider> providers = new ArrayList<>();
    if (oidc.getIfAvailable() instanceof InMemoryClientRegistrationRepository repo) {
      for (ClientRegistration r : repo) {
        providers.add(
            new Provider(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
      }
    }
    model.addAttribute("providers", providers);
    return "identity/login";
  }
}
