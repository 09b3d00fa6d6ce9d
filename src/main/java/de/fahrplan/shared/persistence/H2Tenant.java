package de.fahrplan.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.value.Value;
import org.h2.value.ValueBigint;
import org.h2.value.ValueNull;

/**
 * The embedded database's side of {@code fahrplan_tenant()} (migration V43): the municipality kept
 * in the H2 session, set by {@link TenantConnections} and read by the function.
 *
 * <p>The function is declared deterministic, so H2 reads it once when it prepares a statement and
 * uses the value like a constant – the tenant index serves it, and a subquery's result is kept for
 * the whole statement (not deterministic, H2 ran the subquery of Hibernate's subselect fetch again
 * for every row: 2.3 s instead of 33 ms for the CSV export of 1,000 measures). A prepared statement
 * thus holds the municipality it was prepared for, and H2 keeps prepared statements per session;
 * {@link #use} therefore drops them whenever the session changes to another municipality.
 */
public final class H2Tenant {

  private static final String VARIABLE = "fahrplan_tenant";

  private H2Tenant() {}

  /** The tenant of the calling session, or null (no row matches) when none was set. */
  public static Long current(Connection connection) throws SQLException {
    Value tenant = session(connection).getVariable(VARIABLE);
    return tenant == ValueNull.INSTANCE ? null : tenant.getLong();
  }

  /** Sets the session's tenant; statements prepared for another one are not used again. */
  static void use(Connection connection, long tenantId) throws SQLException {
    SessionLocal session = session(connection);
    Value tenant = ValueBigint.get(tenantId);
    if (!tenant.equals(session.getVariable(VARIABLE))) {
      session.setVariable(VARIABLE, tenant);
      // setting the (same) schema is H2's way to drop the session's prepared statements
      session.setCurrentSchemaName(session.getCurrentSchemaName());
    }
  }

  private static SessionLocal session(Connection connection) throws SQLException {
    return (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
  }
}
