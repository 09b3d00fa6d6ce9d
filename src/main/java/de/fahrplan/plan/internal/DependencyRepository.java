package de.fahrplan.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DependencyRepository extends JpaRepository<Dependency, Long> {

  List<Dependency> findBySuccessorIdIn(Collection<Long> measureIds);

  List<Dependency> findByPredecessorIdOrSuccessorId(Long predecessorId, Long successorId);

  Optional<Dependency> findByPredecessorIdAndSuccessorId(Long predecessorId, Long successorId);
}
