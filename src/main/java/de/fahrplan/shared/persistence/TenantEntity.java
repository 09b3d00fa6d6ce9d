package de.fahrplan.shared.persistence;

import de.fahrplan.shared.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import org.hibernate.annotations.SQLRestriction;

/**
 * Base of every entity owned by a municipality. Its {@code tenant_id} is set on insert, and every
 * query, load by id and collection of it carries the restriction below, so one tenant's request can
 * never see another tenant's rows (ADR 0003, ADR 0035). The restriction reads the municipality from
 * the database session ({@link TenantConnections}), not from a parameter: the statement is the same
 * for every municipality, and Hibernate translates it once.
 */
@MappedSuperclass
@SQLRestriction("tenant_id = fahrplan_tenant()")
public abstract class TenantEntity implements BelongsToTenant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Version private long version;

  /** The unit of work's municipality; without one nothing tenant-owned may be written. */
  @PrePersist
  void ownedByTheCurrentTenant() {
    if (tenantId == null) {
      tenantId =
          TenantContext.currentTenantId()
              .orElseThrow(() -> new IllegalStateException("no municipality to own the new row"));
    }
  }

  public Long getId() {
    return id;
  }

  @Override
  public Long getTenantId() {
    return tenantId;
  }

  public long getVersion() {
    return version;
  }
}
