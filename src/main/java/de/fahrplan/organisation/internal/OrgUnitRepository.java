package de.fahrplan.organisation.internal;

import de.fahrplan.shared.PublicationWindow;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

  List<OrgUnit> findAllByOrderByCodeAsc();

  Optional<OrgUnit> findByCode(String code);

  boolean existsByParentId(Long parentId);

  /**
   * The org units of a municipality that publishes its organisation chart (the body's choice, a
   * condition here so that the rule stands in one place), a window in id order.
   */
  @Query("select x from OrgUnit x where " + CHART_PUBLISHED + PublicationWindow.JPQL)
  List<OrgUnit> published(@Param("w") PublicationWindow w, Limit limit);

  @Query("select x from OrgUnit x where x.id = :id and " + CHART_PUBLISHED)
  Optional<OrgUnit> findPublished(@Param("id") long id);

  String CHART_PUBLISHED =
      "exists (select 1 from Body b where b.id = x.tenantId and b.orgChartPublished = true)";
}
