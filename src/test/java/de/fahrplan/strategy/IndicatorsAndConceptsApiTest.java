package de.fahrplan.strategy;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indicators of goals (definition, measured values, state) and links to other adopted concepts: the
 * demo's states, the rules with their German errors, and the life cycle through adoption,
 * Fortschreibung and supersession.
 */
@FahrplanTest
class IndicatorsAndConceptsApiTest {

  static final String ACCESS_DRAFT_ONLY =
      "Diese Fassung ist beschlossen und schreibgeschützt. Beginnen Sie eine Fortschreibung.";

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

  private long musterVersion(String status) {
    return jdbc.queryForObject(
        "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = ?",
        Long.class,
        status);
  }

  @Test
  void demoIndicatorsShowEveryStateAndTheDraftHasCopies() throws Exception {
    Map<String, String> states = new HashMap<>();
    JsonNode inForce =
        call(get("/api/v1/strategy-versions/" + musterVersion("IN_FORCE") + "/indicators"), 200)
            .get("items");
    inForce.forEach(i -> states.put(i.get("name").asString(), i.get("state").asString()));
    assertThat(states)
        .containsEntry("Fachbereiche mit elektronischer Akte", "BEHIND")
        .containsEntry("Online beantragbare Verwaltungsleistungen (OZG)", "ON_TRACK")
        .containsEntry("Bearbeitungsdauer Wohngeld (Durchschnitt)", "BEHIND")
        .containsEntry("Beschäftigte mit mobilem Arbeitsplatz", "NO_DATA")
        .containsEntry("Öffentliche WLAN-Hotspots in der Innenstadt", "REACHED");
    JsonNode ozg = find(inForce, "Online beantragbare Verwaltungsleistungen (OZG)");
    // 55.5 % on 30.06.2026; path from 18 % (31.12.2023) to 80 % (31.12.2028): 18 + 62 × 912/1827
    // days
    assertThat(ozg.at("/latest/value").decimalValue()).isEqualByComparingTo("55.5");
    assertThat(ozg.at("/expected").decimalValue()).isEqualByComparingTo("48.9491");
    assertThat(ozg.at("/progressPercent").asInt()).isEqualTo(60);
    assertThat(ozg.at("/values").size()).isEqualTo(3);

    JsonNode draft =
        call(get("/api/v1/strategy-versions/" + musterVersion("DRAFT") + "/indicators"), 200)
            .get("items");
    JsonNode copy = find(draft, "Öffentliche WLAN-Hotspots in der Innenstadt");
    assertThat(copy.at("/values").size())
        .as("the value measured after the adoption is copied, too")
        .isEqualTo(2);
    assertThat(copy.at("/state").asString()).isEqualTo("REACHED");
    assertThat(copy.at("/goalId").asLong())
        .isNotEqualTo(find(inForce, "Öffentliche WLAN-Hotspots in der Innenstadt").at("/goalId"));

    JsonNode links =
        call(get("/api/v1/strategy-versions/" + musterVersion("DRAFT") + "/concept-links"), 200)
            .get("items");
    assertThat(links.findValuesAsString("title"))
        .contains("Klimaschutzkonzept der Hansestadt Musterstadt 2030", "Integrationskonzept");
  }

