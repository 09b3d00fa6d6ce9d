package de.fahrplan.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time password-reset link; only the hash of its secret is stored. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long accountId;
  private String tokenHash;
  private Instant expiresAt;
  private Instant usedAt;

  protected PasswordReset() {}

  public PasswordReset(Long accountId, String tokenHash, Instant expiresAt) {
    this.accountId = accountId;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }

  public boolean usableAt(Instant now) {
    return usedAt == null && expiresAt.isAfter(now);
  }

  public void use(Instant now) {
    usedAt = now;
  }

  public Long accountId() {
    return accountId;
  }
}
