package de.fahrplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * Every write the database acknowledged survives kill -9 of the writing process while four threads
 * write at once: the embedded H2 with the URL of application.properties (D4), and PostgreSQL.
 */
class KillDuringWritesTest {

  private static final int ACKNOWLEDGED = 3000;

  @Test
  void embeddedH2KeepsEveryAcknowledgedWrite(@TempDir Path dir) throws Exception {
    Properties app = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
      app.load(in);
    }
    // the URL as Spring resolves it: its H2 options stand in a property of their own (ADR 0034)
    String url =
        new PropertyPlaceholderHelper("${", "}")
            .replacePlaceholders(app.getProperty("spring.datasource.url"), app)
            .replace("./data/fahrplan", dir.resolve("fahrplan").toString());
    assertThat(url).doesNotContain("${").contains("ANALYZE_AUTO=");
    assertThat(url).contains("WRITE_DELAY=0");
    assertThat(lostAfterKill(url, "sa", "")).isEmpty();
  }

  @Test
  @Tag("db")
  @EnabledIfSystemProperty(named = "fahrplan.test.db", matches = "postgres")
  void postgresKeepsEveryAcknowledgedWrite() throws Exception {
    try (Connection admin =
        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
      admin.createStatement().execute("drop database if exists fahrplan_kill with (force)");
      admin.createStatement().execute("create database fahrplan_kill");
    }
    assertThat(lostAfterKill("jdbc:postgresql://127.0.0.1:5432/fahrplan_kill", "postgres", ""))
        .isEmpty();
  }

  /** The acknowledged ids that are not in the table after the writer was killed. */
  private static Set<Long> lostAfterKill(String url, String user, String password)
      throws Exception {
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                AcknowledgingWriter.class.getName(),
                url,
                user,
                password,
                "4")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Set<Long> acknowledged = new HashSet<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; acknowledged.size() < ACKNOWLEDGED && (line = out.readLine()) != null; ) {
        acknowledged.add(Long.parseLong(line.trim()));
      }
      writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close
      writer.waitFor();
    }
    assertThat(acknowledged).hasSize(ACKNOWLEDGED);
    Set<Long> stored = new HashSet<>();
    try (Connection c = DriverManager.getConnection(url, user, password);
        ResultSet rs = c.createStatement().executeQuery("select id from ack")) {
      while (rs.next()) {
        stored.add(rs.getLong(1));
      }
    }
    Set<Long> lost = new HashSet<>(acknowledged);
    lost.removeAll(stored);
    return lost;
  }
}
