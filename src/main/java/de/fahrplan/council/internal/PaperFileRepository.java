package de.fahrplan.council.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaperFileRepository extends JpaRepository<PaperFile, Long> {

  List<PaperFile> findByPaperIdAndDeletedFalseOrderByIdAsc(long paperId);

  Optional<PaperFile> findByIdAndDeletedFalse(long id);
}
