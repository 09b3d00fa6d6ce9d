package de.fahrplan.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token, bound to one account and one tenant; only its SHA-256 is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long accountId;
  private Long tenantId;
  private String name;
  private String tokenHash;
  private String tokenHint;
  private Instant createdAt;
  private Instant expiresAt;
  private Instant revokedAt;
  private Instant lastUsedAt;

  protected ApiToken() {}

  public ApiToken(
      Instant createdAt,
      Long accountId,
      Long tenantId,
      String name,
      String tokenHash,
      String tokenHint,
      Instant expiresAt) {
    this.accountId = accountId;
    this.tenantId = tenantId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.tokenHint = tokenHint;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean usableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  /**
   * Records use at most every five minutes, so reading through the API does not write each time.
   */
  public boolean touch(Instant now) {
    if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(300))) {
      lastUsedAt = now;
      return true;
    }
    return false;
  }

  public Long getId() {
    return id;
  }

  public Long accountId() {
    return accountId;
  }

  public Long tenantId() {
    return tenantId;
  }

  public String name() {
    return name;
  }

  public String hint() {
    return tokenHint;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }
}
