package de.fahrplan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** 20 MB of garbage through the real server: a German "too large" page, nothing written. */
@FahrplanTest
class LargeUploadTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void twentyMegabytesOfGarbageGetAClearMessage() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String login = send(client, HttpRequest.newBuilder(uri("/login")).GET().build()).body();
    String form =
        "email="
            + URLEncoder.encode(Demo.MUSTER_ADMIN, StandardCharsets.UTF_8)
            + "&password="
            + Demo.PASSWORD
            + "&_csrf="
            + csrf(login);
    send(
        client,
        HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
    String importPage =
        send(client, HttpRequest.newBuilder(uri("/imports/organisation")).GET().build()).body();
    assertThat(importPage).contains("Organisation importieren");
    // the token travels in the form, never in the URL (it would end up in history and logs)
    assertThat(importPage).doesNotContain("_csrf=").contains("name=\"_csrf\"");
    int before = jdbc.queryForObject("select count(*) from org_unit", Integer.class);

    byte[] garbage = new byte[20 * 1024 * 1024];
    new Random(42).nextBytes(garbage);
    String boundary = "----fahrplan" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf(importPage)
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nORG_UNITS\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"liste.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(garbage);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        send(
            client,
            HttpRequest.newBuilder(uri("/imports/organisation/preview"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("Datei zu groß").doesNotContain("Exception");
    assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class))
        .isEqualTo(before);

    // three megabytes of pasted text in a page form: „Eingabe zu lang“, not „Keine Berechtigung“
    String newPlace =
        send(client, HttpRequest.newBuilder(uri("/locations/new")).GET().build()).body();
    HttpResponse<String> tooLong =
        send(
            client,
            HttpRequest.newBuilder(uri("/locations"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf=" + csrf(newPlace) + "&description=" + "x".repeat(3 * 1024 * 1024)))
                .build());
    assertThat(tooLong.statusCode()).isEqualTo(413);
    assertThat(tooLong.body())
        .contains("Eingabe zu lang", "es wurde nichts gespeichert")
        .doesNotContain("Keine Berechtigung");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request)
      throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
