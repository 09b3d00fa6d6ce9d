package de.fahrplan.reporting;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start page says what is due for whom: the owner's tasks, the open round and the Lagebild's
 * figures (the same as the Lagebild's API), overdue milestones and mandates for everyone, the
 * organisation's figures only for Administration.
 */
@FahrplanTest
class StartPageTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private String page(Authentication user) throws Exception {
    return mvc.perform(get("/").with(authentication(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void eachRoleSeesWhatIsDueForIt() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long inForce =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt'"
                + " and v.status = 'IN_FORCE'",
            Long.class);
    JsonNode dashboard =
        JsonMapper.builder()
            .build()
            .readTree(
                mvc.perform(
                        get("/api/v1/strategy-versions/" + inForce + "/dashboard")
                            .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
    int overdue = dashboard.get("overdueMilestones").size();
    assertThat(overdue).isPositive();

    String coordinator = page(Users.as(muster, Demo.MUSTER_ADMIN, Role.ADMIN, Role.COORDINATION));
    // what the README promises: Linda Schütt's open task is M-6; Olaf Jensen's M-4 is submitted
    assertThat(coordinator).contains("Sachstand Q3/2026 für M-6");
    assertThat(
            page(Users.as(muster, "fachbereich@musterstadt.example", Role.EDITOR))
                .contains("Sachstand Q3/2026 für M-4"))
        .isFalse();
    assertThat(
            jdbc.queryForObject(
                "select u.state from status_update u join measure m on m.id = u.measure_id"
                    + " join reporting_round r on r.id = u.round_id"
                    + " where m.code = 'M-4' and m.tenant_id = ? and r.status = 'OPEN'",
                String.class,
                muster))
        .isEqualTo("SUBMITTED");
    assertThat(coordinator)
        .contains("Ihre Aufgaben")
        .contains("Digitale Strategie der Hansestadt Musterstadt")
        .containsPattern("Berichtsrunde Q3/2026: \\d+ von \\d+ Sachständen eingereicht")
        .contains("Überfällige Meilensteine (" + overdue + ")")
        .contains("Überfällige Aufträge")
        .contains("Hier pflegen Sie die Organisation");

    // the mayor reads: no organisation upkeep, but the same state of the strategy
    String mayor = page(Users.as(muster, Demo.MUSTER_READER, Role.READER));
    assertThat(mayor)
        .contains("Überfällige Meilensteine (" + overdue + ")")
        .contains("Lagebild")
        .doesNotContain("Hier pflegen Sie die Organisation")
        .doesNotContain("Sachstand Q3/2026 für");

    // the owner of an open update finds it named with its due date
    var open =
        jdbc.queryForMap(
            "select m.code, p.email from status_update u join measure m on m.id = u.measure_id"
                + " join person p on p.id = u.assignee_person_id"
                + " where u.tenant_id = ? and p.email is not null"
                + " and u.state in ('DRAFT', 'RETURNED') order by m.code fetch first 1 rows only",
            muster);
    String owner = page(Users.as(muster, (String) open.get("email"), Role.EDITOR));
    assertThat(owner).contains("für " + open.get("code")).contains("bis ");
  }
}
