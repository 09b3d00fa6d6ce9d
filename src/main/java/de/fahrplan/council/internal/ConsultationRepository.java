package de.fahrplan.council.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

  List<Consultation> findByPaperIdAndDeletedFalseOrderByPositionAsc(long paperId);

  Optional<Consultation> findByIdAndDeletedFalse(long id);

  boolean existsByOrganizationId(long organizationId);
}
