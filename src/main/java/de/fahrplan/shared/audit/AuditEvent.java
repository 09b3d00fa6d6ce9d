package de.fahrplan.shared.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change: who, when, which object, and the changed fields as JSON. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long tenantId;
  private Instant occurredAt;
  private String actor;
  private String objectType;
  private long objectId;
  private String action;
  private String changes;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      Long tenantId,
      String actor,
      String objectType,
      long objectId,
      String action,
      String changes) {
    this.tenantId = tenantId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.objectType = objectType;
    this.objectId = objectId;
    this.action = action;
    this.changes = changes;
  }

  String objectType() {
    return objectType;
  }

  long objectId() {
    return objectId;
  }

  Instant occurredAt() {
    return occurredAt;
  }

  String actor() {
    return actor;
  }

  String action() {
    return action;
  }

  String changes() {
    return changes;
  }
}
