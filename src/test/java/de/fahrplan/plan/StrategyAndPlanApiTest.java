package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Strategy versions, goals and measures through the API: the life cycle and its rules. */
@FahrplanTest
class StrategyAndPlanApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r) {
    return r.header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
        .contentType(MediaType.APPLICATION_JSON);
  }

  private JsonNode call(MockHttpServletRequestBuilder r, int expected) throws Exception {
    var response = mvc.perform(as(r)).andExpect(status().is(expected)).andReturn().getResponse();
    String body = response.getContentAsString();
    return body.isEmpty() ? null : json.readTree(body);
  }

  @Test
  void aStrategyGoesFromDraftToInForceAndIsThenReadOnly() throws Exception {
    JsonNode v1 =
        call(
            post("/api/v1/strategies")
                .content(
                    "{\"title\":\"Smart-City-Strategie\",\"startYear\":2026,\"endYear\":2032}"),
            201);
    long version = v1.get("id").asLong();
    assertThat(v1.get("status").asString()).isEqualTo("DRAFT");
    long field =
        call(
                post("/api/v1/strategy-versions/" + version + "/fields-of-action")
                    .content("{\"code\":\"SC\",\"title\":\"Smart City\"}"),
                201)
            .get("id")
            .asLong();
    long goal =
        call(
                post("/api/v1/strategy-versions/" + version + "/goals")
                    .content(
                        "{\"code\":\"A\",\"title\":\"Daten nutzen\",\"fieldOfActionIds\":["
                            + field
                            + "]}"),
                201)
            .get("id")
            .asLong();
    JsonNode measure =
        call(
            post("/api/v1/strategy-versions/" + version + "/measures")
                .content(
                    "{\"code\":\"SC-1\",\"title\":\"Urbane Datenplattform\",\"goalIds\":["
                        + goal
                        + "],\"status\":\"PLANNED\","
                        + "\"plannedStart\":\"2026-01-01\",\"plannedEnd\":\"2027-06-30\",\"description\":\"<p>Plattform</p><script>x</script>\"}"),
            201);
    JsonNode second =
        call(
            post("/api/v1/strategy-versions/" + version + "/measures")
                .content(
                    "{\"code\":\"SC-2\",\"title\":\"Dashboard\",\"goalIds\":["
                        + goal
                        + "],\"status\":\"IDEA\"}"),
            201);
    call(
        post("/api/v1/measures/" + second.get("id").asLong() + "/predecessors")
            .content("{\"predecessorId\":" + measure.get("id").asLong() + "}"),
        201);
    assertThat(measure.get("horizon").asString()).isEqualTo("SHORT");
    assertThat(measure.get("description").asString()).isEqualTo("<p>Plattform</p>");

    long rat =
        jdbc.queryForObject(
            "select id from organization where short_name = 'Bürgerschaft'", Long.class);
    call(
        post("/api/v1/strategy-versions/" + version + "/adoption")
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content(
                "{\"adoptedOn\":\"2026-03-01\",\"adoptedById\":"
                    + rat
                    + ",\"paperReference\":\"VO/2026/00123\",\"inForceFrom\":\"2026-04-01\"}"),
        200);
    JsonNode inForce =
        call(
            post("/api/v1/strategy-versions/" + version + "/in-force")
                .header(HttpHeaders.IF_MATCH, "\"1\""),
            200);
    assertThat(inForce.get("status").asString()).isEqualTo("IN_FORCE");

    // adopted versions are read-only: a changed measure is refused in German, nothing changes
    mvc.perform(
            as(put("/api/v1/measures/" + measure.get("id").asLong()))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content(
                    "{\"code\":\"SC-1\",\"title\":\"Geändert\",\"goalIds\":["
                        + goal
                        + "],\"status\":\"PLANNED\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "Diese Fassung ist beschlossen und schreibgeschützt. Beginnen Sie eine Fortschreibung."));
    assertThat(
            jdbc.queryForObject(
                "select title from measure where id = ?", String.class, measure.get("id").asLong()))
        .isEqualTo("Urbane Datenplattform");

    // the Fortschreibung copies goals and measures; putting it in force supersedes version 1
    long strategy = inForce.get("strategyId").asLong();
    JsonNode v2 = call(post("/api/v1/strategies/" + strategy + "/versions"), 201);
    long version2 = v2.get("id").asLong();
    assertThat(v2.get("number").asInt()).isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from measure_dependency d join measure m on m.id = d.successor_id where m.strategy_version_id = ?",
                Integer.class,
                v2.get("id").asLong()))
        .as("dependencies are copied with the Fortschreibung")
        .isEqualTo(1);
    mvc.perform(as(get("/api/v1/measures?strategyVersion=" + version2)))
        .andExpect(jsonPath("$.items[0].code").value("SC-1"))
        .andExpect(jsonPath("$.items[0].goalIds[0]").value(is(not(goal))));
    call(post("/api/v1/strategies/" + strategy + "/versions"), 422);
    call(
        post("/api/v1/strategy-versions/" + version2 + "/adoption")
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content(
                "{\"adoptedOn\":\"2026-10-01\",\"adoptedById\":"
                    + rat
                    + ",\"inForceFrom\":\"2026-11-01\"}"),
        200);
    call(
        post("/api/v1/strategy-versions/" + version2 + "/in-force")
            .header(HttpHeaders.IF_MATCH, "\"1\""),
        200);
    assertThat(call(get("/api/v1/strategy-versions/" + version), 200).get("status").asString())
        .isEqualTo("SUPERSEDED");
  }

  private static org.hamcrest.Matcher<Integer> not(long value) {
    return org.hamcrest.Matchers.not((int) value);
  }

  @Test
  void measureRulesNameTheFieldAndWriteNothing() throws Exception {
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
            Long.class);
    long goal =
        jdbc.queryForObject(
            "select min(id) from goal where strategy_version_id = ?", Long.class, draft);
    int before = jdbc.queryForObject("select count(*) from measure", Integer.class);
    mvc.perform(
            as(post("/api/v1/strategy-versions/" + draft + "/measures"))
                .content(
                    "{\"code\":\"M-1\",\"title\":\"Doppelt\",\"goalIds\":["
                        + goal
                        + "],\"status\":\"DEFERRED\","
                        + "\"plannedStart\":\"2027-01-01\",\"plannedEnd\":\"2026-01-01\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("statusReason")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("plannedEnd")));
    mvc.perform(
            as(post("/api/v1/strategy-versions/" + draft + "/measures"))
                .content(
                    "{\"code\":\"M-1\",\"title\":\"Doppelt\",\"goalIds\":["
                        + goal
                        + "],\"status\":\"PLANNED\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    mvc.perform(
            as(post("/api/v1/strategy-versions/" + draft + "/measures"))
                .content(
                    "{\"code\":\"M-99\",\"title\":\"Fremdes Ziel\",\"goalIds\":[999999],\"status\":\"PLANNED\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("goalIds"));
    assertThat(jdbc.queryForObject("select count(*) from measure", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void measureListFiltersAndDefaultsToTheVersionInForce() throws Exception {
    mvc.perform(as(get("/api/v1/measures?status=IN_PROGRESS&size=50")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].status").value(everyItem(is("IN_PROGRESS"))))
        .andExpect(jsonPath("$.items[*].code").value(hasItem("M-1")));
    mvc.perform(as(get("/api/v1/measures?q=wlan")))
        .andExpect(jsonPath("$.items[*].code").value(hasItem("M-8")))
        .andExpect(jsonPath("$.items[*].code").value(hasItem("M-12")))
        .andExpect(jsonPath("$.totalElements").value(2));
    long unit =
        jdbc.queryForObject(
            "select u.id from org_unit u join body b on b.id = u.tenant_id where b.slug = 'musterstadt' and u.code = '4.200'",
            Long.class);
    mvc.perform(as(get("/api/v1/measures?orgUnit=" + unit)))
        .andExpect(
            jsonPath("$.items[*].code")
                .value(everyItem(org.hamcrest.Matchers.oneOf("M-8", "M-10"))))
        // not empty: an ignored filter or an empty list would pass the line above
        .andExpect(jsonPath("$.items[*].code").value(hasItem("M-8")));
    mvc.perform(as(get("/api/v1/measures?size=50")))
        .andExpect(jsonPath("$.items[*].code").value(hasItem("M-1")));
  }
}
