package de.fahrplan.shared.web;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Pages;
import de.fahrplan.support.Users;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The address and query parameters of the API: a page far beyond the last is empty (was a 500 where
 * its first row overflowed JPA's int), and a parameter of the wrong type, a missing one and a
 * format the API does not take are answered like a wrong value in a body – named, in the caller's
 * language (were Spring's English „Failed to convert 'page' with value: 'abc'“).
 */
@FahrplanTest
class ApiParametersTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** The list the demo's Koordination token may not read: the operator's municipalities. */
  private static final List<String> OPERATOR_ONLY = List.of("/api/v1/bodies");

  private static MockHttpServletRequestBuilder api(String url) {
    return get(url).header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN));
  }

  @Test
  void everyListAnswersAPageFarBeyondTheLastWithNoItems() throws Exception {
    List<String> lists = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              boolean paged =
                  Arrays.stream(method.getMethodParameters())
                      .anyMatch(p -> "page".equals(p.getParameterName()));
              if (paged && info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                info.getPatternValues().stream()
                    .filter(p -> p.startsWith("/api/") && !p.contains("{"))
                    .forEach(lists::add);
              }
            });
    assertThat(lists).contains("/api/v1/measures", "/api/v1/papers", "/api/v1/meetings");
    lists.removeAll(OPERATOR_ONLY);
    for (String list : lists) {
      mvc.perform(api(list + "?page=" + Integer.MAX_VALUE + "&size=100"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.items").isEmpty())
          .andExpect(jsonPath("$.size").value(100));
    }
    mvc.perform(api("/api/v1/measures?page=" + Integer.MAX_VALUE + "&size=100"))
        .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(0)));
  }

  @Test
  void theListPagesShowAPageFarBeyondTheLastEmpty() throws Exception {
    var coordination =
        Users.as(Demo.bodyId(jdbc, "musterstadt"), Demo.MUSTER_ADMIN, Role.COORDINATION);
    long version = jdbc.queryForObject("select min(id) from strategy_version", Long.class);
    for (String page :
        List.of(
            "/strategy-versions/" + version + "/measures",
            "/organizations",
            "/persons",
            "/papers",
            "/meetings",
            "/mandates")) {
      Pages.html(mvc, page + "?page=" + Integer.MAX_VALUE, coordination);
    }
  }

  @Test
  void aParameterOfTheWrongTypeIsNamedWithWhatItMustBe() throws Exception {
    mvc.perform(api("/api/v1/papers?page=abc"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Die Eingaben sind ungültig."))
        .andExpect(jsonPath("$.errors[0].field").value("page"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "Keine gültige ganze Zahl. Erwartet: Ziffern ohne Trennzeichen, höchstens"
                        + " 2147483647."));
    mvc.perform(api("/api/v1/measures/abc"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("id"))
        .andExpect(jsonPath("$.errors[0].message").value(startsWith("Keine gültige ganze Zahl")));
    mvc.perform(api("/api/v1/measures?status=FOO"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(
            jsonPath("$.errors[0].message").value(startsWith("Kein erlaubter Wert. Erlaubt: ")));
    mvc.perform(api("/api/v1/meetings?from=2026-13-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Kein gültiges Datum. Erwartet: JJJJ-MM-TT, z. B. 2026-12-31."));
    mvc.perform(
            api("/api/v1/measures?overdue=vielleicht").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("The input is invalid."))
        .andExpect(jsonPath("$.errors[0].field").value("overdue"))
        .andExpect(jsonPath("$.errors[0].message").value("Expected: true or false."));
  }

  @Test
  void anUploadWithoutItsFileNamesThePart() throws Exception {
    mvc.perform(
            multipart("/api/v1/measure-imports")
                .param("mapping", "{}")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Die Datei fehlt: Senden Sie sie als Teil „file“ (multipart/form-data)."));
  }

  @Test
  void aFormatTheApiDoesNotTakeOrOfferIsSaidInTheCallersLanguage() throws Exception {
    mvc.perform(
            post("/api/v1/org-units")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_XML)
                .content("<orgUnit/>"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(
            jsonPath("$.detail")
                .value("Dieses Format des Anfrageinhalts wird hier nicht angenommen."));
    mvc.perform(
            api("/api/v1/org-units")
                .accept(MediaType.APPLICATION_XML)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(status().isNotAcceptable())
        .andExpect(jsonPath("$.detail").value("This response format is not offered here."));
  }
}
