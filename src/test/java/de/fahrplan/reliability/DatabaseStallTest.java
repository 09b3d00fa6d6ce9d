package de.fahrplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.FahrplanApplication;
import de.fahrplan.support.Demo;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL paused and stopped under a running Fahrplan (its own application, with the settings of
 * application.properties, through {@link StallingProxy}): every request is answered within 3 s –
 * the API with a German 503 problem, pages with the German 503 page – health says DOWN within 2 s,
 * and within 5 s of the database's return everything works again by itself.
 */
@Tag("db")
@ExtendWith(OutputCaptureExtension.class)
@EnabledIfSystemProperty(named = "fahrplan.test.db", matches = "postgres")
class DatabaseStallTest {

  private static final Duration ANSWER = Duration.ofSeconds(3);
  private static final Duration HEALTH = Duration.ofSeconds(2);
  private static final Duration RECOVERY = Duration.ofSeconds(5);

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** What a load balancer's health probe is: no cookies. */
  private final HttpClient probe =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private int port;

  @Test
  void aPausedOrStoppedDatabaseIsAnsweredWithinSecondsAndRecoveredFromByItself(CapturedOutput log)
      throws Exception {
    try (Connection admin =
        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
      admin.createStatement().execute("drop database if exists fahrplan_stall with (force)");
      admin.createStatement().execute("create database fahrplan_stall");
    }
    try (StallingProxy proxy = new StallingProxy("127.0.0.1", 5432);
        ConfigurableApplicationContext app =
            new SpringApplicationBuilder(FahrplanApplication.class)
                .run(
                    // arguments, as an operator would give them: they win over
                    // application.properties
                    "--server.port=0",
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:"
                        + proxy.port()
                        + "/fahrplan_stall",
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--fahrplan.reminders.cron=-",
                    "--fahrplan.inforce.cron=-",
                    "--fahrplan.reports.warm-up=false",
                    "--spring.jmx.enabled=false")) {
      port = ((WebServerApplicationContext) app).getWebServer().getPort();
      signIn();
      assertThat(health().statusCode()).isEqualTo(200);
      assertThat(get("/api/v1/strategies", "application/json").statusCode()).isEqualTo(200);

      proxy.pause();
      databaseAwayIsAnsweredQuickly("paused");
      proxy.resume();
      recovers("paused");

      proxy.stop();
      databaseAwayIsAnsweredQuickly("stopped");
      proxy.resume();
      recovers("stopped");
    }
    // an outage met before the dispatcher (session, API token) is a warning line, not Tomcat's
    // stack trace at ERROR for every request
    assertThat(log.getAll()).contains("Database unavailable").doesNotContain("Servlet.service()");
  }

  private void databaseAwayIsAnsweredQuickly(String how) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> health = health();
    Duration healthTook = since(started);
    assertThat(health.statusCode()).as(how + ": health " + health.body()).isEqualTo(503);
    assertThat(health.body()).contains("DOWN");
    assertThat(healthTook).as(how + ": health").isLessThanOrEqualTo(HEALTH);

    started = System.nanoTime();
    HttpResponse<String> api = get("/api/v1/strategies", "application/json");
    Duration apiTook = since(started);
    assertThat(api.statusCode()).as(how + ": API").isEqualTo(503);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(api.body()).contains("Die Datenbank ist gerade nicht erreichbar");
    assertThat(api.headers().firstValue("Retry-After")).isPresent();
    assertThat(apiTook).as(how + ": API").isLessThanOrEqualTo(ANSWER);

    started = System.nanoTime();
    HttpResponse<String> page = get("/", "text/html");
    Duration pageTook = since(started);
    assertThat(page.statusCode()).as(how + ": page").isEqualTo(503);
    assertThat(page.body()).contains("Vorübergehend nicht erreichbar").doesNotContain("Exception");
    assertThat(pageTook).as(how + ": page").isLessThanOrEqualTo(ANSWER);
    System.out.printf(
        "database %s: health DOWN in %d ms, API 503 in %d ms, page 503 in %d ms%n",
        how, healthTook.toMillis(), apiTook.toMillis(), pageTook.toMillis());
  }

  private void recovers(String how) throws Exception {
    long started = System.nanoTime();
    while (health().statusCode() != 200) {
      assertThat(since(started)).as(how + ": recovery").isLessThanOrEqualTo(RECOVERY);
      Thread.sleep(100);
    }
    Duration took = since(started);
    assertThat(get("/api/v1/strategies", "application/json").statusCode()).isEqualTo(200);
    assertThat(get("/", "text/html").statusCode()).isEqualTo(200);
    System.out.printf("database %s, back: health UP after %d ms%n", how, took.toMillis());
  }

  private void signIn() throws Exception {
    String login = get("/login", "text/html").body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).isTrue();
    String form =
        "email="
            + URLEncoder.encode(Demo.MUSTER_ADMIN, StandardCharsets.UTF_8)
            + "&password="
            + Demo.PASSWORD
            + "&_csrf="
            + csrf.group(1);
    client.send(
        HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(get("/", "text/html").body()).contains("Abmelden");
  }

  private HttpResponse<String> health() throws Exception {
    return probe.send(
        HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).header("Accept", accept).timeout(Duration.ofSeconds(30));
    if (path.startsWith("/api/")) {
      request.header("Authorization", Demo.bearer(Demo.MUSTER_TOKEN));
    }
    return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static Duration since(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos);
  }
}
