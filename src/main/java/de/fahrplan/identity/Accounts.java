package de.fahrplan.identity;

import de.fahrplan.identity.internal.Account;
import de.fahrplan.identity.internal.AccountRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: login data, roles per municipality, lock-out; passwords are {@link Passwords}. */
@Service
public class Accounts {

  static final String AUDIT_TYPE = "Account";

  private final AccountRepository accounts;
  private final Passwords passwords;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final int maxFailedLogins;
  private final Duration lockout;
  private final java.time.Clock clock;

  Accounts(
      AccountRepository accounts,
      Passwords passwords,
      PasswordEncoder encoder,
      AuditLog audit,
      @Value("${fahrplan.security.max-failed-logins}") int maxFailedLogins,
      @Value("${fahrplan.security.lockout-minutes}") int lockoutMinutes,
      java.time.Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.encoder = encoder;
    this.audit = audit;
    this.maxFailedLogins = maxFailedLogins;
    this.lockout = Duration.ofMinutes(lockoutMinutes);
    this.clock = clock;
  }

  // --- login ---------------------------------------------------------------------------------

  /**
   * Claims one password login attempt, in one atomic statement, before the password is checked:
   * more than the allowed attempts within the window (5 in 15 minutes by default) lock the account
   * until the window ends, so that no further password is checked – however many attempts run in
   * parallel. A successful login clears the count ({@link #loginSucceeded}).
   */
  @Transactional
  public void claimLoginAttempt(String email) {
    String normalized = Account.normalize(email);
    Instant now = clock.instant();
    if (normalized != null && accounts.claimAttempt(normalized, now, now.minus(lockout)) > 0) {
      accounts.findByEmail(normalized).ifPresent(a -> a.overLimit(maxFailedLogins, lockout, now));
    }
  }

  /** The account for a password login (locked while its attempts are used up). */
  @Transactional(readOnly = true)
  public Optional<FahrplanUser> userForLogin(String email) {
    return accounts
        .findByEmail(Account.normalize(email))
        .filter(Account::enabled)
        .map(a -> toUser(a, null, a.passwordHash(), a.lockedAt(clock.instant())));
  }

  @Transactional(readOnly = true)
  public Optional<FahrplanUser> user(long accountId, Long tenantId) {
    return accounts
        .findById(accountId)
        .filter(Account::enabled)
        .map(a -> toUser(a, tenantId, null, false));
  }

  @Transactional
  public void loginSucceeded(String email) {
    accounts.clearAttempts(Account.normalize(email));
  }

  /** When a locked account opens again (for the login page's message). */
  @Transactional(readOnly = true)
  public Optional<Instant> lockedUntil(String email) {
    return accounts
        .findByEmail(Account.normalize(email))
        .filter(a -> a.lockedAt(clock.instant()))
        .map(Account::lockedUntil);
  }

  /**
   * Signs in an OpenID Connect identity: finds the account by issuer and subject (or links the one
   * with the same e-mail), creates it if needed, and takes its roles from the identity provider.
   */
  @Transactional
  public FahrplanUser signInOidc(
      String issuer,
      String subject,
      String email,
      String name,
      Map<Long, Set<Role>> roles,
      boolean operator) {
    Account account =
        accounts
            .findByOidcIssuerAndOidcSubject(issuer, subject)
            .or(
                () ->
                    email == null
                        ? Optional.empty()
                        : accounts.findByEmail(Account.normalize(email)))
            .orElseGet(
                () ->
                    accounts.save(
                        new Account(
                            email == null ? subject + "@oidc.invalid" : email,
                            name == null ? subject : name,
                            clock.instant())));
    account.linkOidc(issuer, subject);
    if (name != null) {
      account.rename(name);
    }
    account.makeOperator(operator);
    for (Long tenant : account.rolesByTenant().keySet()) {
      if (!roles.containsKey(tenant)) {
        account.replaceRoles(tenant, EnumSet.noneOf(Role.class));
      }
    }
    roles.forEach(account::replaceRoles);
    accounts.flush();
    return toUser(account, null, null, false);
  }

  // --- administration of one municipality ----------------------------------------------------

  @AdminOnly
  @Transactional(readOnly = true)
  public List<AccountView> inCurrentTenant() {
    long tenant = TenantContext.requireTenantId();
    return accounts.findByTenant(tenant).stream().map(a -> view(a, tenant)).toList();
  }

  @AdminOnly
  @Transactional(readOnly = true)
  public AccountView get(long id) {
    long tenant = TenantContext.requireTenantId();
    return view(findInTenant(id, tenant), tenant);
  }

  /**
   * Gives a person access to this municipality: an existing account gets the roles, a new one is
   * created and receives a link to set its password.
   */
  @AdminOnly
  @Transactional
  public AccountView grant(AccountInput input) {
    return grantIn(TenantContext.requireTenantId(), input);
  }

  /**
   * A municipality's administrator, invited by an operator (see {@code AdministratorInvitations}).
   */
  @Transactional
  AccountView grantAdministration(long tenant, String email, String displayName) {
    AccountInput input = new AccountInput();
    input.email = email;
    input.displayName = displayName;
    input.roles = EnumSet.of(Role.ADMIN);
    return TenantContext.callAs(tenant, () -> grantIn(tenant, input));
  }

