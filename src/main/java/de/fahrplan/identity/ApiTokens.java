package de.fahrplan.identity;

import de.fahrplan.identity.internal.ApiToken;
import de.fahrplan.identity.internal.ApiTokenRepository;
import de.fahrplan.identity.internal.Secrets;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.MemberOnly;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens: created by a signed-in user for the current municipality, shown once, stored
 * as SHA-256, with expiry and revocation. A token acts with its owner's current roles there.
 */
@Service
public class ApiTokens {

  /** A new token; {@code secret} is shown exactly once. */
  public record Created(ApiTokenView token, String secret) {}

  static final String PREFIX = "fp_";
  private static final int MAX_DAYS = 366;

  private final ApiTokenRepository tokens;
  private final Accounts accounts;
  private final java.time.Clock clock;
  private final JdbcClient jdbc;
  private final TransactionTemplate inTransaction;

  ApiTokens(
      ApiTokenRepository tokens,
      Accounts accounts,
      java.time.Clock clock,
      JdbcClient jdbc,
      PlatformTransactionManager transactions) {
    this.clock = clock;
    this.tokens = tokens;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.inTransaction = new TransactionTemplate(transactions);
  }

  @MemberOnly
  @Transactional
  public Created create(String name, LocalDate expiresOn) {
    FahrplanUser user = currentUser();
    LocalDate today = LocalDate.now(clock);
    new Rules()
        .required("name", name)
        .maxLength("name", name, 100)
        .required("expiresOn", expiresOn)
        .check(expiresOn == null || expiresOn.isAfter(today), "expiresOn", "token.expiryInPast")
        .check(
            expiresOn == null || !expiresOn.isAfter(today.plusDays(MAX_DAYS)),
            "expiresOn",
            "token.expiryTooLate")
        .throwIfAny();
    String secret = PREFIX + Secrets.random(40);
    Instant expiresAt = expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    ApiToken token =
        tokens.save(
            new ApiToken(
                clock.instant(),
                user.accountId(),
                user.currentTenantId(),
                name,
                Secrets.sha256(secret),
                secret.substring(0, 7),
                expiresAt));
    return new Created(view(token), secret);
  }

  /** Stores a token with a given secret (demo data only). */
  @Transactional
  public void createWithSecret(long accountId, long tenantId, String name, String secret) {
    tokens.save(
        new ApiToken(
            clock.instant(),
            accountId,
            tenantId,
            name,
            Secrets.sha256(secret),
            secret.substring(0, 7),
            null));
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<ApiTokenView> mine() {
    FahrplanUser user = currentUser();
    return tokens
        .findByAccountIdAndTenantIdOrderByCreatedAtDesc(user.accountId(), user.currentTenantId())
        .stream()
        .map(this::view)
        .toList();
  }

  @MemberOnly
  @Transactional
  public void revoke(long id) {
    FahrplanUser user = currentUser();
    tokens
        .findById(id)
        .filter(
            t ->
                t.accountId().equals(user.accountId())
                    && t.tenantId().equals(user.currentTenantId()))
        .orElseThrow(() -> new NotFoundException("ApiToken"))
        .revoke(clock.instant());
  }

  /**
   * The user a bearer token stands for, bound to the token's municipality, if it is valid.
   *
   * <p>The token's municipality is read first, by plain JDBC, and the unit of work runs in it: a
   * unit without a municipality before every API call would make each pooled H2 connection drop its
   * prepared statements twice per request (H2Tenant), so that H2 parsed every statement again.
   */
  public Optional<FahrplanUser> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
      return Optional.empty();
    }
    String hash = Secrets.sha256(secret);
    return jdbc.sql("select tenant_id from api_token where token_hash = ?")
        .param(hash)
        .query(Long.class)
        .optional()
        .flatMap(
            tenant ->
                TenantContext.callAs(
                    tenant, () -> inTransaction.execute(status -> authenticate(hash, tenant))));
  }

  private Optional<FahrplanUser> authenticate(String hash, long tenant) {
    Instant now = clock.instant();
    return tokens
        .findByTokenHash(hash)
        .filter(t -> t.tenantId() == tenant && t.usableAt(now))
        .flatMap(
            t -> {
              t.touch(now);
              return accounts
                  .user(t.accountId(), tenant)
                  .filter(u -> Long.valueOf(tenant).equals(u.currentTenantId()));
            });
  }

  private static FahrplanUser currentUser() {
    return TenantContext.principal()
        .filter(FahrplanUser.class::isInstance)
        .map(FahrplanUser.class::cast)
        .filter(u -> u.currentTenantId() != null)
        .orElseThrow(() -> new NotFoundException("tenant"));
  }

  private ApiTokenView view(ApiToken t) {
    return new ApiTokenView(
        t.getId(),
        t.name(),
        t.hint(),
        t.createdAt(),
        t.expiresAt(),
        t.revokedAt(),
        t.lastUsedAt(),
        t.usableAt(clock.instant()));
  }
}
