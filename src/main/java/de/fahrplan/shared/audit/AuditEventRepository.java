package de.fahrplan.shared.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

  List<AuditEvent> findByTenantIdAndObjectTypeAndObjectIdOrderByOccurredAtDescIdDesc(
      Long tenantId, String objectType, long objectId);

  List<AuditEvent> findByTenantIdIsNullAndObjectTypeAndObjectIdOrderByOccurredAtDescIdDesc(
      String objectType, long objectId);

  List<AuditEvent>
      findByTenantIdAndObjectTypeAndObjectIdInAndActionInAndOccurredAtAfterOrderByOccurredAtAscIdAsc(
          Long tenantId,
          String objectType,
          java.util.Collection<Long> objectIds,
          java.util.Collection<String> actions,
          java.time.Instant after);
}
