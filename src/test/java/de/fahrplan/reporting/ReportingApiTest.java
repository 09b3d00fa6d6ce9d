package de.fahrplan.reporting;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reporting round through the API: opening it creates the owners' tasks and mails, the owner
 * writes and submits, the coordination returns and accepts, closing locks; the rules answer in
 * German and nothing is overwritten. On a strategy of its own, put in force here.
 */
@FahrplanTest
class ReportingApiTest {

  static final String JENSEN = "fachbereich@musterstadt.example";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  private MockHttpServletRequestBuilder coordination(MockHttpServletRequestBuilder r) {
    return r.header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
        .contentType(MediaType.APPLICATION_JSON);
  }

  private MockHttpServletRequestBuilder as(Authentication user, MockHttpServletRequestBuilder r) {
    return r.with(authentication(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON);
  }

  private JsonNode call(MockHttpServletRequestBuilder r, int expected) throws Exception {
    String body =
        mvc.perform(r)
            .andExpect(status().is(expected))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return body.isEmpty() ? null : json.readTree(body);
  }

  private long person(String email) {
    return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
  }

  private long measure(long version, long goal, String code, String status, String email)
      throws Exception {
    return call(
            coordination(post("/api/v1/strategy-versions/" + version + "/measures"))
                .content(
                    "{\"code\":\""
                        + code
                        + "\",\"title\":\"Berichtsmaßnahme "
                        + code
                        + "\",\"goalIds\":["
                        + goal
                        + "],\"status\":\""
                        + status
                        + "\",\"responsiblePersonId\":"
                        + person(email)
                        + (status.equals("COMPLETED")
                            ? ",\"actualStart\":\"2025-02-01\",\"actualEnd\":\"2025-06-30\""
                            : "")
                        + "}"),
            201)
        .get("id")
        .asLong();
  }

  @Test
  void aRoundFromOpeningToClosing() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    Authentication jensen = Users.as(muster, JENSEN, Role.EDITOR);
    Authentication stranger = Users.as(muster, "niemand@musterstadt.example", Role.EDITOR);
    // starts before the demo strategy, so that the demo's stays the municipality's current one
    JsonNode v =
        call(
            coordination(post("/api/v1/strategies"))
                .content("{\"title\":\"Berichtsprobe\",\"startYear\":2023,\"endYear\":2030}"),
            201);
    long version = v.get("id").asLong();
    long field =
        call(
                coordination(post("/api/v1/strategy-versions/" + version + "/fields-of-action"))
                    .content("{\"code\":\"HF\",\"title\":\"Verwaltung\"}"),
                201)
            .get("id")
            .asLong();
    long goal =
        call(
                coordination(post("/api/v1/strategy-versions/" + version + "/goals"))
                    .content(
                        "{\"code\":\"A\",\"title\":\"Ziel\",\"fieldOfActionIds\":[" + field + "]}"),
                201)
            .get("id")
            .asLong();
    long r1 = measure(version, goal, "R-1", "IN_PROGRESS", JENSEN);
    measure(version, goal, "R-2", "PLANNED", "koordination@musterstadt.example");
    measure(version, goal, "R-3", "COMPLETED", JENSEN);

    // a draft has no rounds
    mvc.perform(
            coordination(post("/api/v1/reporting-rounds"))
                .content(
                    "{\"strategyVersionId\":"
                        + version
                        + ",\"period\":\"Q3/2026\",\"confirmPastDueDate\":true}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Berichtsrunden gibt es nur für die Fassung, die in Kraft ist."));
    long rat =
        jdbc.queryForObject(
            "select id from organization where short_name = 'Bürgerschaft'", Long.class);
    call(
        coordination(post("/api/v1/strategy-versions/" + version + "/adoption"))
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content(
                "{\"adoptedOn\":\"2025-01-10\",\"adoptedById\":"
                    + rat
                    + ",\"inForceFrom\":\"2025-01-10\"}"),
        200);
    call(
        coordination(post("/api/v1/strategy-versions/" + version + "/in-force"))
            .header(HttpHeaders.IF_MATCH, "\"1\""),
        200);

    mvc.perform(
            coordination(post("/api/v1/reporting-rounds"))
                .content("{\"strategyVersionId\":" + version + ",\"period\":\"Q5/2026\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("period"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "„Q5/2026“ ist kein Berichtszeitraum dieser Strategie (Beispiel: Q3/2026)."));
    JsonNode round =
        call(
            coordination(post("/api/v1/reporting-rounds"))
                .content(
                    "{\"strategyVersionId\":"
                        + version
                        + ",\"period\":\"Q3/2026\",\"confirmPastDueDate\":true}"),
            201);
    long roundId = round.get("id").asLong();
    assertThat(round.get("period").asString()).isEqualTo("Q3/2026");
    assertThat(round.get("dueDate").asString()).isEqualTo("2026-10-15");
    assertThat(round.at("/updatesByState/DRAFT").asInt())
        .as("planned and running measures only")
        .isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = ? and subject = ?"
                    + " and body like '%R-1 – Berichtsmaßnahme R-1%' and body like '%15.10.2026%'",
                Integer.class, JENSEN, "Fahrplan: Sachstand Q3/2026 erbeten"))
        .isEqualTo(1);
    call(
        coordination(post("/api/v1/reporting-rounds"))
            .content("{\"strategyVersionId\":" + version + ",\"period\":\"Q4/2026\"}"),
        422);

    // the owner sees the task, and only their own
    JsonNode tasks = call(as(jensen, get("/api/v1/tasks")), 200).get("items");
    long update = -1;
    long other = -1;
    for (JsonNode u :
        call(coordination(get("/api/v1/reporting-rounds/" + roundId + "/status-updates")), 200)
            .get("items")) {
      if (u.get("measureId").asLong() == r1) {
        update = u.get("id").asLong();
      } else {
        other = u.get("id").asLong();
      }
    }
    assertThat(tasks.findValuesAsString("measureLabel")).contains("R-1 – Berichtsmaßnahme R-1");
    assertThat(tasks.findValuesAsString("measureLabel"))
        .doesNotContain("R-2 – Berichtsmaßnahme R-2");
    call(
        as(jensen, put("/api/v1/status-updates/" + other))
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content("{}"),
        403);
    call(
        as(stranger, put("/api/v1/status-updates/" + update))
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content("{}"),
        403);

    String url = "/api/v1/status-updates/" + update;
    mvc.perform(
            as(jensen, put(url))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content("{\"trafficLight\":\"AT_RISK\",\"progress\":120}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("progress"));
    call(
        as(jensen, put(url))
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content("{\"trafficLight\":\"AT_RISK\",\"progress\":40,\"achieved\":\"Pilot läuft\"}"),
        200);
    mvc.perform(as(jensen, post(url + "/submit")).header(HttpHeaders.IF_MATCH, "\"1\""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("explanation"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Bei „gefährdet“ und „kritisch“ ist eine Erläuterung Pflicht."));
    // two people editing: the stale one gets 412, nothing is overwritten
    call(
        coordination(put(url))
            .header(HttpHeaders.IF_MATCH, "\"1\"")
            .content(
                "{\"trafficLight\":\"AT_RISK\",\"progress\":40,\"achieved\":\"Pilot läuft\","
                    + "\"explanation\":\"Lieferverzug Scanner\"}"),
        200);
    call(
        as(jensen, put(url))
            .header(HttpHeaders.IF_MATCH, "\"1\"")
            .content("{\"trafficLight\":\"ON_TRACK\",\"progress\":50}"),
        412);
    JsonNode submitted =
        call(as(jensen, post(url + "/submit")).header(HttpHeaders.IF_MATCH, "\"2\""), 200);
    assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
    assertThat(submitted.get("explanation").asString()).isEqualTo("Lieferverzug Scanner");
    call(
        as(jensen, put(url)).header(HttpHeaders.IF_MATCH, "\"3\"").content("{\"progress\":50}"),
        422);

    // review: only the coordination; a return needs a comment
    call(as(jensen, post(url + "/accept")).header(HttpHeaders.IF_MATCH, "\"3\""), 403);
    mvc.perform(
            coordination(post(url + "/return")).header(HttpHeaders.IF_MATCH, "\"3\"").content("{}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("comment")));
    JsonNode returned =
        call(
            coordination(post(url + "/return"))
                .header(HttpHeaders.IF_MATCH, "\"3\"")
                .content("{\"comment\":\"Bitte neuen Liefertermin nennen.\"}"),
            200);
    assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
    // the owner is told by mail, with the comment and the update's page
    assertThat(
            jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = ? and subject like ?"
                    + " and body like ? and body like ?",
                Integer.class,
                JENSEN,
                "Fahrplan: Sachstand % zurückgegeben",
                "%Bitte neuen Liefertermin nennen.%",
                "%/status-updates/" + update + "%"))
        .isEqualTo(1);
    assertThat(updatePage(jensen, update)).contains("Von der Koordination zurückgegeben");
    call(
        as(jensen, put(url))
            .header(HttpHeaders.IF_MATCH, "\"4\"")
            .content(
                "{\"trafficLight\":\"AT_RISK\",\"progress\":45,\"explanation\":\"Lieferung am 12.11.\"}"),
        200);
    call(as(jensen, post(url + "/submit")).header(HttpHeaders.IF_MATCH, "\"5\""), 200);
    assertThat(updatePage(jensen, update))
        .as("submitted again: the returned box is gone")
        .doesNotContain("Von der Koordination zurückgegeben");
    JsonNode accepted =
        call(coordination(post(url + "/accept")).header(HttpHeaders.IF_MATCH, "\"6\""), 200);
    assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");

    // closing locks every update of the round
    call(
        coordination(post("/api/v1/reporting-rounds/" + roundId + "/close"))
            .header(HttpHeaders.IF_MATCH, "\"0\""),
        200);
    mvc.perform(
            coordination(put("/api/v1/status-updates/" + other))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content("{\"progress\":10}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Die Berichtsrunde ist geschlossen; ihre Sachstände sind gesperrt."));
    assertThat(
            call(coordination(get("/api/v1/status-updates/" + other)), 200)
                .get("locked")
                .asBoolean())
        .isTrue();
    assertThat(call(as(jensen, get("/api/v1/tasks")), 200).findValuesAsString("measureLabel"))
        .doesNotContain("R-1 – Berichtsmaßnahme R-1");

    // a late change: the coordination reopens that one update, with a reason, in its history
    String late = "/api/v1/status-updates/" + update;
    mvc.perform(
            coordination(post(late + "/reopen"))
                .header(HttpHeaders.IF_MATCH, "\"7\"")
                .content("{}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("comment"));
    JsonNode reopened =
        call(
            coordination(post(late + "/reopen"))
                .header(HttpHeaders.IF_MATCH, "\"7\"")
                .content("{\"comment\":\"Liefertermin hat sich verschoben, bitte nachtragen.\"}"),
            200);
    assertThat(reopened.get("state").asString()).isEqualTo("RETURNED");
    assertThat(reopened.get("locked").asBoolean()).isFalse();
    assertThat(call(as(jensen, get("/api/v1/tasks")), 200).findValuesAsString("measureLabel"))
        .contains("R-1 – Berichtsmaßnahme R-1");
    call(
        as(jensen, put(late))
            .header(HttpHeaders.IF_MATCH, "\"8\"")
            .content(
                "{\"trafficLight\":\"AT_RISK\",\"progress\":45,\"explanation\":\"Lieferung am 03.12.\"}"),
        200);
    call(as(jensen, post(late + "/submit")).header(HttpHeaders.IF_MATCH, "\"9\""), 200);
    call(coordination(post(late + "/accept")).header(HttpHeaders.IF_MATCH, "\"10\""), 200);
    call(
        as(jensen, put(late)).header(HttpHeaders.IF_MATCH, "\"11\"").content("{\"progress\":50}"),
        422);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where object_type = 'StatusUpdate' and object_id = ?"
                    + " and action = 'REOPENED'",
                Integer.class,
                update))
        .isEqualTo(1);

    // the next round starts from what was reported last time
    long next =
        call(
                coordination(post("/api/v1/reporting-rounds"))
                    .content("{\"strategyVersionId\":" + version + ",\"period\":\"Q4/2026\"}"),
                201)
            .get("id")
            .asLong();
    for (JsonNode u :
        call(coordination(get("/api/v1/reporting-rounds/" + next + "/status-updates")), 200)
            .get("items")) {
      if (u.get("measureId").asLong() == r1) {
        assertThat(u.get("trafficLight").asString()).isEqualTo("AT_RISK");
        assertThat(u.get("progress").asInt()).isEqualTo(45);
        assertThat(u.get("state").asString()).isEqualTo("DRAFT");
        // an update of an open round is returned, not reopened
        call(
            coordination(post("/api/v1/status-updates/" + u.get("id").asLong() + "/reopen"))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content("{\"comment\":\"x\"}"),
            422);
      }
    }
  }

  private String updatePage(Authentication who, long id) throws Exception {
    return mvc.perform(
            get("/status-updates/" + id)
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
