package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deleting a measure asks first and says what it takes with it; a measure that papers, mandates or
 * reports name is kept, on the page and in the API.
 */
@FahrplanTest
class MeasureDeletionTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  private long draft() {
    return jdbc.queryForObject(
        "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
        Long.class);
  }

  private long api(MockHttpServletRequestBuilder request, String body) throws Exception {
    String answer =
        mvc.perform(
                request
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                    .contentType("application/json")
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer).get("id").asLong();
  }

  private long measure(String code) throws Exception {
    long goal =
        jdbc.queryForObject(
            "select min(id) from goal where strategy_version_id = ?", Long.class, draft());
    return api(
        post("/api/v1/strategy-versions/" + draft() + "/measures"),
        "{\"code\":\""
            + code
            + "\",\"title\":\"Löschprobe\",\"goalIds\":["
            + goal
            + "],\"status\":\"IDEA\"}");
  }

  private Authentication coordinator() {
    return Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION);
  }

  /** The page's „Löschen“: a post of the measure's form. */
  private MockHttpServletRequestBuilder delete(long measure) {
    return post("/measures/" + measure + "/delete")
        .param("version", "0")
        .with(authentication(coordinator()))
        .with(csrf());
  }

  /** The confirmation page a first, unconfirmed „Löschen“ answers. */
  private String question(long measure) throws Exception {
    return mvc.perform(delete(measure))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private int count(long measure) {
    return jdbc.queryForObject("select count(*) from measure where id = ?", Integer.class, measure);
  }

  @Test
  void deletingAsksWhatItTakesAndOnlyTheConfirmedFormDeletes() throws Exception {
    long m = measure("DEL-1");
    api(
        post("/api/v1/measures/" + m + "/milestones"),
        "{\"title\":\"Ausschreibung\",\"plannedDate\":\"2027-03-01\"}");
    api(
        post("/api/v1/measures/" + m + "/milestones"),
        "{\"title\":\"Zuschlag\",\"plannedDate\":\"2027-06-01\"}");
    api(
        post("/api/v1/measures/" + m + "/resources"),
        "{\"budgetYear\":2027,\"consumptive\":400000,\"investive\":20000,\"fteNew\":1.5}");
    // the first post (a click on „Löschen“, or a stray second click) only asks
    String question = question(m);
    assertThat(question)
        .contains("Maßnahme DEL-1 „Löschprobe“ mit 2 Meilensteinen und 420.000,00\u00a0€ löschen?")
        .contains("2 Meilensteine werden mitgelöscht")
        .contains(
            "Personal und Mittel in einem Haushaltsjahr (420.000,00\u00a0€, 1,5 VZÄ) werden"
                + " mitgelöscht")
        .contains("Das lässt sich nicht rückgängig machen.")
        .contains("name=\"version\" value=\"0\"")
        .contains("name=\"confirmed\" value=\"true\"")
        .contains("href=\"/measures/" + m + "\"");
    assertThat(count(m)).isEqualTo(1);
    // the confirmed form deletes it with its milestones and money
    mvc.perform(delete(m).param("confirmed", "true"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/strategy-versions/" + draft() + "/plan"));
    assertThat(count(m)).isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from milestone where measure_id = ?", Integer.class, m))
        .isZero();
  }

  @Test
  void aMeasureThatAPaperNamesIsKeptAndTheQuestionSaysWhy() throws Exception {
    long m = measure("DEL-2");
    api(
        post("/api/v1/papers"),
        "{\"paperType\":\"Mitteilungsvorlage\",\"date\":\"2027-03-01\",\"subject\":\"Probe\","
            + "\"measureIds\":["
            + m
            + "]}");
    String reference =
        jdbc.queryForObject(
            "select p.reference from paper p join paper_measure pm on pm.paper_id = p.id"
                + " where pm.measure_id = ?",
            String.class,
            m);
    String question = question(m);
    assertThat(question)
        .contains("Das geht nicht:")
        .contains("Die Vorlagen " + reference + " nennen die Maßnahme.")
        .doesNotContain("name=\"confirmed\"");
    // a hand-made confirmed post and the API are refused the same way
    mvc.perform(delete(m).param("confirmed", "true")).andExpect(redirectedUrl("/measures/" + m));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/v1/measures/" + m)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"0\""))
        .andExpect(status().isUnprocessableContent());
    assertThat(count(m)).isEqualTo(1);
  }

  @Test
  void aReaderIsNotAskedButRefused() throws Exception {
    long m = measure("DEL-3");
    mvc.perform(
            post("/measures/" + m + "/delete")
                .param("version", "0")
                .with(authentication(Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.READER)))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(count(m)).isEqualTo(1);
  }
}
