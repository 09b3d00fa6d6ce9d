package de.fahrplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A production start (no demo data) has no demo accounts, no demo tokens and no default password:
 * the first operator comes from the environment, or the start is refused with a clear message.
 */
class ProductionStartTest {

  /** Starts the application as production would, with these settings on the command line. */
  private static ConfigurableApplicationContext production(String db, Map<String, String> extra) {
    Map<String, String> props = new java.util.HashMap<>(extra);
    props.put("fahrplan.demo.enabled", "false");
    props.put("server.port", "0");
    props.put(
        "spring.datasource.url",
        "jdbc:h2:mem:" + db + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    props.put("logging.level.root", "WARN");
    String[] args =
        props.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(FahrplanApplication.class).run(args);
  }

  @Test
  void withoutAnOperatorFromTheEnvironmentTheStartIsRefused() {
    assertThatThrownBy(() -> production("prod_refused", Map.of()).close())
        .hasStackTraceContaining("FAHRPLAN_OPERATOR_EMAIL")
        .hasStackTraceContaining("Es gibt kein Standardpasswort");
  }

  @Test
  void theFirstOperatorComesFromTheEnvironmentAndNoDemoDataExists() throws Exception {
    try (ConfigurableApplicationContext app =
        production(
            "prod_ok",
            Map.of(
                "FAHRPLAN_OPERATOR_EMAIL",
                "betrieb@kdn.example",
                "FAHRPLAN_OPERATOR_PASSWORD",
                "Sehr-langes-Passwort-2026"))) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForList("select email from account", String.class))
          .containsExactly("betrieb@kdn.example");
      assertThat(jdbc.queryForObject("select count(*) from body", Integer.class)).isZero();
      assertThat(jdbc.queryForObject("select count(*) from api_token", Integer.class)).isZero();
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/persons"))
                      .header("Authorization", "Bearer fp_demo_musterstadt_koordination")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(401);
    }
  }
}
