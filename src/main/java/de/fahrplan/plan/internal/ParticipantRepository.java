package de.fahrplan.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

  List<Participant> findByMeasureIdOrderByIdAsc(Long measureId);

  List<Participant> findByMeasureIdIn(java.util.Collection<Long> measureIds);

  /** Every participant of a version's measures. */
  @org.springframework.data.jpa.repository.Query(
      "select p from Participant p where p.measureId in"
          + " (select m.id from Measure m where m.strategyVersionId = :versionId)")
  List<Participant> findOfVersion(Long versionId);

  boolean existsByOrgUnitId(Long orgUnitId);

  boolean existsByPersonId(Long personId);

  boolean existsByOrganizationId(Long organizationId);
}
