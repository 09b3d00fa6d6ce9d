package de.fahrplan.organisation.internal;

import de.fahrplan.shared.PublicationWindow;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LocationRepository extends JpaRepository<Location, Long> {

  List<Location> findAllByOrderByDescriptionAscIdAsc();

  List<Location> findByIdIn(Collection<Long> ids);

  Optional<Location> findByDescription(String description);

  List<Location> findByDescriptionIn(Collection<String> descriptions);

  boolean existsByDescriptionAndIdNot(String description, Long id);

  /** A municipality's places are public once it publishes (OParl), a window in id order. */
  @Query("select x from Location x where 1 = 1" + PublicationWindow.JPQL)
  List<Location> published(@Param("w") PublicationWindow w, Limit limit);
}
