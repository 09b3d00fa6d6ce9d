package de.fahrplan.oparl.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the import asks a foreign server: it never reaches the own network unless allowed (checked
 * before connecting, and again for every redirect target), follows redirects, retries 5xx.
 */
class OParlClientTest {

  HttpServer server;
  final AtomicInteger failures = new AtomicInteger(2);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/moved",
        x -> {
          x.getResponseHeaders().add("Location", "/system");
          x.sendResponseHeaders(302, -1);
          x.close();
        });
    server.createContext(
        "/system",
        x -> {
          byte[] body = "{\"id\":\"system\"}".getBytes(UTF_8);
          x.sendResponseHeaders(200, body.length);
          x.getResponseBody().write(body);
          x.close();
        });
    server.createContext(
        "/flaky",
        x -> {
          x.sendResponseHeaders(failures.getAndDecrement() > 0 ? 503 : 204, -1);
          x.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  String local(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  OParlClient client(boolean privateNetworks) {
    return new OParlClient(new Rewrites(List.of()), 100, Duration.ofMillis(1), privateNetworks);
  }

  @Test
  void theOwnNetworkIsRefusedBeforeAnyConnection() {
    try (OParlClient client = client(false)) {
      for (String url :
          List.of(
              local("/system"),
              "http://localhost/oparl",
              "http://169.254.169.254/latest/meta-data",
              "http://10.0.0.8/oparl/system",
              "http://[::1]/system",
              "http://[fd00::1]/system")) {
        assertThatThrownBy(() -> client.get(url))
            .as(url)
            .isInstanceOf(IOException.class)
            .hasMessageContaining("internen Netz");
      }
      assertThatThrownBy(() -> client.get("file:///etc/passwd"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("http");
      assertThat(client.requests()).isZero();
    }
  }

  @Test
  void redirectsAreFollowedAndServerErrorsRetried() throws Exception {
    try (OParlClient client = client(true)) {
      OParlClient.Answer answer = client.get(local("/moved"));
      assertThat(answer.status()).isEqualTo(200);
      assertThat(new String(answer.body(), UTF_8)).contains("system");
      assertThat(client.get(local("/flaky")).status()).isEqualTo(204);
      assertThat(client.requests()).isEqualTo(2 + 3);
    }
  }
}
