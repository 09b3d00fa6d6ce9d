package de.fahrplan.organisation.internal;

import de.fahrplan.organisation.BodyView;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BodyRepository extends JpaRepository<Body, Long> {

  List<Body> findAllByOrderByNameAsc();

  Optional<Body> findBySlug(String slug);

  /**
   * The municipalities that publish over OParl, read without their logos: every OParl request asks,
   * and a logo is up to 512 KB.
   */
  String PUBLISHING =
      """
      select new de.fahrplan.organisation.BodyView(b.id, b.name, b.shortName, b.bodyType, b.ags,
        b.rgs, b.website, b.license, b.slug, case when b.logo is null then false else true end,
        b.oparlPublished, b.orgChartPublished, b.createdAt, b.modified, b.version)
      from Body b where b.oparlPublished = true
      """;

  @Query(PUBLISHING + " order by b.id")
  List<BodyView> publishingOParl();

  @Query(PUBLISHING + " and b.slug = :slug")
  Optional<BodyView> publishingOParl(@Param("slug") String slug);

  boolean existsBySlugAndIdNot(String slug, Long id);

  boolean existsByAgsAndIdNot(String ags, Long id);
}
