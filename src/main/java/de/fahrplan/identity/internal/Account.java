package de.fahrplan.identity.internal;

import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A login: e-mail with password and/or an OpenID Connect identity, with roles per tenant. */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;
  private String displayName;
  private String passwordHash;
  private String oidcIssuer;
  private String oidcSubject;
  private boolean operator;
  private boolean enabled;
  private int failedLogins;
  private Instant attemptsSince;
  private Instant lockedUntil;
  private Instant createdAt;
  @Version private long version;

  @OneToMany(
      mappedBy = "account",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  private Set<AccountRole> roles = new HashSet<>();

  protected Account() {}

  public Account(String email, String displayName, Instant createdAt) {
    this.email = normalize(email);
    this.displayName = displayName;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  public static String normalize(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  public void changePasswordHash(String hash) {
    this.passwordHash = hash;
    this.failedLogins = 0;
    this.lockedUntil = null;
  }

  public void linkOidc(String issuer, String subject) {
    this.oidcIssuer = issuer;
    this.oidcSubject = subject;
  }

  public void makeOperator(boolean operator) {
    this.operator = operator;
  }

  public void rename(String displayName) {
    this.displayName = displayName;
  }

  /**
   * After a claimed attempt: more than {@code max} attempts since the window began lock the account
   * until the window ends, so that no further password is even checked.
   */
  public boolean overLimit(int max, Duration window, Instant now) {
    if (failedLogins > max && attemptsSince != null) {
      Instant until = attemptsSince.plus(window);
      if (lockedUntil == null || lockedUntil.isBefore(until)) {
        lockedUntil = until;
      }
    }
    return lockedAt(now);
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public Set<Role> rolesIn(long tenantId) {
    Set<Role> result = EnumSet.noneOf(Role.class);
    roles.stream().filter(r -> r.tenantId() == tenantId).forEach(r -> result.add(r.role()));
    return result;
  }

  /** Replaces this account's roles in one tenant. */
  public void replaceRoles(long tenantId, Set<Role> newRoles) {
    roles.removeIf(r -> r.tenantId() == tenantId && !newRoles.contains(r.role()));
    Set<Role> existing = rolesIn(tenantId);
    newRoles.stream()
        .filter(r -> !existing.contains(r))
        .forEach(r -> roles.add(new AccountRole(this, tenantId, r)));
  }

  public Map<Long, Set<Role>> rolesByTenant() {
    return roles.stream()
        .collect(
            Collectors.groupingBy(
                AccountRole::tenantId,
                TreeMap::new,
                Collectors.mapping(
                    AccountRole::role, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean operator() {
    return operator;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public String oidcIssuer() {
    return oidcIssuer;
  }

  public Map<String, Object> auditState(long tenantId) {
    List<String> roleNames = rolesIn(tenantId).stream().map(Enum::name).sorted().toList();
    return AuditLog.state(
        "email",
        email,
        "displayName",
        displayName,
        "roles",
        String.join(", ", roleNames),
        "operator",
        operator,
        "enabled",
        enabled);
  }
}
