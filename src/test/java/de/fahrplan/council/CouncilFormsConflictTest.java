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
    sentWithAnOldVersion(
        "consultation", "result is null", "/result", "result", "result", "ADOPTED");
    sentWithAnOldVersion(
        "mandate",
        "fulfilled_on is null and deleted = false",
        "/fulfilment",
        "fulfilled_on",
        "fulfilledOn",
        "2026-12-01");
  }

  /** The form of the first such object, sent with a version one ahead: notice, nothing saved. */
  private void sentWithAnOldVersion(
      String table, String open, String action, String column, String field, String value)
      throws Exception {
    long tenant = Demo.bodyId(jdbc, "musterstadt");
    Map<String, Object> row =
        jdbc.queryForMap(
            "select id, version from "
                + table
                + " where tenant_id = ? and "
                + open
                + " order by id limit 1",
            tenant);
    mvc.perform(
            post("/" + table + "s/" + row.get("id") + action)
                .param("version", String.valueOf(((Number) row.get("version")).longValue() + 1))
                .param(field, value)
                .with(authentication(Users.in(tenant, Role.COORDINATION)))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("inzwischen von einer anderen Person geändert")));
    assertThat(
            jdbc.queryForObject(
                "select " + column + " from " + table + " where id = ?",
                Object.class,
                row.get("id")))
        .as(table)
        .isNull();
  }
}
