package de.fahrplan.organisation.internal;

import de.fahrplan.shared.PublicationWindow;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LegislativeTermRepository extends JpaRepository<LegislativeTerm, Long> {

  List<LegislativeTerm> findAllByOrderByStartDateDescIdDesc();

  boolean existsByName(String name);

  boolean existsByNameAndIdNot(String name, Long id);

  /** A municipality's terms are public once it publishes (OParl), a window in id order. */
  @Query("select x from LegislativeTerm x where 1 = 1" + PublicationWindow.JPQL)
  List<LegislativeTerm> published(@Param("w") PublicationWindow w, Limit limit);
}
