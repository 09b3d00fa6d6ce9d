package de.fahrplan.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The plan tree's filters: overdue measures and measures with money in a budget year. */
@FahrplanTest
class PlanPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void filtersForOverdueMeasuresAndForABudgetYear() throws Exception {
    long version =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'IN_FORCE'",
            Long.class);
    var reader = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.READER);
    mvc.perform(
            get("/strategy-versions/" + version + "/plan?overdue=true")
                .with(authentication(reader)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("M-4 – Sicherer elektronischer Zugang")))
        .andExpect(content().string(containsString("M-8 – Öffentliches WLAN in der Innenstadt")))
        // M-12's milestone was reported reached in an accepted update: the plan knows it
        .andExpect(
            content().string(not(containsString("M-12 – WLAN und Endgeräte für alle Schulen"))))
        .andExpect(content().string(not(containsString("M-3 – Aufbau einer Internetredaktion"))))
        .andExpect(
            content()
                .string(not(containsString("M-1 – Einführung eines Dokumentenmanagementsystems"))));
    mvc.perform(
            get("/strategy-versions/" + version + "/plan?budgetYear=2024")
                .with(authentication(reader)))
        .andExpect(
            content().string(containsString("M-1 – Einführung eines Dokumentenmanagementsystems")))
        .andExpect(content().string(containsString("M-3 – Aufbau einer Internetredaktion")))
        .andExpect(
            content().string(not(containsString("M-8 – Öffentliches WLAN in der Innenstadt"))))
        .andExpect(content().string(containsString("2 Maßnahmen")));
    // the tag filter ignores case and leaves out every measure without the tag
    int tagged =
        jdbc.queryForObject(
            "select count(distinct m.id) from measure m join measure_tag t on t.measure_id = m.id"
                + " where m.strategy_version_id = ? and lower(t.tag) = 'ozg'",
            Integer.class,
            version);
    int all =
        jdbc.queryForObject(
            "select count(*) from measure where strategy_version_id = ?", Integer.class, version);
    org.assertj.core.api.Assertions.assertThat(tagged).isPositive().isLessThan(all);
    mvc.perform(
            get("/strategy-versions/" + version + "/plan?tag=ozg&sort=TITLE")
                .with(authentication(reader)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(tagged + " Maßnahmen")));
    mvc.perform(
            get("/strategy-versions/" + version + "/plan?status=QUATSCH")
                .with(authentication(reader)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("„QUATSCH“: Ungültiger Wert.")));
  }

  /**
   * A number the form cannot read says what it expects, next to the field and in the summary – and
   * does not hide the form's other errors (the year outside the strategy), which the service's
   * rules find in a save that is rolled back: nothing is written, not even a history line.
   */
  @Test
  void aMoneyFormNamesWhatANumberMustLookLike() throws Exception {
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
            Long.class);
    long measure =
        jdbc.queryForObject(
            "select min(id) from measure where strategy_version_id = ?", Long.class, draft);
    var coordinator = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION, Role.ADMIN);
    int before =
        jdbc.queryForObject(
            "select count(*) from resource_entry where measure_id = ?", Integer.class, measure);
    int history = jdbc.queryForObject("select count(*) from audit_event", Integer.class);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/measures/" + measure + "/resources")
                .param("budgetYear", "2031")
                .param("fteExisting", "abc")
                .param("consumptive", "12.500,00 EUR")
                .with(authentication(coordinator))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "VZÄ vorhanden: Bitte eine Zahl angeben, z. B. 1,5 oder 12.500,50")))
        .andExpect(content().string(containsString("value=\"12.500,00 EUR\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Haushaltsjahr: Das Haushaltsjahr liegt außerhalb der Strategie")));
    org.assertj.core.api.Assertions.assertThat(
            jdbc.queryForObject(
                "select count(*) from resource_entry where measure_id = ?", Integer.class, measure))
        .isEqualTo(before);
    org.assertj.core.api.Assertions.assertThat(
            jdbc.queryForObject("select count(*) from audit_event", Integer.class))
        .isEqualTo(history);
  }

  /** The new-measure form offers the next free code, under a parent the next sub-project code. */
  @Test
  void aNewMeasureIsOfferedTheNextFreeCode() throws Exception {
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
            Long.class);
    var coordinator = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION);
    java.util.List<String> codes =
        jdbc.queryForList(
            "select code from measure where strategy_version_id = ?", String.class, draft);
    String offered = MeasureCodes.next(codes);
    org.assertj.core.api.Assertions.assertThat(offered).isNotIn(codes);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/strategy-versions/" + draft + "/measures/new")
                .with(authentication(coordinator)))
        .andExpect(content().string(containsString("value=\"" + offered + "\"")));
    long m1 =
        jdbc.queryForObject(
            "select id from measure where strategy_version_id = ? and code = 'M-1'",
            Long.class,
            draft);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/strategy-versions/" + draft + "/measures/new")
                .param("parentId", String.valueOf(m1))
                .with(authentication(coordinator)))
        .andExpect(
            content()
                .string(containsString("value=\"" + MeasureCodes.nextUnder("M-1", codes) + "\"")));
  }

  /**
   * A participant or partner refused: the measure page names the problem and the form keeps what
   * was typed – through the stored session, which holds only what it can write (a form's typed
   * values that cannot be serialised failed the redirect with a 500).
   */
  @Test
  void aRefusedParticipantOrPartnerIsNamedAndTheFormKeepsWhatWasTyped() throws Exception {
    var coordinator = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION);
    long measure = Demo.musterMeasureId(jdbc, "DRAFT", "M-1");
    // the session as the browser keeps it: its cookie; the server stores it in the database
    jakarta.servlet.http.Cookie stored =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/measures/" + measure + "/participants")
                    .param("who", "")
                    .param("task", "Schulung der Beschäftigten")
                    .with(authentication(coordinator))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    org.assertj.core.api.Assertions.assertThat(stored).isNotNull();
    mvc.perform(get("/measures/" + measure).cookie(stored).with(authentication(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Schulung der Beschäftigten")));
    long intermunicipal =
        jdbc.queryForObject(
            "select min(m.id) from measure m join strategy_version v on v.id = m.strategy_version_id"
                + " where m.tenant_id = ? and m.measure_level = 'INTERMUNICIPAL' and v.status = 'DRAFT'",
            Long.class,
            Demo.bodyId(jdbc, "musterstadt"));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/measures/" + intermunicipal + "/partners")
                .cookie(stored)
                .param("name", "Amt Süd")
                .param("costShare", "12,345")
                .with(authentication(coordinator))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/measures/" + intermunicipal).cookie(stored).with(authentication(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"12,345\"")))
        .andExpect(content().string(containsString("value=\"Amt Süd\"")));
  }

  /**
   * A removal after someone else changed the entry: said at the list, nothing removed (was 500).
   */
  @Test
  void removingAParticipantOrPartnerSomeoneChangedMeanwhileSaysSoAndRemovesNothing()
      throws Exception {
    var coordinator = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION);
    for (String[] kind :
        new String[][] {
          {"measure_participant", "/participants/", "participantError"},
          {"measure_partner", "/partners/", "partnerError"}
        }) {
      var row =
          jdbc.queryForMap(
              "select p.id, p.version from "
                  + kind[0]
                  + " p join measure m on m.id = p.measure_id"
                  + " join strategy_version v on v.id = m.strategy_version_id"
                  + " where p.tenant_id = ? and v.status = 'DRAFT' order by p.id limit 1",
              Demo.bodyId(jdbc, "musterstadt"));
      long id = ((Number) row.get("id")).longValue();
      long stale = ((Number) row.get("version")).longValue() + 1;
      var flash =
          mvc.perform(
                  org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                          kind[1] + id + "/delete")
                      .param("version", String.valueOf(stale))
                      .with(authentication(coordinator))
                      .with(
                          org.springframework.security.test.web.servlet.request
                              .SecurityMockMvcRequestPostProcessors.csrf()))
              .andExpect(status().is3xxRedirection())
              .andReturn()
              .getFlashMap();
      org.assertj.core.api.Assertions.assertThat(flash.get(kind[2]))
          .as(kind[0])
          .isInstanceOfSatisfying(
              de.fahrplan.shared.InvalidInputException.Violation.class,
              v ->
                  org.assertj.core.api.Assertions.assertThat(v.code()).isEqualTo("flash.conflict"));
      org.assertj.core.api.Assertions.assertThat(
              jdbc.queryForObject(
                  "select count(*) from " + kind[0] + " where id = ?", Integer.class, id))
          .as(kind[0])
          .isOne();
    }
  }
}
