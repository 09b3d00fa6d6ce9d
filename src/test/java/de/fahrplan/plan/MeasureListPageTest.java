package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Pages;
import de.fahrplan.support.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The measures as a list: the plan's filter, sorted and paged (50 rows) – the same measures in the
 * same order as the API's list with the same filter, and the paging links keep the filter.
 */
@FahrplanTest
class MeasureListPageTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private static final Pattern ROW = Pattern.compile("href=\"/measures/(\\d+)\">");

  private List<Long> rows(String html) {
    return ids(ROW, html);
  }

  /** The ids the pattern's first group finds in the table's body, in their order. */
  private static List<Long> ids(Pattern pattern, String html) {
    List<Long> ids = new ArrayList<>();
    Matcher m = pattern.matcher(html.substring(html.indexOf("<tbody")));
    while (m.find()) {
      ids.add(Long.valueOf(m.group(1)));
    }
    return ids;
  }

  private static final Pattern MARKED =
      Pattern.compile(
          "href=\"/measures/(\\d+)\">[^<]*</a>\\s*<span class=\"kern-badge kern-badge--danger\"");

  /** The rows with the overdue badge, in their order. */
  private List<Long> marked(String html) {
    return ids(MARKED, html);
  }

  private String post(String path, String json) throws Exception {
    return mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", Demo.bearer(Demo.MUSTER_TOKEN))
                .contentType("application/json")
                .content(json))
        .andExpect(status().isCreated())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static long id(String json) {
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void theListFiltersSortsAndPagesAsTheApiDoes() throws Exception {
    long body = Demo.bodyId(jdbc, "musterstadt");
    long version =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where v.tenant_id = ? and v.status = 'IN_FORCE'"
                + " and s.title = 'Digitale Strategie der Hansestadt Musterstadt'",
            Long.class,
            body);
    var reader = Users.in(body, Role.READER);
    String filter = "status=IN_PROGRESS&sort=TITLE";
    String html = Pages.html(mvc, "/strategy-versions/" + version + "/measures?" + filter, reader);
    List<Long> expected =
        jdbc.queryForList(
            "select id from measure where strategy_version_id = ? and status = 'IN_PROGRESS'"
                + " order by lower(title), code",
            Long.class,
            version);
    assertThat(expected).as("the demo has measures in progress").hasSizeGreaterThan(1);
    assertThat(rows(html)).isEqualTo(expected);
    assertThat(html).contains(expected.size() + " Maßnahmen");
    // by planned end, measures without one last
    String byEnd =
        Pages.html(
            mvc, "/strategy-versions/" + version + "/measures?status=IN_PROGRESS&sort=END", reader);
    assertThat(rows(byEnd))
        .isEqualTo(
            jdbc.queryForList(
                "select id from measure where strategy_version_id = ? and status = 'IN_PROGRESS'"
                    + " order by planned_end nulls last, code",
                Long.class,
                version));
    // the rows marked overdue are the rows the overdue filter keeps (one rule for marks and filter)
    String overdueOnly =
        Pages.html(
            mvc, "/strategy-versions/" + version + "/measures?" + filter + "&overdue=true", reader);
    assertThat(rows(overdueOnly)).as("the demo has overdue measures in progress").isNotEmpty();
    assertThat(marked(html)).isEqualTo(rows(overdueOnly));
    // the tree's link to the list carries the filter
    mvc.perform(
            get("/strategy-versions/" + version + "/plan?" + filter).with(authentication(reader)))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "/strategy-versions/" + version + "/measures?status=IN_PROGRESS")));
  }

  @Test
  void fiftyRowsAPageAndThePagingLinksKeepTheFilter() throws Exception {
    long body = Demo.bodyId(jdbc, "musterstadt");
    // a strategy of its own: 55 measures would change what other tests see of the demo's draft;
    // starting before the demo's, it does not become the strategy the menus open
    post("/api/v1/strategies", "{\"title\":\"Listenprobe\",\"startYear\":2020,\"endYear\":2030}");
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where v.tenant_id = ? and s.title = 'Listenprobe'",
            Long.class,
            body);
    long field =
        id(
            post(
                "/api/v1/strategy-versions/" + draft + "/fields-of-action",
                "{\"position\":1,\"code\":\"HF 1\",\"title\":\"Handlungsfeld 1\"}"));
    long goal =
        id(
            post(
                "/api/v1/strategy-versions/" + draft + "/goals",
                "{\"code\":\"Z1\",\"title\":\"Ziel 1\",\"fieldOfActionIds\":[" + field + "]}"));
    for (int i = 1; i <= 55; i++) {
      mvc.perform(
              org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                      "/api/v1/strategy-versions/" + draft + "/measures")
                  .header("Authorization", Demo.bearer(Demo.MUSTER_TOKEN))
                  .contentType("application/json")
                  .content(
                      "{\"code\":\"LISTE-"
                          + i
                          + "\",\"title\":\"Listenprobe "
                          + i
                          + "\",\"goalIds\":["
                          + goal
                          + "],\"status\":\"IDEA\",\"tags\":[\"Listenprobe\"]}"))
          .andExpect(status().isCreated());
    }
    var reader = Users.in(body, Role.READER);
    String first =
        Pages.html(mvc, "/strategy-versions/" + draft + "/measures?tag=Listenprobe", reader);
    assertThat(rows(first)).hasSize(50);
    assertThat(first).contains("Seite 1 von 2").contains("?tag=Listenprobe&amp;page=1");
    String second =
        Pages.html(mvc, "/strategy-versions/" + draft + "/measures?tag=Listenprobe&page=1", reader);
    assertThat(rows(second)).hasSize(5).doesNotContainAnyElementsOf(rows(first));
  }
}
