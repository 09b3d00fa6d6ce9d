package de.fahrplan.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CriterionRepository extends JpaRepository<Criterion, Long> {

  List<Criterion> findAllByOrderByPositionAsc();
}
