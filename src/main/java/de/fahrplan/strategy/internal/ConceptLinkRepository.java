package de.fahrplan.strategy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConceptLinkRepository extends JpaRepository<ConceptLink, Long> {

  List<ConceptLink> findByStrategyVersionIdOrderByAdoptedOnAscTitleAsc(Long versionId);
}
