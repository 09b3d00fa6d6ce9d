package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Finish-to-start dependencies: cycles refused and named, date conflicts flagged. */
@FahrplanTest
class DependencyApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private long measure(String code) {
    return Demo.musterMeasureId(jdbc, "DRAFT", code);
  }

  private void add(String successor, String predecessor, int expected) throws Exception {
    mvc.perform(
            post("/api/v1/measures/" + measure(successor) + "/predecessors")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"predecessorId\":" + measure(predecessor) + "}"))
        .andExpect(status().is(expected));
  }

  @Test
  void cyclesAreRefusedAndDateConflictsFlagged() throws Exception {
    add("M-7", "M-5", 201); // Mobiles Arbeiten after the project-management guideline: dates fit
    add(
        "M-9", "M-7",
        201); // Beteiligungs-App (starts 04/2026) after Mobiles Arbeiten (ends 06/2027): conflict
    mvc.perform(
            get("/api/v1/measures/" + measure("M-9") + "/dependencies")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(
            jsonPath("$.items[0].predecessorLabel")
                .value("M-7 – Mobiles Arbeiten für alle Beschäftigten"))
        .andExpect(jsonPath("$.items[0].conflict").value(true));
    mvc.perform(
            get("/api/v1/measures/" + measure("M-7") + "/dependencies")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(
            jsonPath(
                    "$.items[?(@.successorLabel == 'M-7 – Mobiles Arbeiten für alle Beschäftigten')].conflict")
                .value(false));
    int before = jdbc.queryForObject("select count(*) from measure_dependency", Integer.class);
    mvc.perform(
            post("/api/v1/measures/" + measure("M-5") + "/predecessors")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"predecessorId\":" + measure("M-9") + "}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("predecessorId"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Das ergäbe einen Kreis: M-5 → M-7 → M-9 → M-5."));
    add("M-5", "M-5", 422);
    add("M-9", "M-7", 422);
    assertThat(jdbc.queryForObject("select count(*) from measure_dependency", Integer.class))
        .isEqualTo(before);
  }
}
