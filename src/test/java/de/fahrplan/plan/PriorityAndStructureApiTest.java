package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Priority (criteria, weights, score, override), horizon thresholds, tags, sub-projects with
 * roll-ups, RACI participants and partners – through the API, on the demo draft of Musterstadt.
 */
@FahrplanTest
class PriorityAndStructureApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  private long draft() {
    return jdbc.queryForObject(
        "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
        Long.class);
  }

  private long measure(String code) {
    return jdbc.queryForObject(
        "select id from measure where strategy_version_id = ? and code = ?",
        Long.class,
        draft(),
        code);
  }

  private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
    return request
        .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
        .contentType(MediaType.APPLICATION_JSON);
  }

  private JsonNode read(String path) throws Exception {
    return json.readTree(
        mvc.perform(as(get(path)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private ObjectNode measureJson(long id) throws Exception {
    return (ObjectNode) read("/api/v1/measures/" + id);
  }

  @Test
  void demoRatingsGiveScoresAndTheOverrideNeedsAReason() throws Exception {
    // M-4: legal 3, citizens 3, administration 1, effort 2, urgency 3, no dependants (weight 1):
    // (3*3 + 3*3 + 2*1 + 2*(3-2) + 2*3 + 1*0) / (3+3+2+2+2+1)*3 = 28/39 → 72 → hoch
    ObjectNode m4 = measureJson(measure("M-4"));
    assertThat(m4.at("/priority/score").asInt()).isEqualTo(72);
    assertThat(m4.at("/priority/effective").asString()).isEqualTo("HIGH");
    assertThat(m4.at("/tags/0").asString()).isEqualTo("OZG");
    // M-6 has two dependants (M-13, M-14), counted as rating 2 of the dependants criterion
    ObjectNode m6 = measureJson(measure("M-6"));
    // (3*1 + 3*1 + 2*3 + 2*(3-2) + 2*2 + 1*2) / 39 = 20/39 → 51
    assertThat(m6.at("/priority/score").asInt()).isEqualTo(51);
    // the list counts the dependants of its page's measures by the same rule
    JsonNode listed =
        read("/api/v1/measures?q=M-6&size=200&strategyVersion="
                + m6.get("strategyVersionId").asLong())
            .get("items");
    assertThat(listed.valueStream().filter(x -> x.get("code").asString().equals("M-6")))
        .singleElement()
        .satisfies(x -> assertThat(x.at("/priority/score").asInt()).isEqualTo(51));

    ObjectNode change = m4.deepCopy();
    change.put("priorityOverride", "LOW");
    change.putNull("priorityReason");
    long version = m4.get("version").asLong();
    mvc.perform(
            as(put("/api/v1/measures/" + m4.get("id").asLong()))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .content(change.toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("priorityReason"));
    change.put("priorityReason", "Landesplattform übernimmt den Dienst 2027");
    mvc.perform(
            as(put("/api/v1/measures/" + m4.get("id").asLong()))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .content(change.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.priority.score").value(72))
        .andExpect(jsonPath("$.priority.derived").value("HIGH"))
        .andExpect(jsonPath("$.priority.effective").value("LOW"));
    ObjectNode bad = measureJson(measure("M-5"));
    ((ObjectNode) bad.get("ratings")).put("CITIZENS", 4);
    mvc.perform(
            as(put("/api/v1/measures/" + bad.get("id").asLong()))
                .header(HttpHeaders.IF_MATCH, "\"" + bad.get("version").asLong() + "\"")
                .content(bad.toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("ratings"));
  }

  @Test
  void tagFilterFindsMeasuresCaseInsensitively() throws Exception {
    java.util.List<String> tagged =
        jdbc.queryForList(
            "select m.code from measure m join measure_tag t on t.measure_id = m.id"
                + " where m.strategy_version_id = ? and lower(t.tag) = 'ozg'",
            String.class,
            draft());
    assertThat(tagged).contains("M-4", "M-6", "M-13", "M-14");
    int all =
        jdbc.queryForObject(
            "select count(*) from measure where strategy_version_id = ?", Integer.class, draft());
    assertThat(tagged.size()).as("the filter must leave measures out").isLessThan(all);
    mvc.perform(as(get("/api/v1/measures?strategyVersion=" + draft() + "&tag=ozg&size=50")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.items[*].code", Matchers.containsInAnyOrder(tagged.toArray(String[]::new))))
        .andExpect(jsonPath("$.totalElements").value(tagged.size()));
  }

  @Test
  void horizonThresholdsAreTheMunicipalitysAndChecked() throws Exception {
    JsonNode before = read("/api/v1/plan-settings");
    String etag =
        mvc.perform(as(get("/api/v1/plan-settings"))).andReturn().getResponse().getHeader("ETag");
    ObjectNode wrong = (ObjectNode) before.deepCopy();
    wrong.put("shortYears", 3);
    wrong.put("midYears", 3);
    mvc.perform(
            as(put("/api/v1/plan-settings"))
                .header(HttpHeaders.IF_MATCH, etag)
                .content(wrong.toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("midYears"));
    // M-12 ends 2028-07-31 in a strategy starting 2024: year 5 → long by default (2 / 4 years)
    assertThat(measureJson(measure("M-12")).get("horizon").asString()).isEqualTo("LONG");
    ObjectNode wider = (ObjectNode) before.deepCopy();
    wider.put("shortYears", 3);
    wider.put("midYears", 5);
    String newTag =
        mvc.perform(
                as(put("/api/v1/plan-settings"))
                    .header(HttpHeaders.IF_MATCH, etag)
                    .content(wider.toString()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.shortYears").value(3))
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    try {
      assertThat(measureJson(measure("M-12")).get("horizon").asString()).isEqualTo("MID");
      mvc.perform(
              as(put("/api/v1/plan-settings"))
                  .header(HttpHeaders.IF_MATCH, etag)
                  .content(wider.toString()))
          .andExpect(status().isPreconditionFailed());
      ObjectNode withoutBuiltIn = wider.deepCopy();
      ((tools.jackson.databind.node.ArrayNode) withoutBuiltIn.get("criteria")).remove(0);
      mvc.perform(
              as(put("/api/v1/plan-settings"))
                  .header(HttpHeaders.IF_MATCH, newTag)
                  .content(withoutBuiltIn.toString()))
          .andExpect(status().isUnprocessableContent())
          .andExpect(jsonPath("$.errors[0].field").value("criteria"));
    } finally {
      mvc.perform(
              as(put("/api/v1/plan-settings"))
                  .header(HttpHeaders.IF_MATCH, newTag)
                  .content(before.toString()))
          .andExpect(status().isOk());
    }
  }

  @Test
  void subProjectsRollUpAndCannotFormACircleOrLoseTheirParent() throws Exception {
    long m1 = measure("M-1");
    long m2 = measure("M-2");
    mvc.perform(as(get("/api/v1/measures/" + m1 + "/sub-projects")))
        .andExpect(jsonPath("$.items[0].code").value("M-2"));
    // M-1 itself: 3 milestones (1 reached per demo + …); M-2 none; money: M-1 only
    JsonNode rollUp = read("/api/v1/measures/" + m1 + "/roll-up");
    assertThat(rollUp.get("subProjects").asInt()).isEqualTo(1);
    assertThat(rollUp.at("/years/2024/consumptive").decimalValue())
        .isEqualByComparingTo("45000.00");
    ObjectNode m1Json = measureJson(m1);
    m1Json.put("parentId", m2);
    mvc.perform(
            as(put("/api/v1/measures/" + m1))
                .header(HttpHeaders.IF_MATCH, "\"" + m1Json.get("version").asLong() + "\"")
                .content(m1Json.toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("parentId"))
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("Kreis")));
    mvc.perform(
            as(delete("/api/v1/measures/" + m1))
                .header(HttpHeaders.IF_MATCH, "\"" + m1Json.get("version").asLong() + "\""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("Teilprojekte")));
    assertThat(jdbc.queryForObject("select count(*) from measure where id = ?", Integer.class, m1))
        .isEqualTo(1);
  }

  @Test
  void participantsNeedExactlyOneAndBlockDeletingWhatTheyPointAt() throws Exception {
    long m3 = measure("M-3");
    long unit =
        jdbc.queryForObject(
            "select u.id from org_unit u join body b on b.id = u.tenant_id where b.slug = 'musterstadt' and u.code = '1.060'",
            Long.class);
    mvc.perform(
            as(post("/api/v1/measures/" + m3 + "/participants"))
                .content("{\"orgUnitId\":" + unit + ",\"personId\":1,\"raci\":\"INFORMED\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("participant"));
    String created =
        mvc.perform(
                as(post("/api/v1/measures/" + m3 + "/participants"))
                    .content(
                        "{\"orgUnitId\":"
                            + unit
                            + ",\"raci\":\"CONSULTED\",\"task\":\"Datenschutz-Folgenabschätzung\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.name").value(Matchers.containsString("Datenschutz")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            as(post("/api/v1/measures/" + m3 + "/participants"))
                .content("{\"orgUnitId\":" + unit + ",\"raci\":\"INFORMED\"}"))
        .andExpect(status().isUnprocessableContent());
    long unitVersion =
        jdbc.queryForObject("select version from org_unit where id = ?", Long.class, unit);
    mvc.perform(
            as(delete("/api/v1/org-units/" + unit))
                .header(HttpHeaders.IF_MATCH, "\"" + unitVersion + "\""))
        .andExpect(status().isUnprocessableContent());
    JsonNode p = json.readTree(created);
    mvc.perform(
            as(delete("/api/v1/participants/" + p.get("id").asLong()))
                .header(HttpHeaders.IF_MATCH, "\"" + p.get("version").asLong() + "\""))
        .andExpect(status().isNoContent());
  }

  @Test
  void partnersOnlyForIntermunicipalMeasuresAndAtMost100Percent() throws Exception {
    mvc.perform(
            as(post("/api/v1/measures/" + measure("M-8") + "/partners"))
                .content("{\"name\":\"Nachbargemeinde\",\"costShare\":10}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("level"));
    long m10 = measure("M-10");
    mvc.perform(as(get("/api/v1/measures/" + m10 + "/partners")))
        .andExpect(jsonPath("$.items[*].name", Matchers.hasItem("Landkreis Beispielkreis")))
        .andExpect(jsonPath("$.items[*].costShare", Matchers.hasItems(30.0, 20.0)));
    mvc.perform(
            as(post("/api/v1/measures/" + m10 + "/partners"))
                .content("{\"name\":\"Amt Nord\",\"costShare\":50.01}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("costShare"))
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("100,01")));
    // a share with a third decimal is refused, not rounded
    mvc.perform(
            as(post("/api/v1/measures/" + m10 + "/partners"))
                .content("{\"name\":\"Amt West\",\"costShare\":12.345}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("costShare"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(Matchers.containsString("zwei Nachkommastellen")));
    mvc.perform(
            as(post("/api/v1/measures/" + m10 + "/partners"))
                .content("{\"partnerBodyId\":" + Long.MAX_VALUE + "}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("partnerBodyId"));
    ObjectNode m10Json = measureJson(m10);
    m10Json.put("level", "DEPARTMENT");
    mvc.perform(
            as(put("/api/v1/measures/" + m10))
                .header(HttpHeaders.IF_MATCH, "\"" + m10Json.get("version").asLong() + "\"")
                .content(m10Json.toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("level"));
  }

  @Test
  void priorityMatrixIsAnAccessibleSvgOfTheRatedMeasures() throws Exception {
    String svg =
        mvc.perform(as(get("/api/v1/priority-matrix.svg?strategyVersion=" + draft())))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(svg)
        .contains("role=\"img\"", "<title id=\"matrix-title\">Prioritätenmatrix", "<desc")
        .containsPattern("\\d+ bewertete Maßnahmen nach Nutzen")
        .contains("<title>M-10 – Breitbandausbau in den Gewerbegebieten: Nutzen 2,2, Aufwand 3,0");
    String english =
        mvc.perform(
                as(get("/api/v1/priority-matrix.svg?strategyVersion=" + draft()))
                    .cookie(new jakarta.servlet.http.Cookie("fahrplan-lang", "en")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(english)
        .contains("<title id=\"matrix-title\">Priority matrix", "Quick wins", "Effort →")
        .containsPattern("\\d+ rated measures by benefit")
        .contains("<title>M-10 – Breitbandausbau in den Gewerbegebieten: benefit 2.2, effort 3.0")
        .containsPattern(", priority (high|medium|low) \\(\\d+ of 100\\)")
        .doesNotContain("Nutzen", "Aufwand", "Priorität", "Schnelle Erfolge", "von 100");
    // every point inside the square, none on another (measures rated alike stand on a circle)
    java.util.regex.Matcher circle =
        java.util.regex.Pattern.compile("<circle cx=\"([\\d.]+)\" cy=\"([\\d.]+)\"").matcher(svg);
    java.util.List<double[]> points = new java.util.ArrayList<>();
    while (circle.find()) {
      points.add(
          new double[] {Double.parseDouble(circle.group(1)), Double.parseDouble(circle.group(2))});
    }
    assertThat(points).hasSizeGreaterThan(5);
    for (int i = 0; i < points.size(); i++) {
      double[] a = points.get(i);
      assertThat(a[0]).isBetween(70.0 + 6, 70.0 + 480 - 6);
      assertThat(a[1]).isBetween(40.0 + 6, 40.0 + 480 - 6);
      for (int j = i + 1; j < points.size(); j++) {
        double[] b = points.get(j);
        assertThat(Math.hypot(a[0] - b[0], a[1] - b[1]))
            .as("points %d and %d", i, j)
            .isGreaterThanOrEqualTo(12);
      }
    }
  }
}
