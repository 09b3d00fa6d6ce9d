package de.fahrplan.plan.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResourceEntryRepository extends JpaRepository<ResourceEntry, Long> {

  List<ResourceEntry> findByMeasureIdOrderByBudgetYearAsc(Long measureId);

  List<ResourceEntry> findByMeasureIdIn(Collection<Long> measureIds);
}
