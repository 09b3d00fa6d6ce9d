package de.fahrplan.identity.web;

import de.fahrplan.identity.Accounts;
import de.fahrplan.identity.FahrplanUser;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After an OpenID Connect login: maps the identity provider's role claim to Fahrplan roles, signs
 * in (or creates) the account, and continues with the same principal type as a password login.
 *
 * <p>The claim (default {@code fahrplan_roles}) holds entries {@code <municipality-slug>:<role>},
 * role one of {@code admin, koordination, bearbeitung, lesen}, plus {@code operator}.
 */
@Component
class OidcLoginSuccessHandler implements AuthenticationSuccessHandler {

  private static final Map<String, Role> ROLE_NAMES =
      Map.ofEntries(
          Map.entry("admin", Role.ADMIN),
          Map.entry("administration", Role.ADMIN),
          Map.entry("koordination", Role.COORDINATION),
          Map.entry("coordination", Role.COORDINATION),
          Map.entry("bearbeitung", Role.EDITOR),
          Map.entry("editor", Role.EDITOR),
          Map.entry("lesen", Role.READER),
          Map.entry("reader", Role.READER));

  private final Accounts accounts;
  private final Bodies bodies;
  private final SecurityContextRepository contexts;
  private final String rolesClaim;

  OidcLoginSuccessHandler(
      Accounts accounts,
      Bodies bodies,
      SecurityContextRepository contexts,
      @Value("${fahrplan.oidc.roles-claim}") String rolesClaim) {
    this.accounts = accounts;
    this.bodies = bodies;
    this.contexts = contexts;
    this.rolesClaim = rolesClaim;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest req, HttpServletResponse res, Authentication auth) throws IOException {
    OidcUser oidc = (OidcUser) auth.getPrincipal();
    List<String> claim = claimValues(oidc.getClaim(rolesClaim));
    Map<Long, Set<Role>> roles = new HashMap<>();
    boolean operator = false;
    for (String entry : claim) {
      String value = entry.trim().toLowerCase(Locale.ROOT);
      if (value.equals("operator") || value.equals("betrieb")) {
        operator = true;
        continue;
      }
      int colon = value.lastIndexOf(':');
      if (colon <= 0) {
        continue;
      }
      Role role = ROLE_NAMES.get(value.substring(colon + 1));
      Long tenant = bodies.idBySlug(value.substring(0, colon)).orElse(null);
      if (role != null && tenant != null) {
        roles.computeIfAbsent(tenant, t -> EnumSet.noneOf(Role.class)).add(role);
      }
    }
    FahrplanUser user =
        accounts.signInOidc(
            oidc.getIssuer().toString(),
            oidc.getSubject(),
            oidc.getEmail(),
            oidc.getFullName(),
            roles,
            operator);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, req, res);
    res.sendRedirect(req.getContextPath() + "/");
  }

  private static List<String> claimValues(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    if (claim instanceof String s) {
      return List.of(s.split("[,\\s]+"));
    }
    return List.of();
  }
}
