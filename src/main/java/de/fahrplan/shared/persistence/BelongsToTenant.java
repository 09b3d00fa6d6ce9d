package de.fahrplan.shared.persistence;

/**
 * An entity whose changes change a municipality's data ({@link TenantRevisions}): every {@link
 * TenantEntity}, and the municipality itself.
 */
public interface BelongsToTenant {

  /** The municipality whose data this entity is part of (null while not yet saved). */
  Long getTenantId();
}
