package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The comparison of the Fortschreibung with the version in force, field by field. */
@FahrplanTest
class VersionComparisonTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void showsWhatTheFortschreibungChanges() throws Exception {
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
            Long.class);
    long m11 =
        jdbc.queryForObject(
            "select id from measure where strategy_version_id = ? and code = 'M-11'",
            Long.class,
            draft);
    long version = jdbc.queryForObject("select version from measure where id = ?", Long.class, m11);
    long goal =
        jdbc.queryForObject(
            "select min(id) from goal where strategy_version_id = ? and code = 'C'",
            Long.class,
            draft);
    mvc.perform(
            put("/api/v1/measures/" + m11)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"code\":\"M-11\",\"title\":\"Digitale Gremienarbeit mit Tablets\",\"goalIds\":["
                        + goal
                        + "],\"status\":\"PLANNED\",\"level\":\"INTERMUNICIPAL\","
                        + "\"plannedStart\":\"2026-09-01\",\"plannedEnd\":\"2027-08-31\"}"))
        .andExpect(status().isOk());
    // partners: a share in German figures, and one without a share
    for (String partner :
        List.of("{\"name\":\"Amt Süd\",\"costShare\":12.5}", "{\"name\":\"Zweckverband Ost\"}")) {
      mvc.perform(
              post("/api/v1/measures/" + m11 + "/partners")
                  .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(partner))
          .andExpect(status().isCreated());
    }
    mvc.perform(
            post("/api/v1/strategy-versions/" + draft + "/measures")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"code\":\"M-16\",\"title\":\"KI-Assistenz im Bürgerbüro\",\"goalIds\":["
                        + goal
                        + "],\"status\":\"IDEA\"}"))
        .andExpect(status().isCreated());
    // money and milestones of the Fortschreibung are compared too
    mvc.perform(
            post("/api/v1/measures/" + m11 + "/resources")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"budgetYear\":2029,\"consumptive\":12345}"))
        .andExpect(status().isCreated());
    mvc.perform(
            post("/api/v1/measures/" + m11 + "/milestones")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Tablets verteilt\",\"plannedDate\":\"2027-03-31\"}"))
        .andExpect(status().isCreated());
    mvc.perform(
            get("/api/v1/strategy-versions/" + draft + "/comparison")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.changes[?(@.code == 'M-11')].fields[?(@.field == 'Mittel 2029')].newValue")
                .value(hasItem("12.345,00 €")))
        .andExpect(
            jsonPath("$.changes[?(@.code == 'M-11')].fields[?(@.field == 'Meilensteine')].newValue")
                .value(
                    hasItem(
                        org.hamcrest.Matchers.containsString("Tablets verteilt (31.03.2027)"))));
    mvc.perform(
            get("/api/v1/strategy-versions/" + draft + "/comparison")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(
            jsonPath(
                    "$.changes[?(@.code == 'M-11')].fields[?(@.field == 'Beteiligte und Partner')].newValue")
                .value(
                    hasItem(
                        org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("Amt Süd (12,5 %)"),
                            org.hamcrest.Matchers.containsString("Zweckverband Ost")))));
    mvc.perform(
            get("/api/v1/strategy-versions/" + draft + "/comparison")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from.number").value(1))
        .andExpect(jsonPath("$.to.number").value(2))
        .andExpect(jsonPath("$.visionChanged").value(false))
        .andExpect(jsonPath("$.changes[?(@.code == 'M-16')].change").value(hasItem("ADDED")))
        .andExpect(jsonPath("$.changes[?(@.code == 'M-11')].change").value(hasItem("CHANGED")))
        .andExpect(
            jsonPath("$.changes[?(@.code == 'M-11')].fields[*].field").value(hasItem("Titel")))
        .andExpect(
            jsonPath("$.changes[?(@.code == 'M-11')].fields[*].oldValue")
                .value(hasItem("Digitale Gremienarbeit für Ratsmitglieder")))
        .andExpect(jsonPath("$.changes[?(@.code == 'M-1')]").isEmpty());
  }
}
