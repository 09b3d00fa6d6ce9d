package de.fahrplan.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerRepository extends JpaRepository<Partner, Long> {

  List<Partner> findByMeasureIdOrderByIdAsc(Long measureId);

  List<Partner> findByMeasureIdIn(java.util.Collection<Long> measureIds);
}
