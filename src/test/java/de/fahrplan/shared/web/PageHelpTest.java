package de.fahrplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The main pages carry a short help – what the page is for, who may do what – in German. */
@FahrplanTest
class PageHelpTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired MessageSource messages;

  @Test
  void theMainPagesShowTheirHelp() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long version =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.tenant_id = ? and v.status = 'IN_FORCE'",
            Long.class,
            muster);
    long measure =
        jdbc.queryForObject(
            "select min(id) from measure where strategy_version_id = ?", Long.class, version);
    record Page(String url, String template) {}
    for (Page page :
        List.of(
            new Page("/", "home"),
            new Page("/search?q=WLAN", "search"),
            new Page("/tasks", "reporting/tasks"),
            new Page("/strategy-versions/" + version + "/dashboard", "reporting/dashboard"),
            new Page("/strategy-versions/" + version + "/plan", "plan/plan"),
            new Page("/measures/" + measure, "plan/measure"),
            new Page("/papers", "council/papers"),
            new Page("/persons", "org/persons"))) {
      String html =
          mvc.perform(
                  get(page.url())
                      .with(authentication(Users.in(muster, Role.READER, Role.COORDINATION))))
              .andReturn()
              .getResponse()
              .getContentAsString();
      String help = messages.getMessage("help." + page.template(), null, Locale.GERMAN);
      assertThat(html)
          .as(page.url())
          .contains("Hilfe zu dieser Seite")
          .contains(HtmlUtils.htmlEscape(help, "UTF-8"));
    }
  }
}
