package de.fahrplan.plan.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

  List<Milestone> findByMeasureIdOrderByPlannedDateAscIdAsc(Long measureId);

  List<Milestone> findByMeasureIdIn(Collection<Long> measureIds);
}
