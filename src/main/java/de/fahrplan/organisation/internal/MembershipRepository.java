package de.fahrplan.organisation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

  List<Membership> findByOrganizationId(Long organizationId);

  boolean existsByPersonId(Long personId);

  /** Member counts per organization in one query (no N+1 on the list page). */
  @Query(
      "select m.organizationId, count(m) from Membership m where m.organizationId in :ids group by m.organizationId")
  List<Object[]> countByOrganizationIds(@Param("ids") Collection<Long> ids);
}
