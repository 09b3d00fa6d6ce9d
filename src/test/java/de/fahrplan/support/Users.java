package de.fahrplan.support;

import de.fahrplan.identity.FahrplanUser;
import de.fahrplan.shared.security.Role;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Signed-in users for MockMvc requests (as after a login), with chosen roles in one tenant. */
public final class Users {

  private Users() {}

  public static Authentication in(long tenantId, Role... roles) {
    return of(
        new FahrplanUser(
            999_000 + roles.length,
            "test@fahrplan.example",
            "Test",
            false,
            Map.of(tenantId, Set.of(roles)),
            tenantId,
            null,
            false));
  }

  /** A signed-in user with this e-mail address (matching a person, e.g. a measure's owner). */
  public static Authentication as(long tenantId, String email, Role... roles) {
    return of(
        new FahrplanUser(
            999_200 + email.hashCode() % 1000,
            email,
            email,
            false,
            Map.of(tenantId, Set.of(roles)),
            tenantId,
            null,
            false));
  }

  public static Authentication operator() {
    return of(
        new FahrplanUser(
            999_100,
            "betrieb-test@fahrplan.example",
            "Betrieb",
            true,
            Map.of(),
            null,
            null,
            false));
  }

  public static Authentication of(FahrplanUser user) {
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }
}
