package de.fahrplan.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The council's forms after someone else saved the same object: the form again with the notice that
 * it changed, nothing saved (the form came back without a word, and a second send overwrote).
 */
@FahrplanTest
class CouncilFormsConflictTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aConsultationResultOrAFulfilmentOnAnOldFormSaysItChanged() throws Exception {
    long tenant = Demo.bodyId(jdbc, "musterstadt");
    var coordination = Users.in(tenant, Role.COORDINATION);
    Map<String, Object> step =
        jdbc.queryForMap(
            "select id, version from consultation where tenant_id = ? and result is null"
                + " order by id limit 1",
            tenant);
    mvc.perform(
            post("/consultations/" + step.get("id") + "/result")
                .param("version", String.valueOf(((Number) step.get("version")).longValue() + 1))
                .param("result", "ADOPTED")
                .with(authentication(coordination))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("inzwischen von einer anderen Person geändert")));
    assertThat(
            jdbc.queryForObject(
                "select result from consultation where id = ?", String.class, step.get("id")))
        .isNull();

    Map<String, Object> mandate =
        jdbc.queryForMap(
            "select id, version from mandate where tenant_id = ? and fulfilled_on is null"
                + " and deleted = false order by id limit 1",
            tenant);
    mvc.perform(
            post("/mandates/" + mandate.get("id") + "/fulfilment")
                .param("version", String.valueOf(((Number) mandate.get("version")).longValue() + 1))
                .param("fulfilledOn", "2026-12-01")
                .param("note", "erledigt")
                .with(authentication(coordination))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("inzwischen von einer anderen Person geändert")));
    assertThat(
            jdbc.queryForObject(
                "select fulfilled_on from mandate where id = ?",
                java.sql.Date.class,
                mandate.get("id")))
        .isNull();
  }
}
