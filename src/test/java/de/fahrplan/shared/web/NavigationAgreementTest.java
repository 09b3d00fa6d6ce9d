package de.fahrplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import jakarta.servlet.http.Cookie;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** On every page the menu marks the item the breadcrumb starts with, and every link opens. */
@FahrplanTest
class NavigationAgreementTest {

  private static final Pattern MENU =
      Pattern.compile("<a [^>]*aria-current=\"page\"[^>]*>([^<]+)</a>");
  private static final Pattern CRUMB = Pattern.compile(">([^<>]+)</(?:a|span)>");
  private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"(/[^\"#]*)");

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theMenuMarksWhatTheBreadcrumbStartsWith() throws Exception {
    var coordinator = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION, Role.ADMIN);
    for (String url : pages()) {
      String page =
          mvc.perform(get(url).with(authentication(coordinator)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      Matcher menu = MENU.matcher(page);
      assertThat(menu.find()).as(url + ": a menu item is marked").isTrue();
      int trail = page.indexOf("class=\"app-breadcrumbs\"");
      assertThat(trail).as(url + " has a breadcrumb").isPositive();
      Matcher crumb = CRUMB.matcher(page.substring(trail));
      assertThat(crumb.find()).isTrue(); // Start
      assertThat(crumb.find()).isTrue();
      assertThat(crumb.group(1).strip())
          .as(url + ": the breadcrumb starts with the marked menu item")
          .startsWith(menu.group(1).strip());
    }
  }

  /**
   * A signed-in reader follows every link of these pages – downloads included – and none is refused
   * or missing (a page once linked its SVG download to the API, which only takes tokens).
   */
  @Test
  void everyLinkOnThePagesOpensForTheSignedInReader() throws Exception {
    // signed in through the login form, as in a browser: the session cookie, not a test principal
    Cookie reader =
        mvc.perform(
                formLogin("/login")
                    .user("email", Demo.MUSTER_READER)
                    .password("password", Demo.PASSWORD))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    Set<String> followed = new HashSet<>();
    for (String url : pages()) {
      String page =
          mvc.perform(get(url).cookie(reader)).andReturn().getResponse().getContentAsString();
      Matcher link = LINK.matcher(page);
      while (link.find()) {
        String target = HtmlUtils.htmlUnescape(link.group(1));
        if (!followed.add(target) || target.startsWith("/logout")) {
          continue;
        }
        int status = mvc.perform(get(target).cookie(reader)).andReturn().getResponse().getStatus();
        assertThat(status).as(url + " links " + target).isLessThan(400);
      }
    }
    assertThat(followed).as("links followed").hasSizeGreaterThan(100);
  }

  private List<String> pages() {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long version =
        jdbc.queryForObject(
            "select min(id) from strategy_version where tenant_id = ? and status = 'IN_FORCE'",
            Long.class,
            muster);
    long strategy =
        jdbc.queryForObject(
            "select strategy_id from strategy_version where id = ?", Long.class, version);
    long measure =
        jdbc.queryForObject(
            "select min(id) from measure where strategy_version_id = ?", Long.class, version);
    long round =
        jdbc.queryForObject(
            "select min(id) from reporting_round where strategy_version_id = ?",
            Long.class,
            version);
    long othersUpdate =
        jdbc.queryForObject(
            "select min(u.id) from status_update u join reporting_round r on r.id = u.round_id"
                + " where r.strategy_version_id = ?",
            Long.class,
            version);
    String v = "/strategy-versions/" + version;
    List<String> pages =
        List.of(
            v,
            v + "/plan",
            v + "/measures",
            v + "/dashboard",
            v + "/roadmap",
            v + "/priority-matrix",
            v + "/resources",
            v + "/reporting",
            "/measures/" + measure,
            "/reporting-rounds/" + round,
            "/strategies",
            "/strategies/" + strategy + "/progress-reports",
            "/papers",
            "/meetings",
            "/mandates",
            "/tasks",
            "/org-units",
            "/persons",
            "/organizations",
            "/shared-measures",
            "/status-updates/" + othersUpdate);
    return pages;
  }
}
