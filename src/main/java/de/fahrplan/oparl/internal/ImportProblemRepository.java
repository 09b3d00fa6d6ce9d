package de.fahrplan.oparl.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportProblemRepository extends JpaRepository<ImportProblem, Long> {

  List<ImportProblem> findByRunIdOrderByIdAsc(long runId, Limit limit);
}
