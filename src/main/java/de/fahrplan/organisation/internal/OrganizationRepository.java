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

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

  String MATCHING =
      """
      from Organization o
      where (:q is null or lower(o.name) like :q escape '\\' or lower(o.shortName) like :q escape '\\')
      """;

  @Query(value = "select o " + MATCHING, countQuery = "select count(o) " + MATCHING)
  Page<Organization> search(@Param("q") String q, Pageable page);

  boolean existsByNameAndIdNot(String name, Long id);

  boolean existsByName(String name);

  /**
   * Published committees, a window of them in id order (OParl); withdrawn ones too when the window
   * asks for deleted objects.
   */
  @Query(
      "select x from Organization x where (x.published = true or (x.wasPublished = true"
          + " and :#{#w.withDeleted()} = true))"
          + PublicationWindow.JPQL)
  List<Organization> published(@Param("w") PublicationWindow w, Limit limit);

  /** A published committee, or one whose publication was withdrawn (its stub). */
  Optional<Organization> findByIdAndWasPublishedTrue(long id);

  List<Organization> findByPublishedTrue();
}