  private static JsonNode find(JsonNode list, String name) {
    for (JsonNode i : list) {
      if (i.get("name").asString().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + name);
  }

  @Test
  void indicatorsLiveThroughAdoptionFortschreibungAndSupersession() throws Exception {
    long version =
        call(
                post("/api/v1/strategies")
                    .content(
                        "{\"title\":\"Indikatorenstrategie\",\"startYear\":2025,\"endYear\":2030}"),
                201)
            .get("id")
            .asLong();
    long field =
        call(
                post("/api/v1/strategy-versions/" + version + "/fields-of-action")
                    .content("{\"code\":\"HF\",\"title\":\"Verwaltung\"}"),
                201)
            .get("id")
            .asLong();
    long goal =
        call(
                post("/api/v1/strategy-versions/" + version + "/goals")
                    .content(
                        "{\"code\":\"A\",\"title\":\"Schneller\",\"fieldOfActionIds\":["
                            + field
                            + "]}"),
                201)
            .get("id")
            .asLong();

    // every broken rule of the definition is named, nothing is written
    mvc.perform(
            as(post("/api/v1/goals/" + goal + "/indicators"))
                .content(
                    "{\"name\":\"Dauer\",\"direction\":\"LOWER_IS_BETTER\",\"baselineValue\":10,"
                        + "\"baselineDate\":\"2025-01-01\",\"targetValue\":12,\"targetDate\":\"2024-12-31\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("unit")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("targetDate")))
        .andExpect(
            jsonPath("$.errors[*].message")
                .value(
                    hasItem(
                        "Wenn niedrigere Werte besser sind, muss der Zielwert unter dem Ausgangswert liegen.")));
    assertThat(count("indicator", "goal_id", goal)).isZero();

    JsonNode indicator =
        call(
            post("/api/v1/goals/" + goal + "/indicators")
                .content(
                    "{\"name\":\"Dauer Gewerbeanmeldung\",\"unit\":\"Tage\","
                        + "\"direction\":\"LOWER_IS_BETTER\",\"baselineValue\":10,"
                        + "\"baselineDate\":\"2025-01-01\",\"targetValue\":2,\"targetDate\":\"2027-01-01\"}"),
            201);
    long id = indicator.get("id").asLong();
    assertThat(indicator.get("state").asString()).isEqualTo("NO_DATA");

    // a value needs a source and a date that is not in the future
    mvc.perform(
            as(post("/api/v1/indicators/" + id + "/values"))
                .content("{\"measuredOn\":\"2999-01-01\",\"value\":3}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("source")))
        .andExpect(
            jsonPath("$.errors[*].message").value(hasItem("Das Messdatum liegt in der Zukunft.")));
    // at most four decimals – refused, not rounded; trailing zeros are no decimals
    mvc.perform(
            as(post("/api/v1/indicators/" + id + "/values"))
                .content(
                    "{\"measuredOn\":\"2026-01-01\",\"value\":5.12345,\"source\":\"Gewerbeamt\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("value"));
    JsonNode withValue =
        call(
            post("/api/v1/indicators/" + id + "/values")
                .content(
                    "{\"measuredOn\":\"2026-01-01\",\"value\":5.00000,\"source\":\"Gewerbeamt\"}"),
            201);
    // path on 01.01.2026: 10 - 8 × 365/730 = 6 → 5 days is better → on track
    assertThat(withValue.get("state").asString()).isEqualTo("ON_TRACK");
    assertThat(withValue.get("progressPercent").asInt()).isEqualTo(63);

    // a concept link must not smuggle a script address onto the page
    mvc.perform(
            as(post("/api/v1/strategy-versions/" + version + "/concept-links"))
                .content("{\"title\":\"Klimaplan\",\"url\":\"javascript:alert(1)\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("url"));
    call(
        post("/api/v1/strategy-versions/" + version + "/concept-links")
            .content(
                "{\"title\":\"Klimaplan\",\"adoptedOn\":\"2024-05-02\",\"reference\":\"VO/2024/1\","
                    + "\"url\":\"https://rat.example/vo-2024-1\"}"),
        201);

    // a stale If-Match is a conflict, not an overwrite
    mvc.perform(
            as(put("/api/v1/indicators/" + id))
                .header(HttpHeaders.IF_MATCH, "\"7\"")
                .content(json.writeValueAsString(indicator)))
        .andExpect(status().isPreconditionFailed());

    adoptAndPutInForce(version, "2025-06-01");

    // adopted: the definition is read-only, values go on
    mvc.perform(
            as(put("/api/v1/indicators/" + id))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content(json.writeValueAsString(indicator)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value(ACCESS_DRAFT_ONLY));
    mvc.perform(
            as(post("/api/v1/strategy-versions/" + version + "/concept-links"))
                .content("{\"title\":\"Noch ein Konzept\"}"))
        .andExpect(status().isUnprocessableContent());
    JsonNode reached =
        call(
            post("/api/v1/indicators/" + id + "/values")
                .content("{\"measuredOn\":\"2026-06-01\",\"value\":2,\"source\":\"Gewerbeamt\"}"),
            201);
    assertThat(reached.get("state").asString()).isEqualTo("REACHED");
    long wrongValue = reached.at("/values/1/id").asLong();

    // the Fortschreibung copies indicators, values and links
    long strategy =
        call(get("/api/v1/strategy-versions/" + version), 200).get("strategyId").asLong();
    long version2 =
        call(post("/api/v1/strategies/" + strategy + "/versions"), 201).get("id").asLong();
    JsonNode copied =
        call(get("/api/v1/strategy-versions/" + version2 + "/indicators"), 200).get("items");
    assertThat(copied.size()).isEqualTo(1);
    assertThat(copied.at("/0/values").size()).isEqualTo(2);
    assertThat(copied.at("/0/id").asLong()).isNotEqualTo(id);
    assertThat(
            call(get("/api/v1/strategy-versions/" + version2 + "/concept-links"), 200)
                .get("items")
                .size())
        .isEqualTo(1);

    adoptAndPutInForce(version2, "2026-07-01");
    // superseded: no more values there, not even removing one
    mvc.perform(
            as(post("/api/v1/indicators/" + id + "/values"))
                .content("{\"measuredOn\":\"2026-07-01\",\"value\":1,\"source\":\"Gewerbeamt\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "Diese Fassung ist abgelöst. Messwerte werden in der geltenden Fassung erfasst."));
    mvc.perform(
            as(delete("/api/v1/indicator-values/" + wrongValue))
                .header(HttpHeaders.IF_MATCH, "\"0\""))
        .andExpect(status().isUnprocessableContent());
    assertThat(count("indicator_value", "indicator_id", id)).isEqualTo(2);

    // in the version in force a wrong value can be removed; the history keeps it
    long copyId = copied.at("/0/id").asLong();
    long copyValue = copied.at("/0/values/1/id").asLong();
    JsonNode afterRemoval =
        call(
            delete("/api/v1/indicator-values/" + copyValue).header(HttpHeaders.IF_MATCH, "\"0\""),
            200);
    assertThat(afterRemoval.get("state").asString()).isEqualTo("ON_TRACK");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where object_type = 'Indicator' and object_id = ?"
                    + " and action = 'VALUE_REMOVED'",
                Integer.class,
                copyId))
        .isEqualTo(1);
  }

  private void adoptAndPutInForce(long version, String date) throws Exception {
    long rat =
        jdbc.queryForObject(
            "select id from organization where short_name = 'Bürgerschaft'", Long.class);
    long etag = call(get("/api/v1/strategy-versions/" + version), 200).get("version").asLong();
    call(
        post("/api/v1/strategy-versions/" + version + "/adoption")
            .header(HttpHeaders.IF_MATCH, "\"" + etag + "\"")
            .content(
                "{\"adoptedOn\":\""
                    + date
                    + "\",\"adoptedById\":"
                    + rat
                    + ",\"inForceFrom\":\""
                    + date
                    + "\"}"),
        200);
    call(
        post("/api/v1/strategy-versions/" + version + "/in-force")
            .header(HttpHeaders.IF_MATCH, "\"" + (etag + 1) + "\""),
        200);
  }

  private int count(String table, String column, long id) {
    return jdbc.queryForObject(
        "select count(*) from " + table + " where " + column + " = ?", Integer.class, id);
  }
}
