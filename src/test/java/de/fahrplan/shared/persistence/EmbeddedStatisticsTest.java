package de.fahrplan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.h2.command.Command;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The embedded database as shipped (ADR 0034, 0037): H2 computes a table's statistics only after
 * 2,000 changes by default, so the tables of a municipality's plan – a thousand measures, a few
 * hundred dependencies – were planned with its guesses: the codes of a page's 100 measures were
 * looked up by scanning the municipality's every measure instead of by primary key.
 */
class EmbeddedStatisticsTest {

  private static final String CODES_BY_IDS =
      "select m.id, m.code from measure_probe m where m.tenant_id = ? and m.id in ("
          + String.join(",", Collections.nCopies(100, "?"))
          + ")";

  private static Properties shipped(String file) throws Exception {
    return PropertiesLoaderUtils.loadProperties(new ClassPathResource(file));
  }

  @Test
  void theShippedAndTheTestDatabaseUrlTakeTheSameH2Options() throws Exception {
    String placeholder = "${fahrplan.h2.options}";

    assertThat(shipped("application.properties").getProperty("spring.datasource.url"))
        .startsWith("jdbc:h2:file:")
        .contains(placeholder);
    assertThat(shipped("application-test-h2.properties").getProperty("spring.datasource.url"))
        .startsWith("jdbc:h2:mem:")
        .contains(placeholder);
  }

  @Test
  void aTableOfAFewHundredRowsIsPlannedFromItsStatistics() throws Exception {
    String options = shipped("application.properties").getProperty("fahrplan.h2.options");

    try (Connection c =
        DriverManager.getConnection("jdbc:h2:mem:statistics;" + options, "sa", "")) {
      fill(c, 300);

      assertThat(selectivity(c, "ID")).as("the primary key's statistics").isEqualTo(100);
      assertThat(plan(c)).as("the codes of 100 measures").contains("PRIMARY_KEY");
    }
  }

  @Test
  void withH2sDefaultTheSameTableIsScannedByMunicipality() throws Exception {
    try (Connection c =
        DriverManager.getConnection("jdbc:h2:mem:guesses;MODE=PostgreSQL", "sa", "")) {
      fill(c, 300);

      assertThat(selectivity(c, "ID")).isEqualTo(50);
      assertThat(plan(c)).doesNotContain("PRIMARY_KEY");
    }
  }

  /**
   * A page's statements – the measure page runs 27 – stay parsed in the connection, so that the
   * next view of the page finds them (H2 keeps 8 by default: every view parsed all of them again).
   */
  @Test
  void aPagesStatementsAreParsedOncePerConnection() throws Exception {
    String options = shipped("application.properties").getProperty("fahrplan.h2.options");

    assertThat(parsedAgain("jdbc:h2:mem:parsed;" + options)).isEmpty();
    assertThat(parsedAgain("jdbc:h2:mem:parsedByDefault;MODE=PostgreSQL")).hasSize(27);
  }

  /** The statements of a page of 27 that H2 parses again when the page is viewed a second time. */
  private static List<String> parsedAgain(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      fill(c, 30);
      SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
      List<String> page =
          IntStream.rangeClosed(1, 27)
              .mapToObj(i -> "select code from measure_probe where id = ? + " + i)
              .toList();
      Map<String, Command> firstView = new HashMap<>();
      for (String sql : page) {
        Command command = session.prepareLocal(sql);
        command.close();
        firstView.put(sql, command);
      }
      return page.stream().filter(sql -> session.prepareLocal(sql) != firstView.get(sql)).toList();
    }
  }

  /** Two municipalities' measures, committed row by row as the application writes them. */
  private static void fill(Connection c, int rows) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "create table measure_probe (id bigint primary key, tenant_id bigint not null,"
              + " strategy_version_id bigint not null, code varchar(20) not null,"
              + " constraint uk_measure_probe_code unique (tenant_id, strategy_version_id, code))");
      s.execute("create index ix_measure_probe_tenant on measure_probe (tenant_id)");
    }
    try (PreparedStatement insert =
        c.prepareStatement("insert into measure_probe values (?, ?, ?, ?)")) {
      for (int i = 1; i <= rows; i++) {
        insert.setLong(1, i);
        insert.setLong(2, i % 2 + 1);
        insert.setLong(3, i % 2 + 1);
        insert.setString(4, "M-" + i);
        insert.executeUpdate();
      }
    }
  }

  private static int selectivity(Connection c, String column) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "select selectivity from information_schema.columns"
                + " where upper(table_name) = 'MEASURE_PROBE' and upper(column_name) = ?")) {
      q.setString(1, column);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private static String plan(Connection c) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("explain " + CODES_BY_IDS)) {
      q.setLong(1, 1);
      for (int i = 0; i < 100; i++) {
        q.setLong(i + 2, i * 2 + 1L);
      }
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getString(1).toUpperCase(java.util.Locale.ROOT);
      }
    }
  }
}
