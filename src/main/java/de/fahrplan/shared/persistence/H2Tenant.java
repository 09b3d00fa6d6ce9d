package de.fahrplan.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.value.Value;
import org.h2.value.ValueNull;

/**
 * The embedded database's {@code fahrplan_tenant()} (migration V43): the municipality {@link
 * TenantConnections} set in the H2 session. H2 has no SQL functions, so a Java method reads the
 * session variable; it is not deterministic, so H2 never keeps one session's answer for another.
 */
public final class H2Tenant {

  /** The session variable's name (H2 keeps identifiers in lower case here, DATABASE_TO_LOWER). */
  static final String VARIABLE = "fahrplan_tenant";

  private H2Tenant() {}

  /** The tenant of the calling session, or null (no row matches) when none was set. */
  public static Long current(Connection connection) throws SQLException {
    JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
    Value tenant = ((SessionLocal) h2.getSession()).getVariable(VARIABLE);
    return tenant == null || tenant == ValueNull.INSTANCE ? null : tenant.getLong();
  }
}
