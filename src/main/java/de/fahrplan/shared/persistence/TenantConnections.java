package de.fahrplan.shared.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hands Hibernate its connections with the unit of work's municipality set in the database session,
 * where {@link TenantEntity}'s restriction {@code tenant_id = fahrplan_tenant()} reads it (ADR
 * 0035). Every connection Hibernate takes holds the unit of work's municipality – a pooled
 * connection never carries the last user's – and a connection without one ({@link
 * TenantIdentifierResolver#NO_TENANT}) matches no row. The statement holds no tenant, so Hibernate
 * caches its translation for all municipalities.
 */
@Component
class TenantConnections
    implements MultiTenantConnectionProvider<Long>, HibernatePropertiesCustomizer {

  /**
   * PostgreSQL: a setting of the session, read by the function {@code fahrplan_tenant()}. Set when
   * Hibernate takes a connection whose session does not hold the municipality for sure.
   */
  private static final String POSTGRESQL = "select set_config('fahrplan.tenant', ?, false)";

  private static final long serialVersionUID = 1L;

  private final transient DataSource dataSource;

  /** Whether the database is the embedded H2 (its session is set in the process, H2Tenant). */
  private volatile Boolean h2;

  /**
   * The municipality each PostgreSQL session holds for sure: set in auto-commit, so no rollback can
   * take it back, and nothing but this class sets it. A session found here with the municipality
   * asked for is not set again – one round trip less for every unit of work. Keyed by the driver's
   * connection (the pool's handle changes on every checkout), by identity, one map for the JVM as
   * the connections are; one the pool has closed drops out when it is collected.
   */
  private static final Map<Connection, Long> HELD =
      Collections.synchronizedMap(new WeakHashMap<>());

  TenantConnections(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void customize(Map<String, Object> hibernateProperties) {
    hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, this);
  }

  @Override
  public Connection getConnection(Long tenantId) throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      if (h2(connection)) {
        H2Tenant.use(connection, tenantId);
      } else {
        usePostgreSql(connection, tenantId);
      }
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  private void usePostgreSql(Connection connection, long tenantId) throws SQLException {
    Connection session = connection.unwrap(Connection.class);
    if (Long.valueOf(tenantId).equals(HELD.get(session))) {
      return;
    }
    HELD.remove(session);
    try (PreparedStatement set = connection.prepareStatement(POSTGRESQL)) {
      set.setString(1, String.valueOf(tenantId));
      set.execute();
    }
    // inside a transaction the setting would go with a rollback: set again next time
    if (connection.getAutoCommit()) {
      HELD.put(session, tenantId);
    }
  }

  private boolean h2(Connection connection) throws SQLException {
    Boolean known = h2;
    if (known == null) {
      known = "H2".equals(connection.getMetaData().getDatabaseProductName());
      h2 = known;
    }
    return known;
  }

  @Override
  public void releaseConnection(Long tenantId, Connection connection) throws SQLException {
    connection.close();
  }

  /** For Hibernate's own start-up work (metadata): no tenant, no tenant-owned row. */
  @Override
  public Connection getAnyConnection() throws SQLException {
    return getConnection(TenantIdentifierResolver.NO_TENANT);
  }

  @Override
  public void releaseAnyConnection(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public boolean supportsAggressiveRelease() {
    return false;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> type) {
    return type.isInstance(this) || type.isInstance(dataSource);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    if (type.isInstance(dataSource)) {
      return type.cast(dataSource);
    }
    throw new IllegalArgumentException("cannot unwrap " + type);
  }
}
