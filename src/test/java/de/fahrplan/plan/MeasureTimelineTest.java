package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.StatementCounter;
import de.fahrplan.support.Users;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A measure's page shows what its owners reported over the rounds – light, progress, texts,
 * milestones and money spent – the latest round first, as the status updates say (the API reads the
 * same updates); a draft of an update is the owner's and is not shown.
 */
@FahrplanTest
class MeasureTimelineTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theMeasurePageShowsItsStatusUpdatesOverTheRoundsLatestFirst() throws Exception {
    long body = Demo.bodyId(jdbc, "musterstadt");
    long measure =
        jdbc.queryForObject(
            "select m.id from measure m join strategy_version v on v.id = m.strategy_version_id"
                + " where v.tenant_id = ? and v.status = 'IN_FORCE' and m.code = 'M-1'",
            Long.class,
            body);
    List<Map<String, Object>> reported =
        jdbc.queryForList(
            "select u.id, u.progress, u.achieved, u.state, r.due_date from status_update u"
                + " join reporting_round r on r.id = u.round_id where u.measure_id = ?"
                + " order by r.due_date desc",
            measure);
    List<Map<String, Object>> shown =
        reported.stream()
            .filter(u -> List.of("SUBMITTED", "ACCEPTED").contains(u.get("state")))
            .toList();
    assertThat(shown)
        .as("the demo reports M-1 in its closed rounds")
        .hasSizeGreaterThanOrEqualTo(4);
    StatementCounter.reset();
    String page =
        mvc.perform(get("/measures/" + measure).with(authentication(Users.in(body, Role.READER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // the updates are read with their rounds, in one statement (the rounds were a second one)
    assertThat(StatementCounter.statements())
        .filteredOn(
            q -> q.contains(" from status_update su") || q.contains(" from reporting_round "))
        .hasSize(1);
    String timeline =
        page.substring(
            page.indexOf("Sachstände über die Berichtsrunden"),
            page.indexOf("id=\"council-decisions-heading\""));
    // every submitted or accepted update links from the timeline, the latest round first
    int at = -1;
    for (Map<String, Object> u : shown) {
      int next = timeline.indexOf("href=\"/status-updates/" + u.get("id") + "\"");
      assertThat(next).as("update %s after the one before", u.get("id")).isGreaterThan(at);
      at = next;
    }
    reported.stream()
        .filter(u -> !shown.contains(u))
        .forEach(
            u ->
                assertThat(timeline)
                    .doesNotContain("href=\"/status-updates/" + u.get("id") + "\""));
    Map<String, Object> latest = shown.get(0);
    assertThat(timeline).contains(latest.get("progress") + " %");
    if (latest.get("achieved") != null) {
      assertThat(timeline)
          .contains(
              org.springframework.web.util.HtmlUtils.htmlEscape((String) latest.get("achieved"))
                  .substring(0, 20));
    }
  }
}
