package de.fahrplan.council.internal;

import de.fahrplan.shared.PublicationWindow;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaperFileRepository extends JpaRepository<PaperFile, Long> {

  /** A paper's Anlagen (not its main file). */
  List<PaperFile> findByPaperIdAndMainFileFalseAndDeletedFalseOrderByIdAsc(long paperId);

  boolean existsByPaperIdAndMainFileTrue(long paperId);

  Optional<PaperFile> findByIdAndDeletedFalse(long id);

  List<PaperFile> findByPaperIdInAndDeletedFalseOrderByPaperIdAscIdAsc(Collection<Long> paperIds);

  /**
   * Files of published papers, in id order (OParl); removed ones too when the window asks for
   * deleted objects.
   */
  @Query(
      "select x from PaperFile x where (x.deleted = false or :#{#w.withDeleted()} = true) and "
          + PaperRepository.LIVE_PUBLISHED
          + "x.paperId)"
          + PublicationWindow.JPQL)
  List<PaperFile> published(@Param("w") PublicationWindow w, Limit limit);

  /** A file of a published paper, removed or not. */
  @Query(
      "select x from PaperFile x where x.id = :id and "
          + PaperRepository.LIVE_PUBLISHED
          + "x.paperId)")
  java.util.Optional<PaperFile> findOfPublishedPaper(@Param("id") long id);
}
