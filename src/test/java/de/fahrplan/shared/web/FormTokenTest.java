package de.fahrplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A page form is carried out once: its one-time token sends a second post of the same form to the
 * first one's result; a post that shows errors gives the token back for the corrected form.
 */
@FahrplanTest
class FormTokenTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  /** A measure of this test's own in the draft, so that other tests' view of it stays. */
  private long draftMeasure() throws Exception {
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt'"
                + " and v.status = 'DRAFT'",
            Long.class);
    java.util.List<Long> own =
        jdbc.queryForList(
            "select id from measure where strategy_version_id = ? and code = 'PROBE-FT'",
            Long.class,
            draft);
    if (!own.isEmpty()) {
      return own.get(0);
    }
    long goal =
        jdbc.queryForObject(
            "select min(id) from goal where strategy_version_id = ?", Long.class, draft);
    mvc.perform(
            post("/api/v1/strategy-versions/" + draft + "/measures")
                .header(
                    org.springframework.http.HttpHeaders.AUTHORIZATION,
                    Demo.bearer(Demo.MUSTER_TOKEN))
                .contentType("application/json")
                .content(
                    "{\"code\":\"PROBE-FT\",\"title\":\"Formularprobe\",\"goalIds\":["
                        + goal
                        + "],\"status\":\"IDEA\"}"))
        .andExpect(status().isCreated());
    return draftMeasure();
  }

  private Authentication coordinator() {
    return Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION);
  }

  private int milestones(long measure, String title) {
    return jdbc.queryForObject(
        "select count(*) from milestone where measure_id = ? and title = ?",
        Integer.class,
        measure,
        title);
  }

  private MockHttpServletRequestBuilder milestone(long measure, String title, String token) {
    return post("/measures/" + measure + "/milestones")
        .param("title", title)
        .param("plannedDate", "2027-05-01")
        .param("_formToken", token)
        .with(authentication(coordinator()))
        .with(csrf());
  }

  @Test
  void onlyPathsOfThisApplicationAreKeptAsResults() {
    assertThat(FormTokenInterceptor.local("/measures/5#milestones-heading"))
        .isEqualTo("/measures/5#milestones-heading");
    assertThat(FormTokenInterceptor.local("http://localhost:8080/papers?state=DRAFT"))
        .isEqualTo("/papers?state=DRAFT");
    // another host's address never leaves the application: only its path is kept
    assertThat(FormTokenInterceptor.local("//evil.example/login")).isEqualTo("/login");
    assertThat(FormTokenInterceptor.local("https://evil.example")).isNull();
    assertThat(FormTokenInterceptor.local("javascript:alert(1)")).isNull();
    assertThat(FormTokenInterceptor.local(null)).isNull();
  }

  @Test
  void everyPageFormCarriesAFreshToken() throws Exception {
    long measure = draftMeasure();
    String form =
        mvc.perform(
                get("/measures/" + measure + "/milestones/new").with(authentication(coordinator())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher token = Pattern.compile("name=\"_formToken\" value=\"([0-9a-f-]{36})\"").matcher(form);
    assertThat(token.find()).isTrue();
    String again =
        mvc.perform(
                get("/measures/" + measure + "/milestones/new").with(authentication(coordinator())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again).contains("name=\"_formToken\"").doesNotContain(token.group(1));
  }

  @Test
  void theSameFormPostedTwiceIsDoneOnceAndLeadsToTheFirstResult() throws Exception {
    long measure = draftMeasure();
    String token = UUID.randomUUID().toString();
    String first =
        mvc.perform(milestone(measure, "Einmal gespeichert", token))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(milestone(measure, "Einmal gespeichert", token))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(first))
        .andExpect(flash().attribute("flash", "form.alreadyDone"));
    assertThat(milestones(measure, "Einmal gespeichert")).isEqualTo(1);
    // another user cannot use the token to learn where it led
    mvc.perform(
            post("/measures/" + measure + "/milestones")
                .param("title", "Einmal gespeichert")
                .param("plannedDate", "2027-05-01")
                .param("_formToken", token)
                .with(
                    authentication(
                        Users.as(
                            Demo.bodyId(jdbc, "musterstadt"),
                            "jemand@musterstadt.example",
                            Role.COORDINATION)))
                .with(csrf()))
        .andExpect(status().isConflict());
    assertThat(milestones(measure, "Einmal gespeichert")).isEqualTo(1);
  }

  @Test
  void aFormShownWithErrorsCanBeCorrectedAndSentWithItsToken() throws Exception {
    long measure = draftMeasure();
    String token = UUID.randomUUID().toString();
    mvc.perform(milestone(measure, "", token)).andExpect(status().isOk());
    mvc.perform(milestone(measure, "Nach Korrektur", token))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", "form.saved"));
    assertThat(milestones(measure, "Nach Korrektur")).isEqualTo(1);
  }
}
