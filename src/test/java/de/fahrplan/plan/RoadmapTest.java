package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

/** The roadmap SVG: well-formed, titled and described, one bar per planned measure, milestones. */
@FahrplanTest
class RoadmapTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  /** Musterstadt's version in force. */
  private long musterInForce() {
    return jdbc.queryForObject(
        "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'IN_FORCE'",
        Long.class);
  }

  @Test
  void roadmapIsAnAccessibleSvgOfThePlan() throws Exception {
    long version = musterInForce();
    for (String zoom : new String[] {"year", "quarter", "month"}) {
      String svg =
          mvc.perform(
                  get("/api/v1/roadmap.svg?strategyVersion="
                          + version
                          + "&zoom="
                          + zoom
                          + "&groupBy=fieldOfAction")
                      .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
      assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
          .startsWith("Roadmap Digitale Strategie der Hansestadt Musterstadt 2024–2030");
      assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
          .contains("14 Maßnahmen");
      int planned =
          jdbc.queryForObject(
              "select count(*) from measure where strategy_version_id = ? and planned_start is not null and planned_end is not null",
              Integer.class,
              version);
      int actual =
          jdbc.queryForObject(
              "select count(*) from measure where strategy_version_id = ? and actual_start is not null",
              Integer.class,
              version);
      assertThat(doc.getElementsByTagName("rect").getLength()).as(zoom).isEqualTo(planned + actual);
      int milestones =
          jdbc.queryForObject(
              "select count(*) from milestone ms join measure m on m.id = ms.measure_id where m.strategy_version_id = ?",
              Integer.class,
              version);
      assertThat(svg.split("Meilenstein ", -1).length - 1).isEqualTo(milestones);
      assertThat(svg)
          .contains(
              "M-1 – Einführung eines Dokumentenmanagementsystems: geplant 01.01.2024 bis 31.12.2026");
    }
    mvc.perform(
            get("/api/v1/roadmap.svg?zoom=decade")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isUnprocessableContent());
  }

  /** The page's roadmap in English: every word and date of the chart in the reader's language. */
  @Test
  void theRoadmapSpeaksTheReadersLanguage() throws Exception {
    long version = musterInForce();
    long tenant =
        jdbc.queryForObject(
            "select tenant_id from strategy_version where id = ?", Long.class, version);
    String svg =
        mvc.perform(
                get("/strategy-versions/" + version + "/roadmap.svg?zoom=month")
                    .cookie(new jakarta.servlet.http.Cookie("fahrplan-lang", "en"))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.authentication(
                            de.fahrplan.support.Users.in(
                                tenant, de.fahrplan.shared.security.Role.READER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(svg)
        .contains("14 measures from 2024 to 2030. Light blue bars: planned period")
        .contains(
            "M-1 – Einführung eines Dokumentenmanagementsystems: planned 1 Jan 2024 to 31 Dec 2026")
        .contains("<title>Milestone ", ">Goal ", " before ", ">Feb<")
        .doesNotContain("Maßnahmen von", "geplant", "Meilenstein ", "tatsächlich", " vor ", "heute")
        .doesNotContainPattern("\\d{2}\\.\\d{2}\\.\\d{4}");
  }
}
