package de.fahrplan.organisation.internal;

import de.fahrplan.shared.PublicationWindow;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

  List<Membership> findByOrganizationId(Long organizationId);

  /** A published seat: a published committee and a person who agreed. */
  String PUBLISHED =
      """
      exists (select 1 from Organization o where o.id = x.organizationId and o.published = true)
      and exists (select 1 from Person p where p.id = x.personId and p.published = true)
      """;

  @Query("select x from Membership x where x.personId in :ids and " + PUBLISHED + " order by x.id")
  List<Membership> publishedOfPersons(@Param("ids") Collection<Long> personIds);

  @Query(
      "select x from Membership x where x.organizationId in :ids and "
          + PUBLISHED
          + " order by x.id")
  List<Membership> publishedOfOrganizations(@Param("ids") Collection<Long> organizationIds);

  @Query("select x from Membership x where x.id = :id and " + PUBLISHED)
  Optional<Membership> findPublished(@Param("id") long id);

  /** Published seats, a window of them in id order (OParl). */
  @Query("select x from Membership x where " + PUBLISHED + PublicationWindow.JPQL)
  List<Membership> published(@Param("w") PublicationWindow w, Limit limit);

  boolean existsByPersonId(Long personId);

  /** Member counts per organization in one query (no N+1 on the list page). */
  default List<Object[]> countByOrganizationIds(Collection<Long> ids) {
    return countByOrganizationIds(ids.toArray(Long[]::new));
  }

  /** The ids as an array: one translation for any number of them (ADR 0036). */
  @Query(
      "select m.organizationId, count(m) from Membership m where contains_id(:ids,"
          + " m.organizationId) group by m.organizationId")
  List<Object[]> countByOrganizationIds(@Param("ids") Long[] ids);
}
