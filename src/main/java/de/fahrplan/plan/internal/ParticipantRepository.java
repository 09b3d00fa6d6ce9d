package de.fahrplan.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

  List<Participant> findByMeasureIdOrderByIdAsc(Long measureId);

  List<Participant> findByMeasureIdIn(java.util.Collection<Long> measureIds);

  boolean existsByOrgUnitId(Long orgUnitId);

  boolean existsByPersonId(Long personId);

  boolean existsByOrganizationId(Long organizationId);
}
