package de.fahrplan.strategy.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

  List<IndicatorValue> findByIndicatorIdIn(Collection<Long> indicatorIds);
}
