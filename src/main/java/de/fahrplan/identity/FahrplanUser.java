package de.fahrplan.identity;

import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.security.TenantPrincipal;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who is signed in (by password, OpenID Connect or API token), which municipality they work in now,
 * and their roles there. Authorities are the roles in the current municipality only.
 */
public final class FahrplanUser
    implements UserDetails, CredentialsContainer, TenantPrincipal, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String email;
  private final String displayName;
  private final boolean operator;
  private final TreeMap<Long, EnumSet<Role>> rolesByTenant;
  private final Long currentTenantId;
  private final boolean locked;
  private String passwordHash;

  public FahrplanUser(
      long accountId,
      String email,
      String displayName,
      boolean operator,
      Map<Long, Set<Role>> rolesByTenant,
      Long currentTenantId,
      String passwordHash,
      boolean locked) {
    this.accountId = accountId;
    this.email = email;
    this.displayName = displayName;
    this.operator = operator;
    this.rolesByTenant = new TreeMap<>();
    rolesByTenant.forEach(
        (t, r) ->
            this.rolesByTenant.put(
                t, r.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(r)));
    this.currentTenantId =
        currentTenantId != null && this.rolesByTenant.containsKey(currentTenantId)
            ? currentTenantId
            : this.rolesByTenant.isEmpty() ? null : this.rolesByTenant.firstKey();
    this.passwordHash = passwordHash;
    this.locked = locked;
  }

  /** The same user, working in another municipality (must hold a role there). */
  public FahrplanUser inTenant(long tenantId) {
    if (!rolesByTenant.containsKey(tenantId)) {
      throw new IllegalArgumentException("no role in tenant " + tenantId);
    }
    return new FahrplanUser(
        accountId, email, displayName, operator, Map.copyOf(rolesByTenant), tenantId, null, false);
  }

  @Override
  public java.util.OptionalLong account() {
    return java.util.OptionalLong.of(accountId);
  }

  public long accountId() {
    return accountId;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public boolean operator() {
    return operator;
  }

  public Set<Long> tenantIds() {
    return rolesByTenant.keySet();
  }

  public Set<Role> roles() {
    return currentTenantId == null ? Set.of() : rolesByTenant.get(currentTenantId);
  }

  public boolean has(Role role) {
    return roles().contains(role);
  }

  @Override
  public Long currentTenantId() {
    return currentTenantId;
  }

  @Override
  public String auditName() {
    return email;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities = new ArrayList<>();
    if (operator) {
      authorities.add(new SimpleGrantedAuthority(TenantContext.OPERATOR));
    }
    roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FahrplanUser other && other.accountId == accountId;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(accountId);
  }

  @Override
  public String toString() {
    return "FahrplanUser[" + email + ", tenant " + currentTenantId + "]";
  }
}
