package de.fahrplan.shared.persistence;

import de.fahrplan.shared.TenantContext;
import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells Hibernate the tenant of the current unit of work (D5): {@link TenantConnections} sets it in
 * the database session of each connection Hibernate takes (ADR 0035).
 */
@Component
class TenantIdentifierResolver
    implements CurrentTenantIdentifierResolver<Long>, HibernatePropertiesCustomizer {

  /** No tenant selected: matches no row, so nothing tenant-owned is readable or writable. */
  static final long NO_TENANT = -1L;

  @Override
  public Long resolveCurrentTenantIdentifier() {
    return TenantContext.currentTenantId().orElse(NO_TENANT);
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return false;
  }

  @Override
  public void customize(Map<String, Object> hibernateProperties) {
    hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
  }
}
