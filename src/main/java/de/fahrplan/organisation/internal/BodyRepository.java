package de.fahrplan.organisation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BodyRepository extends JpaRepository<Body, Long> {

  List<Body> findAllByOrderByNameAsc();

  Optional<Body> findBySlug(String slug);

  java.util.List<Body> findByOparlPublishedTrueOrderByIdAsc();

  Optional<Body> findBySlugAndOparlPublishedTrue(String slug);

  boolean existsBySlugAndIdNot(String slug, Long id);

  boolean existsByAgsAndIdNot(String ags, Long id);
}
