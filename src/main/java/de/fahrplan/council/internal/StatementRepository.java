package de.fahrplan.council.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatementRepository extends JpaRepository<Statement, Long> {

  List<Statement> findByPaperIdAndDeletedFalseOrderByIdAsc(long paperId);

  Optional<Statement> findByIdAndDeletedFalse(long id);

  /** The unanswered requests to org units (for the units' leads' task lists). */
  List<Statement> findByAnswerIsNullAndOrgUnitIdNotNullAndDeletedFalse();

  boolean existsByOrgUnitId(long orgUnitId);

  boolean existsByOrganizationId(long organizationId);
}
