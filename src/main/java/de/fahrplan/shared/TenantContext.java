package de.fahrplan.shared;

import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.security.TenantPrincipal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant of the current unit of work: the signed-in principal's selected municipality, or an
 * explicit one for system work (demo data, jobs). Every tenant-owned entity is read and written for
 * it alone (see {@code TenantIdentifierResolver}, ADR 0035).
 */
public final class TenantContext {

  private static final ThreadLocal<Long> SYSTEM_TENANT = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<Long> currentTenantId() {
    Long system = SYSTEM_TENANT.get();
    if (system != null) {
      return Optional.of(system);
    }
    return principal().map(TenantPrincipal::currentTenantId);
  }

  /** The current tenant; a request without one gets a 404, as if the object did not exist. */
  public static long requireTenantId() {
    return currentTenantId().orElseThrow(() -> new NotFoundException("tenant"));
  }

  public static Optional<TenantPrincipal> principal() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof TenantPrincipal p) {
      return Optional.of(p);
    }
    return Optional.empty();
  }

  /** Whether the signed-in user holds one of these roles in the current municipality. */
  public static boolean hasAnyRole(Role... roles) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return false;
    }
    return auth.getAuthorities().stream()
        .anyMatch(a -> Arrays.stream(roles).anyMatch(r -> r.authority().equals(a.getAuthority())));
  }

  /** The authority of the system-wide operator (Betrieb), who works in no one municipality. */
  public static final String OPERATOR = "ROLE_OPERATOR";

  /** Whether the signed-in user is the operator (Betrieb). */
  public static boolean isOperator() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> OPERATOR.equals(a.getAuthority()));
  }

  /** Name of whoever acts now, for the audit trail. */
  public static String actorName() {
    return principal().map(TenantPrincipal::auditName).orElse("system");
  }

  /** Runs system work (not a user's request) inside one tenant. Transactions must start inside. */
  public static <T> T callAs(long tenantId, Supplier<T> work) {
    Long previous = SYSTEM_TENANT.get();
    SYSTEM_TENANT.set(tenantId);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        SYSTEM_TENANT.remove();
      } else {
        SYSTEM_TENANT.set(previous);
      }
    }
  }

  public static void runAs(long tenantId, Runnable work) {
    callAs(
        tenantId,
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Runs a daily job's work in a municipality as the coordination, under the job's name (it stands
   * as the actor in the change history).
   */
  public static <T> T callAsJob(long tenantId, String jobName, Supplier<T> work) {
    return callAsJob(tenantId, jobName, Role.COORDINATION, work);
  }

  /** A job that needs another role than the coordination's (the OParl import: Administration). */
  public static <T> T callAsJob(long tenantId, String jobName, Role role, Supplier<T> work) {
    var context = SecurityContextHolder.getContext();
    Authentication previous = context.getAuthentication();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            new JobPrincipal(tenantId, jobName),
            null,
            AuthorityUtils.createAuthorityList(role.authority())));
    try {
      return callAs(tenantId, work);
    } finally {
      context.setAuthentication(previous);
    }
  }

  /** A daily job acting in one municipality, named in the change history. */
  private record JobPrincipal(Long currentTenantId, String auditName) implements TenantPrincipal {}
}
