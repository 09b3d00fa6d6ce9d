package de.fahrplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error answer through the real server, past every advice: API errors are problem+json with a
 * German detail, pages German – also where Tomcat itself refuses the address (a NUL byte or an
 * encoded slash), which never reaches Spring.
 */
@FahrplanTest
class ErrorAnswersTest {

  @LocalServerPort int port;

  @Test
  void apiErrorsWithoutAHandlerAreGermanProblemJson() throws IOException {
    String unknown = raw("GET /api/v1/no-such-thing HTTP/1.1", "Accept: application/json");
    assertThat(unknown)
        .startsWith("HTTP/1.1 404")
        .contains("Content-Type: application/problem+json")
        .contains("\"status\":404", "Diese Adresse gibt es in der API nicht.");

    String method = raw("DELETE /api/v1/strategies HTTP/1.1", "Accept: application/json");
    assertThat(method)
        .startsWith("HTTP/1.1 405")
        .contains("Content-Type: application/problem+json")
        .contains("\"status\":405", "Diese Methode ist für diese Adresse nicht erlaubt.");
  }

  @Test
  void addressesTomcatRefusesGetAGermanPage() throws IOException {
    for (String path : new String[] {"/plan%00x", "/strategy-versions%2F1", "/api/v1/x%00"}) {
      String answer = raw("GET " + path + " HTTP/1.1", "Accept: text/html");
      assertThat(answer).as(path).startsWith("HTTP/1.1 400");
      assertThat(answer)
          .as(path)
          .contains("Ungültige Anfrage")
          .doesNotContain("Apache Tomcat", "Bad Request</h1>", "HTTP Status");
    }
  }

  /** A request exactly as written (HttpClient would refuse or re-encode these addresses). */
  private String raw(String requestLine, String... headers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder request = new StringBuilder(requestLine).append("\r\n");
      request.append("Host: localhost\r\n");
      request.append("Authorization: Bearer ").append(Demo.MUSTER_TOKEN).append("\r\n");
      for (String h : headers) {
        request.append(h).append("\r\n");
      }
      request.append("Connection: close\r\n\r\n");
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }
}
