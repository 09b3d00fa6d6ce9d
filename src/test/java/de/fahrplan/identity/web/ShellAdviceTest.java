package de.fahrplan.identity.web;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.identity.FahrplanUser;
import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The page header – the user, the municipality and its switch, the navigation – is read for pages
 * only: an API call or a download reads no municipality names for a header it does not have.
 */
@FahrplanTest
class ShellAdviceTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aPageShowsTheMunicipalityInItsHeaderAndTheUsersOthersInItsSwitch() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long kreis = Demo.bodyId(jdbc, "beispielkreis");
    FahrplanUser inBoth =
        new FahrplanUser(
            999_300,
            "zwei@fahrplan.example",
            "Zwei Kommunen",
            false,
            Map.of(muster, Set.of(Role.COORDINATION), kreis, Set.of(Role.READER)),
            muster,
            null,
            false);

    mvc.perform(get("/").with(authentication(Users.of(inBoth))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Hansestadt Musterstadt")))
        .andExpect(content().string(containsString("Landkreis Beispielkreis")));
  }

  @Test
  void anApiCallReadsNoHeader() throws Exception {
    mvc.perform(get("/api/v1/org-units").header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk());

    // without municipalities to read from: a header read for an API handler would fail here
    ShellAdvice withoutNames = new ShellAdvice(null);
    FahrplanUser user = (FahrplanUser) Users.in(1, Role.COORDINATION).getPrincipal();
    assertThat(withoutNames.shell(user, handledBy(new Api(), "list"))).isNull();
    assertThat(withoutNames.shell(user, handledBy(new Pages(), "download"))).isNull();
  }

  @Test
  void onlyAHandlerThatDoesNotWriteItsOwnBodyMayRenderAPage() throws Exception {
    assertThat(ShellAdvice.mayRenderPage(handledBy(new Pages(), "page"))).isTrue();
    assertThat(ShellAdvice.mayRenderPage(handledBy(new Pages(), "download"))).isFalse();
    assertThat(ShellAdvice.mayRenderPage(handledBy(new Api(), "list"))).isFalse();
    // no handler chosen (yet): the header is kept
    assertThat(ShellAdvice.mayRenderPage(new MockHttpServletRequest())).isTrue();
  }

  private static MockHttpServletRequest handledBy(Object controller, String method)
      throws NoSuchMethodException {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setAttribute(
        HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
        new HandlerMethod(controller, controller.getClass().getDeclaredMethod(method)));
    return request;
  }

  @Controller
  static class Pages {
    String page() {
      return "home";
    }

    ResponseEntity<byte[]> download() {
      return ResponseEntity.ok(new byte[0]);
    }
  }

  @RestController
  static class Api {
    String list() {
      return "[]";
    }
  }
}
