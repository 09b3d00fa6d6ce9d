package de.fahrplan.organisation.internal;

import de.fahrplan.shared.PublicationWindow;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

  String MATCHING =
      """
      from Person p
      where (:q is null or lower(p.familyName) like :q escape '\\'
             or lower(p.givenName) like :q escape '\\'
             or lower(p.email) like :q escape '\\' or lower(p.jobFunction) like :q escape '\\')
        and (:orgUnitId is null or p.orgUnitId = :orgUnitId)
      """;

  @Query(value = "select p " + MATCHING, countQuery = "select count(p) " + MATCHING)
  Page<Person> search(@Param("q") String q, @Param("orgUnitId") Long orgUnitId, Pageable page);

  Optional<Person> findByEmail(String email);

  Optional<Person> findByAccountId(long accountId);

  Optional<Person> findByEmailAndAccountIdIsNull(String email);

  List<Person> findByAccountIdIsNotNull();

  boolean existsByOrgUnitId(Long orgUnitId);

  /** Who may appear publicly: agreed, and a member of a published committee. */
  String PUBLISHED =
      """
      x.published = true and exists (select 1 from Membership m, Organization o
        where m.personId = x.id and o.id = m.organizationId and o.published = true)
      """;

  /** Published persons, a window of them in id order (OParl). */
  @Query("select x from Person x where " + PUBLISHED + PublicationWindow.JPQL)
  List<Person> published(@Param("w") PublicationWindow w, Limit limit);

  @Query("select x from Person x where x.id = :id and " + PUBLISHED)
  Optional<Person> findPublished(@Param("id") long id);
}
