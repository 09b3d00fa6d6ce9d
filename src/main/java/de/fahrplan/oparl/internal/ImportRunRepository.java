package de.fahrplan.oparl.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

  List<ImportRun> findBySourceIdOrderByIdDesc(long sourceId, Limit limit);
}
