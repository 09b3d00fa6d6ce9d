package de.fahrplan.identity;

import static de.fahrplan.support.Demo.KREIS_TOKEN;
import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An account is the person Administration linked it to – not whoever has the same e-mail: the
 * Beispielkreis coordinator's account finds his tasks although his person has another address, and
 * a link moved to another person moves the tasks with it.
 */
@FahrplanTest
class AccountPersonTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired Accounts accounts;
  final JsonMapper json = JsonMapper.builder().build();

  private JsonNode call(
      String token,
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r,
      int expected)
      throws Exception {
    String body =
        mvc.perform(
                r.header(HttpHeaders.AUTHORIZATION, bearer(token)).contentType("application/json"))
            .andExpect(status().is(expected))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return body.isEmpty() ? null : json.readTree(body);
  }

  private long account(String email) {
    return jdbc.queryForObject("select id from account where email = ?", Long.class, email);
  }

  private List<String> openUpdatesOf(String familyName, long tenant) {
    return jdbc.queryForList(
        "select m.code from status_update u join measure m on m.id = u.measure_id"
            + " join person p on p.id = u.assignee_person_id join reporting_round r on r.id ="
            + " u.round_id where p.family_name = ? and p.tenant_id = ? and r.status = 'OPEN'"
            + " and u.state in ('DRAFT', 'RETURNED') order by m.code",
        String.class,
        familyName,
        tenant);
  }

  @Test
  void theBeispielkreisCoordinatorFindsHisTasksThroughTheLink() throws Exception {
    long kreis = Demo.bodyId(jdbc, "beispielkreis");
    long account = account(Demo.KREIS_ADMIN);
    assertThat(
            jdbc.queryForObject(
                "select email from person where account_id = ? and tenant_id = ?",
                String.class,
                account,
                kreis))
        .isEqualTo("stefan.domanske@beispielkreis.example")
        .isNotEqualTo(Demo.KREIS_ADMIN);
    JsonNode link = call(KREIS_TOKEN, get("/api/v1/accounts/" + account + "/person"), 200);
    assertThat(link.get("displayName").asString()).isEqualTo("Stefan Domanske");
    List<String> expected = openUpdatesOf("Domanske", kreis);
    // the page says the same
    assertThat(
            mvc.perform(
                    get("/tasks")
                        .with(
                            org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.authentication(
                                de.fahrplan.support.Users.of(
                                    accounts.user(account, kreis).orElseThrow()))))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Sachstand Q3/2026 für M-2");
    assertThat(expected).isNotEmpty();
    JsonNode tasks = call(KREIS_TOKEN, get("/api/v1/tasks"), 200);
    assertThat(tasks.findValuesAsString("measureLabel"))
        .hasSize(expected.size())
        .allSatisfy(l -> assertThat(expected).anyMatch(l::startsWith));
  }

  @Test
  void aLinkMovesTheTasksAndAnotherMunicipalitysPersonIsNotFound() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long account = account(Demo.MUSTER_ADMIN);
    long schuett =
        jdbc.queryForObject(
            "select id from person where tenant_id = ? and family_name = 'Schütt'",
            Long.class,
            muster);
    long jensen =
        jdbc.queryForObject(
            "select id from person where tenant_id = ? and family_name = 'Jensen'",
            Long.class,
            muster);
    assertThat(
            call(MUSTER_TOKEN, get("/api/v1/accounts/" + account + "/person"), 200)
                .get("personId")
                .asLong())
        .isEqualTo(schuett);
    try {
      call(
          MUSTER_TOKEN,
          put("/api/v1/accounts/" + account + "/person").content("{\"personId\":" + jensen + "}"),
          200);
      // the coordinator's account now works as Olaf Jensen: his open updates are its tasks
      List<String> jensens = openUpdatesOf("Jensen", muster);
      assertThat(call(MUSTER_TOKEN, get("/api/v1/tasks"), 200).findValuesAsString("measureLabel"))
          .hasSize(jensens.size());
      // a person of another municipality is not found
      long kreisPerson =
          jdbc.queryForObject(
              "select min(id) from person where tenant_id = ?",
              Long.class,
              Demo.bodyId(jdbc, "beispielkreis"));
      call(
          MUSTER_TOKEN,
          put("/api/v1/accounts/" + account + "/person")
              .content("{\"personId\":" + kreisPerson + "}"),
          404);
      // the account's history names the change
      assertThat(
              mvc.perform(
                      get("/accounts/" + account)
                          .with(
                              org.springframework.security.test.web.servlet.request
                                  .SecurityMockMvcRequestPostProcessors.authentication(
                                  de.fahrplan.support.Users.in(
                                      muster, de.fahrplan.shared.security.Role.ADMIN))))
                  .andReturn()
                  .getResponse()
                  .getContentAsString())
          .contains("Dieses Konto ist Olaf Jensen");
    } finally {
      call(
          MUSTER_TOKEN,
          put("/api/v1/accounts/" + account + "/person").content("{\"personId\":" + schuett + "}"),
          200);
    }
  }
}
