package de.fahrplan.organisation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

  String MATCHING =
      """
      from Person p
      where (:q is null or lower(p.familyName) like :q or lower(p.givenName) like :q
             or lower(p.email) like :q or lower(p.jobFunction) like :q)
        and (:orgUnitId is null or p.orgUnitId = :orgUnitId)
      """;

  @Query(value = "select p " + MATCHING, countQuery = "select count(p) " + MATCHING)
  Page<Person> search(@Param("q") String q, @Param("orgUnitId") Long orgUnitId, Pageable page);

  Optional<Person> findByEmail(String email);

  Optional<Person> findByAccountId(long accountId);

  Optional<Person> findByEmailAndAccountIdIsNull(String email);

  List<Person> findByAccountIdIsNotNull();

  boolean existsByOrgUnitId(Long orgUnitId);
}
