package de.fahrplan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import de.fahrplan.identity.ApiTokens;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded database's municipality per session (ADR 0035): H2 drops a session's prepared
 * statements when it changes municipality, so a request must not take its connections through a
 * unit of work without one – each API call did, for its token, and H2 parsed every statement of
 * every call again.
 */
@FahrplanTest
@DisabledIfSystemProperty(named = "fahrplan.test.db", matches = "postgres")
class H2TenantTest {

  @Autowired HikariDataSource pool;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApiTokens tokens;

  @Test
  void authenticatingATokenLeavesThePooledSessionsInItsMunicipality() throws SQLException {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    for (Connection session : idleSessions()) {
      H2Tenant.use(session, muster);
      session.close();
    }

    assertThat(tokens.authenticate(Demo.MUSTER_TOKEN)).isPresent();

    List<Long> held = new ArrayList<>();
    for (Connection session : idleSessions()) {
      held.add(H2Tenant.current(session));
      session.close();
    }
    assertThat(held).isNotEmpty().containsOnly(muster);
  }

  /** Every idle connection of the pool, held at once so that none is handed out twice. */
  private List<Connection> idleSessions() throws SQLException {
    List<Connection> sessions = new ArrayList<>();
    int idle = pool.getHikariPoolMXBean().getIdleConnections();
    for (int i = 0; i < idle; i++) {
      sessions.add(pool.getConnection());
    }
    return sessions;
  }
}
