package de.fahrplan.shared.security;

/** A signed-in user or API client, bound to the municipality (tenant) it currently works in. */
public interface TenantPrincipal {

  /** The tenant (body id) of this request, or {@code null} if none is selected. */
  Long currentTenantId();

  /** The name recorded in the audit trail (e-mail of the account). */
  String auditName();

  /** The signed-in account; empty for jobs acting in a municipality. */
  default java.util.OptionalLong account() {
    return java.util.OptionalLong.empty();
  }
}
