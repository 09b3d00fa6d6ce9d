package de.fahrplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import jakarta.servlet.RequestDispatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings of the security and fault battery (issue 12) that are fixed: a tampered CSRF token is a
 * plain 403, and two writes with the same ETag give one success and one 412 – never a 500.
 */
@FahrplanTest
class HardeningTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  /**
   * A token of the right length whose unmasked bytes are no UTF-8: the masking handler's "Decoding
   * failed" (the battery's 500). Its random half is zeros, its masked half 0xFF.
   */
  private static String undecodableToken() {
    byte[] bytes = new byte[72];
    java.util.Arrays.fill(bytes, 36, 72, (byte) 0xFF);
    return java.util.Base64.getUrlEncoder().encodeToString(bytes);
  }

  /**
   * A tampered or stale form token is refused, never a server error: without a sign-in (the session
   * ended, or the login form was left open too long) the login page says the sign-in had expired; a
   * signed-in user's stale form gets the 403 page that says the form is out of date – not that a
   * role is missing.
   */
  @Test
  void aTamperedOrStaleCsrfTokenIsRefusedAndSaysWhy() throws Exception {
    for (String token : List.of(undecodableToken(), "%%%kein-base64%%%")) {
      mvc.perform(
              post("/login")
                  .param("email", "jemand@musterstadt.example")
                  .param("password", "falsch")
                  .param("_csrf", token))
          .andExpect(status().isFound())
          .andExpect(redirectedUrl("/login?expired"));
    }
    mvc.perform(get("/login").param("expired", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ihre Anmeldung war abgelaufen")));
    // a form sent after the session ended: the same way back, nothing saved
    mvc.perform(post("/org-units").param("name", "Nach Ablauf").param("_csrf", "AAAA"))
        .andExpect(redirectedUrl("/login?expired"));
    long muster = Demo.bodyId(jdbc, "musterstadt");
    Object refused =
        mvc.perform(
                post("/org-units")
                    .with(authentication(Users.in(muster, Role.ADMIN)))
                    .param("_csrf", "AAAA####"))
            .andExpect(status().isForbidden())
            .andReturn()
            .getRequest()
            .getAttribute(WebAttributes.ACCESS_DENIED_403);
    assertThat(refused).isInstanceOf(CsrfException.class);
    // the error page the container's error dispatch renders for it (MockMvc does not dispatch)
    mvc.perform(
            get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(WebAttributes.ACCESS_DENIED_403, refused)
                .accept(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("Formular veraltet")))
        .andExpect(content().string(not(containsString("nötige Rolle"))));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from org_unit where name = 'Nach Ablauf'", Integer.class))
        .isZero();
  }

  /**
   * The session's keepalive names the account and carries the session's form token: a page whose
   * sign-in ended takes up its reader's new sign-in with it (app.js, only for the same account),
   * and a form sent with that token is accepted.
   */
  @Test
  void theKeepaliveNamesTheAccountAndCarriesTheSessionsFormToken() throws Exception {
    var admin = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.ADMIN);
    var answer =
        mvc.perform(get("/session/keepalive").with(authentication(admin)))
            .andExpect(status().isNoContent())
            .andExpect(header().string("X-Fahrplan-Account", "999001"))
            .andReturn()
            .getResponse();
    String token = answer.getHeader("X-CSRF-TOKEN");
    assertThat(token).isNotBlank();
    var session = answer.getCookies(); // the session (Spring Session's cookie) the token belongs to
    // past the form-token check: the form comes back with what is missing (an empty name)
    mvc.perform(
            post("/org-units")
                .cookie(session)
                .with(authentication(admin))
                .param("_csrf", token)
                .param("name", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Bezeichnung")));
    mvc.perform(
            post("/org-units")
                .cookie(session)
                .with(authentication(admin))
                .param("_csrf", "AAAA")
                .param("name", ""))
        .andExpect(status().isForbidden());
  }

  @Test
  void aNulByteInATextFieldIsRefusedNamingTheField() throws Exception {
    var response =
        mvc.perform(
                post("/api/v1/persons")
                    .header(HttpHeaders.AUTHORIZATION, Demo.bearer(Demo.MUSTER_TOKEN))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"givenName\":\"Null\\u0000Byte\",\"familyName\":\"Test\"}"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(
            json.readTree(response.getContentAsString()).get("errors").findValuesAsString("field"))
        .containsExactly("givenName");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from person where family_name = 'Test' and given_name like 'Null%'",
                Integer.class))
        .isZero();
  }

  /** POSTs with the token and answers the new object's id. */
  private long created(String token, String url, String body) throws Exception {
    return json.readTree(
            mvc.perform(
                    post(url)
                        .header(HttpHeaders.AUTHORIZATION, token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .get("id")
        .asLong();
  }

  @Test
  void twoWritesWithOneEtagGiveOneSuccessAndOne412() throws Exception {
    String token = Demo.bearer(Demo.MUSTER_TOKEN);
    long version =
        created(
            token,
            "/api/v1/strategies",
            "{\"title\":\"Gleichzeitig\",\"startYear\":2021,\"endYear\":2029}");
    long field =
        created(
            token,
            "/api/v1/strategy-versions/" + version + "/fields-of-action",
            "{\"code\":\"HF\",\"title\":\"Verwaltung\"}");
    long goal =
        created(
            token,
            "/api/v1/strategy-versions/" + version + "/goals",
            "{\"code\":\"A\",\"title\":\"Ziel\",\"fieldOfActionIds\":[" + field + "]}");
    long measure =
        created(
            token,
            "/api/v1/strategy-versions/" + version + "/measures",
            "{\"code\":\"G-1\",\"title\":\"Start\",\"status\":\"PLANNED\","
                + "\"goalIds\":["
                + goal
                + "]}");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int trial = 0; trial < 10; trial++) {
        long etag =
            json.readTree(
                    mvc.perform(
                            get("/api/v1/measures/" + measure)
                                .header(HttpHeaders.AUTHORIZATION, token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("version")
                .asLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
          String title = "Titel " + trial + "-" + writer;
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return mvc.perform(
                            put("/api/v1/measures/" + measure)
                                .header(HttpHeaders.AUTHORIZATION, token)
                                .header(HttpHeaders.IF_MATCH, "\"" + etag + "\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                    "{\"code\":\"G-1\",\"title\":\""
                                        + title
                                        + "\",\"status\":\"PLANNED\",\"goalIds\":["
                                        + goal
                                        + "]}"))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                  }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
          statuses.add(f.get());
        }
        Collections.sort(statuses);
        assertThat(statuses).as("trial %d", trial).containsExactly(200, 412);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
