package de.fahrplan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * PostgreSQL's side of ADR 0035: the municipality is a setting of the database session, set when
 * Hibernate takes a connection – and not again while the session holds it for sure (one round trip
 * less per unit of work). For sure means set in auto-commit: inside a transaction a rollback takes
 * the setting back, so such a connection is set again the next time.
 */
@EnabledIfSystemProperty(named = "fahrplan.test.db", matches = "postgres")
class TenantConnectionsTest {

  private Connection session;
  private final AtomicInteger settings = new AtomicInteger();

  @BeforeEach
  void connect() throws SQLException {
    session =
        DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:5432/postgres?connectTimeout=5", "postgres", "");
  }

  @AfterEach
  void disconnect() throws SQLException {
    session.close();
  }

  @Test
  void aSessionThatHoldsTheMunicipalityIsNotSetAgain() throws SQLException {
    TenantConnections connections = new TenantConnections(counting(session));

    assertThat(tenantOf(connections.getConnection(7L))).isEqualTo("7");
    assertThat(tenantOf(connections.getConnection(7L))).isEqualTo("7");
    assertThat(settings).as("set once for two units of work").hasValue(1);

    assertThat(tenantOf(connections.getConnection(8L))).isEqualTo("8");
    assertThat(tenantOf(connections.getConnection(7L))).isEqualTo("7");
    assertThat(settings).hasValue(3);
  }

  @Test
  void aSettingThatARollbackTookBackIsMadeAgain() throws SQLException {
    session.setAutoCommit(false);
    TenantConnections connections = new TenantConnections(counting(session));

    Connection first = connections.getConnection(7L);
    assertThat(tenantOf(first)).isEqualTo("7");
    first.rollback();
    assertThat(tenantOf(session)).as("taken back by the rollback").isEmpty();

    assertThat(tenantOf(connections.getConnection(7L))).isEqualTo("7");
    assertThat(settings).hasValue(2);
  }

  /** The one session, handed out again and again, with the settings sent to it counted. */
  private DataSource counting(Connection target) {
    SingleConnectionDataSource one = new SingleConnectionDataSource(target, true);
    return new DelegatingDataSource(one) {
      @Override
      public Connection getConnection() throws SQLException {
        Connection handle = one.getConnection();
        return (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("prepareStatement")
                      && ((String) args[0]).contains("set_config")) {
                    settings.incrementAndGet();
                  }
                  return method.invoke(handle, args);
                });
      }
    };
  }

  private static String tenantOf(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select current_setting('fahrplan.tenant', true)")) {
      row.next();
      return row.getString(1) == null ? "" : row.getString(1);
    }
  }
}
