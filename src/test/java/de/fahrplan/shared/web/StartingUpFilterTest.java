package de.fahrplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * While the application starts (on a first start with the demo: while its data loads) every page
 * and API call answers 503 "Fahrplan startet" – never a login page for accounts that do not exist
 * yet; the health probes and the page's own files answer; once ready, everything passes.
 */
@FahrplanTest
class StartingUpFilterTest {

  @Autowired MockMvc mvc;
  @Autowired StartingUpFilter applicationsFilter;
  @Autowired SpringTemplateEngine templates;
  @Autowired LocaleResolver locales;
  @Autowired MessageSource messages;

  /** A filter of a start that is not done yet, beside the application's, which is ready. */
  private StartingUpFilter starting() {
    StartingUpFilter filter = new StartingUpFilter(templates, locales, messages);
    filter.setServletContext(new MockServletContext());
    return filter;
  }

  private static MockHttpServletRequest request(String path) {
    MockHttpServletRequest req = new MockHttpServletRequest("GET", path);
    req.setRequestURI(path);
    return req;
  }

  @Test
  void thePagesOfTheRunningApplicationPass() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/favicon.svg\"")));
    // the icon every page names is there for everyone (browsers asked for a missing one: a 404)
    mvc.perform(get("/favicon.svg"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
  }

  @Test
  void whileStartingTheLoginPageSaysFahrplanStartsAndAsksForTheSamePageAgain() throws Exception {
    ReflectionTestUtils.setField(applicationsFilter, "ready", false);
    try {
      mvc.perform(get("/login").queryParam("logout", ""))
          .andExpect(status().isServiceUnavailable())
          .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
          .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
          // after Spring Security's filters: the page carries the application's headers
          .andExpect(header().exists("Content-Security-Policy"))
          .andExpect(content().contentTypeCompatibleWith("text/html"))
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Fahrplan startet")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.containsString(
                          "href=\"/login?logout=\">Erneut versuchen</a>")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<form"))));
      mvc.perform(
              get("/api/v1/bodies/current")
                  .header(HttpHeaders.AUTHORIZATION, Demo.bearer(Demo.MUSTER_TOKEN)))
          .andExpect(status().isServiceUnavailable())
          .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
          .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
          .andExpect(jsonPath("$.status").value(503))
          .andExpect(jsonPath("$.title").value("Service Unavailable"))
          .andExpect(jsonPath("$.instance").value("/api/v1/bodies/current"))
          // the fields of the API's other problems, none empty
          .andExpect(
              content()
                  .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("null"))))
          .andExpect(
              jsonPath("$.detail")
                  .value(
                      "Fahrplan wird gerade gestartet; es wurde nichts verändert. Versuchen Sie"
                          + " es in einigen Sekunden erneut."));
      mvc.perform(get("/actuator/health")).andExpect(status().isOk());
      mvc.perform(get("/css/app.css")).andExpect(status().isOk());
    } finally {
      ReflectionTestUtils.setField(applicationsFilter, "ready", true);
    }
    mvc.perform(get("/login")).andExpect(status().isOk());
  }

  @Test
  void theStartingPageSpeaksTheUsersLanguage() throws Exception {
    MockHttpServletRequest req = request("/strategy-versions/1/measures");
    req.setCookies(new Cookie("fahrplan-lang", "en"));
    MockHttpServletResponse res = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    starting().doFilter(req, res, chain);
    assertThat(res.getStatus()).isEqualTo(503);
    assertThat(res.getContentAsString())
        .contains("<html lang=\"en\"")
        .contains("Fahrplan is starting")
        .contains("href=\"/strategy-versions/1/measures\">Try again</a>");
    assertThat(chain.getRequest()).as("the request went no further").isNull();
  }

  @Test
  void aFormSentWhileStartingIsAskedAgainFromTheHomePage() throws Exception {
    MockHttpServletRequest req = request("/measures/7/execution");
    req.setMethod("POST");
    MockHttpServletResponse res = new MockHttpServletResponse();
    starting().doFilter(req, res, new MockFilterChain());
    assertThat(res.getStatus()).isEqualTo(503);
    assertThat(res.getContentAsString()).contains("href=\"/\">Erneut versuchen</a>");
  }

  @Test
  void probesAndThePagesOwnFilesAnswerWhileStartingAndEverythingOnceReady() throws Exception {
    StartingUpFilter filter = starting();
    for (String path :
        new String[] {"/actuator/health/readiness", "/css/app.css", "/vendor/kern/kern.min.css"}) {
      MockFilterChain chain = new MockFilterChain();
      filter.doFilter(request(path), new MockHttpServletResponse(), chain);
      assertThat(chain.getRequest()).as(path).isNotNull();
    }
    MockFilterChain refused = new MockFilterChain();
    filter.doFilter(request("/oparl/v1/system"), new MockHttpServletResponse(), refused);
    assertThat(refused.getRequest()).isNull();

    filter.ready();
    MockFilterChain passed = new MockFilterChain();
    MockHttpServletResponse res = new MockHttpServletResponse();
    filter.doFilter(request("/oparl/v1/system"), res, passed);
    assertThat(passed.getRequest()).isNotNull();
    assertThat(res.getStatus()).isEqualTo(200);
  }
}
