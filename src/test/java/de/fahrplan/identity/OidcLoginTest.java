package de.fahrplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * OpenID Connect end to end against a real OIDC provider in-process (mock-oauth2-server): the
 * browser's redirects, code exchange, ID-token validation, account creation and role mapping.
 */
@FahrplanTest
class OidcLoginTest {

  static MockOAuth2Server idp;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void startIdp() {
    idp = new MockOAuth2Server();
    idp.start(18765);
  }

  @AfterAll
  static void stopIdp() {
    idp.shutdown();
  }

  @Test
  void loginThroughTheIdentityProviderCreatesTheAccountWithMappedRoles() throws Exception {
    idp.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "default",
            "kc-4711",
            "JWT",
            List.of("fahrplan"),
            Map.of(
                "email", "a.kaya@musterstadt.example",
                "name", "Aylin Kaya",
                "fahrplan_roles",
                    List.of("musterstadt:koordination", "beispielkreis:lesen", "unbekannt:admin")),
            3600));
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    String loginPage = get(browser, "http://localhost:" + port + "/login").body();
    assertThat(loginPage).contains("Mit Landes-SSO (Test) anmelden");

    HttpResponse<String> response =
        get(browser, "http://localhost:" + port + "/oauth2/authorization/keycloak");
    for (int hops = 0; response.statusCode() == 302 && hops < 6; hops++) {
      String location = response.headers().firstValue("Location").orElseThrow();
      URI next = URI.create("http://localhost:" + port).resolve(location);
      response = get(browser, next.toString());
    }
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Willkommen, Aylin Kaya");
    assertThat(response.body())
        .contains("Hansestadt Musterstadt")
        .contains("Landkreis Beispielkreis");

    long account =
        jdbc.queryForObject("select id from account where oidc_subject = 'kc-4711'", Long.class);
    assertThat(
            jdbc.queryForObject(
                "select password_hash from account where id = ?", String.class, account))
        .isNull();
    List<String> roles =
        jdbc.queryForList(
            "select b.slug || ':' || r.role from account_role r join body b on b.id = r.tenant_id where r.account_id = ? order by 1",
            String.class,
            account);
    assertThat(roles).containsExactly("beispielkreis:READER", "musterstadt:COORDINATION");
    assertThat(Demo.bodyId(jdbc, "musterstadt")).isPositive();
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
