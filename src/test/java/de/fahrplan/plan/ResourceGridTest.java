package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The money grid: every budget year of a measure in one form, saved at once – new years planned,
 * changed years changed, untouched years left alone – or, with one unreadable cell, nothing.
 */
@FahrplanTest
class ResourceGridTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private Authentication coordinator() {
    return Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION);
  }

  /** A draft measure with one planned year, made for this test. */
  private long measure(String code) {
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt'"
                + " and v.status = 'DRAFT'",
            Long.class);
    long goal =
        jdbc.queryForObject(
            "select min(id) from goal where strategy_version_id = ?", Long.class, draft);
    try {
      mvc.perform(
              post("/api/v1/strategy-versions/" + draft + "/measures")
                  .header("Authorization", Demo.bearer(Demo.MUSTER_TOKEN))
                  .contentType("application/json")
                  .content(
                      "{\"code\":\""
                          + code
                          + "\",\"title\":\"Rasterprobe\",\"goalIds\":["
                          + goal
                          + "],\"status\":\"IDEA\"}"))
          .andExpect(status().isCreated());
      long id =
          jdbc.queryForObject(
              "select id from measure where strategy_version_id = ? and code = ?",
              Long.class,
              draft,
              code);
      mvc.perform(
              post("/api/v1/measures/" + id + "/resources")
                  .header("Authorization", Demo.bearer(Demo.MUSTER_TOKEN))
                  .contentType("application/json")
                  .content("{\"budgetYear\":2026,\"consumptive\":1000,\"budgetProduct\":\"11.1\"}"))
          .andExpect(status().isCreated());
      return id;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Map<String, Object>> entries(long measure) {
    return jdbc.queryForList(
        "select id, budget_year, consumptive, investive, fte_new, budget_product, version"
            + " from resource_entry where measure_id = ? order by budget_year",
        measure);
  }

  /** The first budget year of the measure's strategy: the grid's first line. */
  private int startYear(long measure) {
    return jdbc.queryForObject(
        "select s.start_year from measure m join strategy_version v on v.id ="
            + " m.strategy_version_id join strategy s on s.id = v.strategy_id where m.id = ?",
        Integer.class,
        measure);
  }

  /** The grid's line of a budget year. */
  private int line(long measure, int year) {
    return year - startYear(measure);
  }

  private MockHttpServletRequestBuilder grid(long measure, Map<String, Object> entry2026) {
    int start = startYear(measure);
    MockHttpServletRequestBuilder request =
        post("/measures/" + measure + "/resources/grid")
            .with(authentication(coordinator()))
            .with(csrf());
    // the form posts every year of the strategy; the lines of 2026 and 2027 matter here
    for (int i = 0; i < 2030 - start + 1; i++) {
      int year = start + i;
      request.param("lines[" + i + "].budgetYear", String.valueOf(year));
      if (year == 2026) {
        request
            .param("lines[" + i + "].id", String.valueOf(entry2026.get("id")))
            .param("lines[" + i + "].version", String.valueOf(entry2026.get("version")));
      }
    }
    return request;
  }

  @Test
  void allYearsAreSavedAtOnceAndUntouchedYearsStayAsTheyAre() throws Exception {
    long m = measure("RASTER-1");
    String page =
        mvc.perform(get("/measures/" + m + "/resources/grid").with(authentication(coordinator())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(">2026").contains("value=\"1.000,00\"").contains("konsumtiv 2027");
    Map<String, Object> e2026 = entries(m).get(0);
    int start = startYear(m);
    mvc.perform(
            grid(m, e2026)
                .param("lines[" + (2026 - start) + "].consumptive", "1.000,00")
                .param("lines[" + (2026 - start) + "].investive", "2.500,00")
                .param("lines[" + (2027 - start) + "].consumptive", "12.500,50")
                .param("lines[" + (2027 - start) + "].fteNew", "0,5"))
        .andExpect(status().is3xxRedirection());
    List<Map<String, Object>> after = entries(m);
    assertThat(after).hasSize(2);
    assertThat((BigDecimal) after.get(0).get("investive")).isEqualByComparingTo("2500");
    assertThat(after.get(0).get("budget_product")).isEqualTo("11.1");
    assertThat((BigDecimal) after.get(1).get("consumptive")).isEqualByComparingTo("12500.50");
    assertThat((BigDecimal) after.get(1).get("fte_new")).isEqualByComparingTo("0.5");
    // the same grid again changes nothing: no new version, no history line
    Map<String, Object> now2026 = after.get(0);
    long versionBefore = ((Number) now2026.get("version")).longValue();
    int history =
        jdbc.queryForObject(
            "select count(*) from audit_event where object_type = 'Measure' and object_id = ?",
            Integer.class,
            m);
    mvc.perform(
            grid(m, now2026)
                .param("lines[" + (2026 - start) + "].consumptive", "1.000,00")
                .param("lines[" + (2026 - start) + "].investive", "2.500,00"))
        .andExpect(status().is3xxRedirection());
    assertThat(((Number) entries(m).get(0).get("version")).longValue()).isEqualTo(versionBefore);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where object_type = 'Measure'"
                    + " and object_id = ?",
                Integer.class,
                m))
        .isEqualTo(history);
  }

  @Test
  void aYearChangedMeanwhileIsShownBesideTheGridAndOnlyASecondSaveOverwritesIt() throws Exception {
    long m = measure("RASTER-3");
    Map<String, Object> loaded = entries(m).get(0);
    int year2026 = line(m, 2026);
    // someone else changes 2026 after the grid was opened
    mvc.perform(
            put("/api/v1/resource-entries/" + loaded.get("id"))
                .header("Authorization", Demo.bearer(Demo.MUSTER_TOKEN))
                .header("If-Match", "\"" + loaded.get("version") + "\"")
                .contentType("application/json")
                .content("{\"budgetYear\":2026,\"consumptive\":1500,\"budgetProduct\":\"11.1\"}"))
        .andExpect(status().isOk());
    String page =
        mvc.perform(grid(m, loaded).param("lines[" + year2026 + "].consumptive", "2.000,00"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long now = ((Number) entries(m).get(0).get("version")).longValue();
    assertThat(page)
        .contains("inzwischen von einer anderen Person geändert")
        .contains("2026: vorhandenes Personal 0,00")
        .contains("konsumtiv 1.500,00")
        .contains("value=\"2.000,00\"")
        .containsPattern("name=\"lines\\[" + year2026 + "\\]\\.version\" value=\"" + now + "\"");
    assertThat((BigDecimal) entries(m).get(0).get("consumptive")).isEqualByComparingTo("1500");
    // the grid as shown again, with the adopted version: saved deliberately
    mvc.perform(grid(m, entries(m).get(0)).param("lines[" + year2026 + "].consumptive", "2.000,00"))
        .andExpect(status().is3xxRedirection());
    assertThat((BigDecimal) entries(m).get(0).get("consumptive")).isEqualByComparingTo("2000");
  }

  /** In English the grid asks for English figures, as its formatter reads them: 1.5, not 1,5. */
  @Test
  void inEnglishTheGridAsksForADecimalPointAndReadsIt() throws Exception {
    long m = measure("RASTER-EN");
    jakarta.servlet.http.Cookie english = new jakarta.servlet.http.Cookie("fahrplan-lang", "en");
    String page =
        mvc.perform(
                get("/measures/" + m + "/resources/grid")
                    .cookie(english)
                    .with(authentication(coordinator())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("FTE with a decimal point (1.5)")
        .contains("(FTE)")
        .doesNotContain("VZÄ")
        .contains("value=\"1,000.00\"");
    int year2027 = line(m, 2027);
    mvc.perform(
            grid(m, entries(m).get(0))
                .cookie(english)
                .param("lines[" + year2027 + "].fteNew", "1.5")
                .param("lines[" + year2027 + "].consumptive", "12,500.50"))
        .andExpect(status().is3xxRedirection());
    Map<String, Object> y2027 = entries(m).get(1);
    assertThat((BigDecimal) y2027.get("fte_new")).isEqualByComparingTo("1.5");
    assertThat((BigDecimal) y2027.get("consumptive")).isEqualByComparingTo("12500.50");
  }

  @Test
  void oneUnreadableCellSavesNothingAndKeepsWhatWasTyped() throws Exception {
    long m = measure("RASTER-2");
    Map<String, Object> e2026 = entries(m).get(0);
    int start = startYear(m);
    String page =
        mvc.perform(
                grid(m, e2026)
                    .param("lines[" + (2026 - start) + "].consumptive", "1.000,00")
                    .param("lines[" + (2027 - start) + "].consumptive", "12.500,50")
                    .param("lines[" + (2028 - start) + "].investive", "viel"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Bitte eine Zahl angeben")
        .contains("value=\"viel\"")
        .contains("value=\"12.500,50\"");
    assertThat(entries(m)).hasSize(1);
  }

  /**
   * The resource table suggests the measures' codes: the typed suggestion („M-1 – Titel“) or the
   * bare code opens that measure's grid; an unknown code is named; the read-only role gets 403.
   */
  @Test
  void theResourceTableOpensAMeasuresGridByItsCode() throws Exception {
    long measure = measure("RASTER-WAHL");
    long draft =
        jdbc.queryForObject(
            "select strategy_version_id from measure where id = ?", Long.class, measure);
    mvc.perform(
            get("/strategy-versions/" + draft + "/resources").with(authentication(coordinator())))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "<option value=\"RASTER-WAHL – Rasterprobe\">")));
    for (String typed : List.of("RASTER-WAHL – Rasterprobe", "raster-wahl")) {
      mvc.perform(
              get("/strategy-versions/" + draft + "/resources/grid")
                  .param("code", typed)
                  .with(authentication(coordinator())))
          .andExpect(
              org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                  "/measures/" + measure + "/resources/grid"));
    }
    var unknown =
        (de.fahrplan.shared.InvalidInputException.Violation)
            mvc.perform(
                    get("/strategy-versions/" + draft + "/resources/grid")
                        .param("code", "X-999")
                        .with(authentication(coordinator())))
                .andExpect(
                    org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/strategy-versions/" + draft + "/resources"))
                .andReturn()
                .getFlashMap()
                .get("flashError");
    assertThat(unknown.code()).isEqualTo("resource.noSuchMeasure");
    assertThat(unknown.args()).containsExactly("X-999");
    mvc.perform(
            get("/strategy-versions/" + draft + "/resources/grid")
                .param("code", "RASTER-WAHL")
                .with(authentication(Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.READER))))
        .andExpect(status().isForbidden());
  }
}
