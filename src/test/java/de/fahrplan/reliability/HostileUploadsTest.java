package de.fahrplan.reliability;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The battery's hostile files through all three imports (measure list by API and page,
 * organisational units and persons by page): each answered within the time ceiling with the German
 * message for its problem, and nothing written.
 */
@FahrplanTest
class HostileUploadsTest {

  private static final Duration TIME_CEILING = Duration.ofSeconds(10);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired MessageSource messages;

  @Test
  void everyImportRefusesEveryHostileFileClearlyAndWritesNothing() throws Exception {
    long musterstadt = Demo.bodyId(jdbc, "musterstadt");
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt'"
                + " and v.status = 'DRAFT'",
            Long.class);
    String countAll =
        "select (select count(*) from measure) + (select count(*) from org_unit)"
            + " + (select count(*) from person)";
    long before = jdbc.queryForObject(countAll, Long.class);

    for (HostileFiles.HostileFile file : HostileFiles.all().values()) {
      MockMultipartFile part =
          new MockMultipartFile("file", file.filename(), "application/octet-stream", file.bytes());
      String german = german(file.expectedCode());

      String api =
          timed(
              file,
              "API",
              multipart("/api/v1/measure-imports")
                  .file(part)
                  .param("strategyVersion", String.valueOf(draft))
                  .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)),
              422);
      assertThat(api)
          .as(file.label() + " via API")
          .contains("\"field\":\"file\"", "\"code\":\"" + file.expectedCode() + "\"", german);

      var coordinator = authentication(Users.in(musterstadt, Role.COORDINATION));
      var admin = authentication(Users.in(musterstadt, Role.ADMIN));
      String measurePage =
          timed(
              file,
              "measure page",
              multipart("/strategy-versions/" + draft + "/measure-import")
                  .file(part)
                  .with(coordinator)
                  .with(csrf()),
              200);
      for (String kind : new String[] {"ORG_UNITS", "PERSONS"}) {
        String orgPage =
            timed(
                file,
                kind,
                multipart("/imports/organisation/preview")
                    .file(part)
                    .param("kind", kind)
                    .with(admin)
                    .with(csrf()),
                200);
        assertThat(HtmlUtils.htmlUnescape(orgPage)).as(file.label() + " " + kind).contains(german);
      }
      assertThat(HtmlUtils.htmlUnescape(measurePage))
          .as(file.label() + " measure page")
          .contains(german)
          .doesNotContain("Exception");
    }
    assertThat(jdbc.queryForObject(countAll, Long.class)).isEqualTo(before);
  }

  private String timed(
      HostileFiles.HostileFile file,
      String where,
      org.springframework.test.web.servlet.RequestBuilder request,
      int status)
      throws Exception {
    long started = System.nanoTime();
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(response.getStatus()).as(file.label() + " via " + where).isEqualTo(status);
    assertThat(took).as(file.label() + " via " + where).isLessThan(TIME_CEILING);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  /** The message up to its first placeholder: what the user reads whatever the arguments. */
  private String german(String code) {
    String text = messages.getMessage(code, null, Locale.GERMAN);
    int placeholder = text.indexOf('{');
    return placeholder < 0 ? text : text.substring(0, placeholder);
  }
}