  private AccountView grantIn(long tenant, AccountInput input) {
    new Rules()
        .required("email", input.email)
        .email("email", input.email)
        .required("displayName", input.displayName)
        .maxLength("displayName", input.displayName, 200)
        .check(input.roles != null && !input.roles.isEmpty(), "roles", "account.rolesRequired")
        .throwIfAny();
    Optional<Account> existing = accounts.findByEmail(Account.normalize(input.email));
    if (existing.isPresent() && !existing.get().rolesIn(tenant).isEmpty()) {
      throw new InvalidInputException("email", "account.emailTaken", input.email);
    }
    Account account =
        existing.orElseGet(
            () -> accounts.save(new Account(input.email, input.displayName, clock.instant())));
    Map<String, Object> before = existing.isPresent() ? account.auditState(tenant) : Map.of();
    account.replaceRoles(tenant, EnumSet.copyOf(input.roles));
    accounts.flush();
    audit.changed(AUDIT_TYPE, account.getId(), before, account.auditState(tenant));
    if (account.passwordHash() == null && account.oidcIssuer() == null) {
      passwords.sendInvitation(account);
    }
    return view(account, tenant);
  }

  /**
   * Sends the invitation again to an account that has not set its password yet (the first link
   * expired or the mail got lost); earlier links stay valid until they expire.
   */
  @AdminOnly
  @Transactional
  public AccountView resendInvitation(long id) {
    long tenant = TenantContext.requireTenantId();
    Account account = findInTenant(id, tenant);
    if (account.passwordHash() != null || account.oidcIssuer() != null) {
      throw new InvalidInputException(null, "account.alreadyActive", account.email());
    }
    passwords.sendInvitation(account);
    audit.recordedFor(tenant, TenantContext.actorName(), AUDIT_TYPE, id, "INVITATION_SENT");
    return view(account, tenant);
  }

  @AdminOnly
  @Transactional
  public AccountView changeRoles(long id, Long expectedVersion, Set<Role> roles) {
    long tenant = TenantContext.requireTenantId();
    Account account = findInTenant(id, tenant);
    Versions.check(AUDIT_TYPE, account.getVersion(), expectedVersion);
    new Rules()
        .check(roles != null && !roles.isEmpty(), "roles", "account.rolesRequired")
        .throwIfAny();
    preventSelfLockout(account, roles);
    Map<String, Object> before = account.auditState(tenant);
    account.replaceRoles(tenant, EnumSet.copyOf(roles));
    accounts.flush();
    audit.changed(AUDIT_TYPE, id, before, account.auditState(tenant));
    return view(account, tenant);
  }

  /**
   * Takes every role in this municipality away; the account itself stays (other municipalities).
   */
  @AdminOnly
  @Transactional
  public void revoke(long id, Long expectedVersion) {
    long tenant = TenantContext.requireTenantId();
    Account account = findInTenant(id, tenant);
    Versions.check(AUDIT_TYPE, account.getVersion(), expectedVersion);
    preventSelfLockout(account, Set.of());
    Map<String, Object> before = account.auditState(tenant);
    account.replaceRoles(tenant, EnumSet.noneOf(Role.class));
    accounts.flush();
    audit.changed(AUDIT_TYPE, id, before, account.auditState(tenant));
  }

  @AdminOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    findInTenant(id, TenantContext.requireTenantId());
    return audit.history(AUDIT_TYPE, id);
  }

  private void preventSelfLockout(Account account, Set<Role> roles) {
    boolean self =
        TenantContext.principal()
            .map(p -> p instanceof FahrplanUser u && u.accountId() == account.getId())
            .orElse(false);
    if (self && !roles.contains(Role.ADMIN)) {
      throw new InvalidInputException("roles", "account.cannotRemoveOwnAdmin");
    }
  }

  // --- set-up (demo data, first operator) ----------------------------------------------------

  /** Creates a local account with a password (used by the demo data and the first operator). */
  @Transactional
  public long createLocal(
      String email, String name, String password, boolean operator, Map<Long, Set<Role>> roles) {
    Passwords.check(password, email);
    if (accounts.findByEmail(Account.normalize(email)).isPresent()) {
      throw new InvalidInputException("email", "account.emailTaken", email);
    }
    Account account = new Account(email, name, clock.instant());
    account.changePasswordHash(encoder.encode(password));
    account.makeOperator(operator);
    roles.forEach(account::replaceRoles);
    return accounts.saveAndFlush(account).getId();
  }

  @Transactional(readOnly = true)
  public boolean anyOperator() {
    return accounts.anyOperator();
  }

  private Account findInTenant(long id, long tenant) {
    return accounts
        .findById(id)
        .filter(a -> !a.rolesIn(tenant).isEmpty())
        .orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }

  private AccountView view(Account a, long tenant) {
    return new AccountView(
        a.getId(),
        a.email(),
        a.displayName(),
        a.rolesIn(tenant),
        a.passwordHash() != null,
        a.oidcIssuer() != null,
        a.lockedAt(clock.instant()) ? a.lockedUntil() : null,
        a.getVersion());
  }

  private static FahrplanUser toUser(
      Account a, Long tenantId, String passwordHash, boolean locked) {
    return new FahrplanUser(
        a.getId(),
        a.email(),
        a.displayName(),
        a.operator(),
        a.rolesByTenant(),
        tenantId,
        passwordHash,
        locked);
  }
}
