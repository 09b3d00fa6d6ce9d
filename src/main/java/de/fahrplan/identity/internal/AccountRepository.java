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
}
