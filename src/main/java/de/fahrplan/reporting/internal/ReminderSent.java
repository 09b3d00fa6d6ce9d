package de.fahrplan.reporting.internal;

import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reminder that went out for a status update. Its unique key (update, kind) is the claim: a
 * second node that tries to send the same reminder fails on insert and sends nothing.
 */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent extends TenantEntity {

  private Long statusUpdateId;
  private String kind;
  private Instant sentAt;

  protected ReminderSent() {}

  public ReminderSent(Long statusUpdateId, String kind, Instant sentAt) {
    this.statusUpdateId = statusUpdateId;
    this.kind = kind;
    this.sentAt = sentAt;
  }
}
