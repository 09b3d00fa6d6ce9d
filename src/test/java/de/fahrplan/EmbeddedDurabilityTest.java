package de.fahrplan;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.support.H2Writer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default must be durable (D4): with the JDBC URL of application.properties, every
 * insert the database acknowledged is still there after the writing process is killed with -9.
 */
class EmbeddedDurabilityTest {

  @Test
  void acknowledgedWritesSurviveKillMinus9(@TempDir Path dir) throws Exception {
    Properties app = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
      app.load(in);
    }
    String url =
        app.getProperty("spring.datasource.url")
            .replace("./data/fahrplan", dir.resolve("fahrplan").toString());
    assertThat(url).contains("WRITE_DELAY=0");

    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                H2Writer.class.getName(),
                url)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    long acknowledged = 0;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; acknowledged < 3000 && (line = out.readLine()) != null; ) {
        acknowledged = Long.parseLong(line.trim());
      }
      writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close
      writer.waitFor();
    }
    assertThat(acknowledged).isEqualTo(3000);
    assertThat(Files.list(dir).count()).isPositive();

    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery("select count(*), max(id) from ack where id <= " + acknowledged)) {
      rs.next();
      assertThat(rs.getLong(1)).as("acknowledged rows after kill -9").isEqualTo(acknowledged);
    }
  }
}
