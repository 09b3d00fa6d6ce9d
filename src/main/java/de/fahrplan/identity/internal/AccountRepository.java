package de.fahrplan.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

  Optional<Account> findByEmail(String email);

  Optional<Account> findByOidcIssuerAndOidcSubject(String issuer, String subject);

  @Query(
      "select distinct a from Account a join a.roles r where r.tenantId = :tenantId order by a.displayName")
  List<Account> findByTenant(@Param("tenantId") long tenantId);

  @Query("select count(a) > 0 from Account a where a.operator = true")
  boolean anyOperator();

  /**
   * Claims one login attempt in one statement (the row lock orders parallel attempts): the count
   * starts again when the window began before {@code windowStart}.
   */
  @org.springframework.data.jpa.repository.Modifying(
      flushAutomatically = true,
      clearAutomatically = true)
  @Query(
      "update Account a set"
          + " a.failedLogins = case when a.attemptsSince is null or a.attemptsSince < :windowStart"
          + " then 1 else a.failedLogins + 1 end,"
          + " a.attemptsSince = case when a.attemptsSince is null or a.attemptsSince < :windowStart"
          + " then :now else a.attemptsSince end"
          + " where a.email = :email")
  int claimAttempt(
      @Param("email") String email,
      @Param("now") java.time.Instant now,
      @Param("windowStart") java.time.Instant windowStart);

  /** A successful login starts counting anew. */
  @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true)
  @Query(
      "update Account a set a.failedLogins = 0, a.attemptsSince = null, a.lockedUntil = null"
          + " where a.email = :email")
  int clearAttempts(@Param("email") String email);
}
