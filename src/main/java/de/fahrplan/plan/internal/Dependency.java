package de.fahrplan.plan.internal;

import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Finish-to-start: the successor should start only when the predecessor has ended. */
@Entity
@Table(name = "measure_dependency")
public class Dependency extends TenantEntity {

  private Long predecessorId;
  private Long successorId;

  protected Dependency() {}

  public Dependency(Long predecessorId, Long successorId) {
    this.predecessorId = predecessorId;
    this.successorId = successorId;
  }

  public Long predecessorId() {
    return predecessorId;
  }

  public Long successorId() {
    return successorId;
  }
}
