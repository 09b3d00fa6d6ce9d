package de.fahrplan.support;

import de.fahrplan.identity.FahrplanUser;
import de.fahrplan.shared.security.Role;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Signed-in users for MockMvc requests (as after a login), with chosen roles in one tenant. */
public final class Users {

  private Users() {}

  /** The id of the account with an e-mail, where a test context knows the database. */
  private static volatile Function<String, Optional<Long>> accountIds = email -> Optional.empty();

  /** Called by {@link TestConfig}: {@link #as} then signs in as the real account of an e-mail. */
  static void useAccountsOf(JdbcTemplate jdbc) {
    accountIds =
        email ->
            jdbc
                .query(
                    "select id from account where email = ?",
                    (rs, n) -> rs.getLong(1),
                    email.toLowerCase(java.util.Locale.ROOT))
                .stream()
                .findFirst();
  }

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

  /**
   * A signed-in user with this e-mail address: the demo account of that address when there is one
   * (so its linked person is found), else an account of its own that finds the person by e-mail.
   */
  public static Authentication as(long tenantId, String email, Role... roles) {
    return of(
        new FahrplanUser(
            accountIds.apply(email).orElse(999_200L + email.hashCode() % 1000),
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
