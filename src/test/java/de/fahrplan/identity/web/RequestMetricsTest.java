package de.fahrplan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The metrics an operator reads: every request is timed by URI pattern and status; Spring
 * Security's own observations – a timer per filter and per authorisation check, about 7 % of a
 * page's CPU – are not recorded (docs/performance.md).
 */
@FahrplanTest
class RequestMetricsTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry meters;

  @Test
  void requestsAreTimedAndSecurityFiltersAreNot() throws Exception {
    mvc.perform(
            get("/strategies")
                .with(
                    authentication(Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION))))
        .andExpect(status().isOk());

    assertThat(meters.find("http.server.requests").tag("uri", "/strategies").timers()).isNotEmpty();
    assertThat(meters.getMeters())
        .extracting(m -> m.getId().getName())
        .noneMatch(name -> name.startsWith("spring.security"));
  }
}
