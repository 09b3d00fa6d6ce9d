package de.fahrplan.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * Base of every entity owned by a municipality. Hibernate sets {@code tenant_id} on insert and adds
 * it to every query, so one tenant's request can never see another tenant's rows.
 */
@MappedSuperclass
public abstract class TenantEntity implements BelongsToTenant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Version private long version;

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
