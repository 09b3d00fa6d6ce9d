package de.fahrplan.organisation.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

  String MATCHING =
      """
      from Organization o
      where (:q is null or lower(o.name) like :q or lower(o.shortName) like :q)
      """;

  @Query(value = "select o " + MATCHING, countQuery = "select count(o) " + MATCHING)
  Page<Organization> search(@Param("q") String q, Pageable page);

  boolean existsByNameAndIdNot(String name, Long id);

  boolean existsByName(String name);
}
