package de.fahrplan.shared;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every time the application writes comes from its one clock: the entities' own timestamps
 * (Hibernate's), the audit trail's and the outbox's – so that each time rule can be tested by
 * moving that clock (before, these took the machine's time).
 */
@FahrplanTest
class OneClockTest {

  @Autowired MockMvc mvc;
  @Autowired MovableClock clock;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aNewObjectAndItsHistoryCarryTheClocksTime() throws Exception {
    // an hour back: unlike the machine's time, and like any other object's in the shared data
    Instant then = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    clock.moveTo(then);
    String created =
        mvc.perform(
                post("/api/v1/locations")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"description\":\"Uhrenturm, Saal 1\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode place = JsonMapper.builder().build().readTree(created);
    assertThat(Instant.parse(place.get("created").asString())).isEqualTo(then);
    assertThat(Instant.parse(place.get("modified").asString())).isEqualTo(then);
    String history =
        mvc.perform(
                get("/api/v1/locations/" + place.get("id").asLong() + "/history")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonMapper.builder().build().readTree(history).findValuesAsString("occurredAt"))
        .containsExactly(then.toString());
  }
}
