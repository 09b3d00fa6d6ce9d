package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The resource table: its sums are exactly the measures' sums, in JSON and in the XLSX. */
@FahrplanTest
class ResourcePlanTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  private long inForce() {
    return jdbc.queryForObject(
        "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'IN_FORCE'",
        Long.class);
  }

  private BigDecimal sum(String expression, long version) {
    return jdbc.queryForObject(
        "select coalesce(sum("
            + expression
            + "), 0) from resource_entry r join measure m on m.id = r.measure_id where m.strategy_version_id = ?",
        BigDecimal.class,
        version);
  }

  @Test
  void totalsAreExactlyTheSumsOfTheMeasuresForEveryGrouping() throws Exception {
    long version = inForce();
    for (String groupBy : new String[] {"goal", "fieldOfAction", "orgUnit", "measure"}) {
      String body =
          mvc.perform(
                  get("/api/v1/resource-plan?groupBy=" + groupBy + "&strategyVersion=" + version)
                      .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      JsonNode total = json.readTree(body).get("total").get("total");
      assertThat(total.get("consumptive").decimalValue())
          .as(groupBy)
          .isEqualByComparingTo(sum("r.consumptive", version));
      assertThat(total.get("investive").decimalValue())
          .as(groupBy)
          .isEqualByComparingTo(sum("r.investive", version));
      assertThat(total.get("fte").decimalValue())
          .as(groupBy)
          .isEqualByComparingTo(sum("r.fte_existing + r.fte_new + r.fte_external", version));
      BigDecimal rows = BigDecimal.ZERO;
      for (JsonNode row : json.readTree(body).get("rows")) {
        rows = rows.add(row.get("total").get("investive").decimalValue());
      }
      assertThat(rows)
          .as(groupBy + ": rows add up to the total")
          .isEqualByComparingTo(sum("r.investive", version));
    }
    assertThat(sum("r.investive", version)).isEqualByComparingTo("3110000.00");
  }

  /** Per measure and budget year, in the API and in the Excel: the measure's own entries. */
  @Test
  void staffAndMoneyPerMeasureAndYearInNaturalOrder() throws Exception {
    long version = inForce();
    JsonNode table =
        json.readTree(
            mvc.perform(
                    get("/api/v1/resource-plan?groupBy=measure&strategyVersion=" + version)
                        .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    List<String> labels = table.get("rows").findValuesAsString("label");
    assertThat(labels.indexOf(labelOf("M-2", version)))
        .isLessThan(labels.indexOf(labelOf("M-10", version)));
    JsonNode m1 =
        java.util.stream.StreamSupport.stream(table.get("rows").spliterator(), false)
            .filter(r -> r.get("label").asString().startsWith("M-1 – "))
            .findFirst()
            .orElseThrow();
    BigDecimal fte2025 =
        jdbc.queryForObject(
            "select coalesce(sum(r.fte_existing + r.fte_new + r.fte_external), 0)"
                + " from resource_entry r join measure m on m.id = r.measure_id"
                + " where m.strategy_version_id = ? and m.code = 'M-1' and r.budget_year = 2025",
            BigDecimal.class,
            version);
    assertThat(m1.at("/years/2025/fte").decimalValue()).isEqualByComparingTo(fte2025);
    byte[] xlsx =
        mvc.perform(
                get("/api/v1/resource-plan.xlsx?groupBy=measure&strategyVersion=" + version)
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      boolean found = false;
      for (Row row : wb.getSheetAt(0)) {
        if (row.getCell(0) != null && row.getCell(0).toString().startsWith("M-1 – ")) {
          found = true; // the first block is staff: M-1's FTE per year
          assertThat(
                  row.getCell(1 + 2025 - table.get("years").get(0).asInt()).getNumericCellValue())
              .isEqualTo(fte2025.doubleValue());
          break;
        }
      }
      assertThat(found).isTrue();
    }
  }

  private String labelOf(String code, long version) {
    return jdbc.queryForObject(
        "select code || ' – ' || title from measure where strategy_version_id = ? and code = ?",
        String.class,
        version,
        code);
  }

  @Test
  void theDefaultIsTheVersionInForceGroupedByGoalAndTheXlsxCarriesTheSameTotals() throws Exception {
    mvc.perform(
            get("/api/v1/resource-plan").header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.groupBy").value("GOAL"));
    mvc.perform(
            get("/api/v1/resource-plan?strategyVersion=" + inForce())
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(jsonPath("$.years[0]").value(2024))
        .andExpect(
            jsonPath("$.rows[*].label")
                .value(hasItem("A – Elektronische Aktenführung in allen Fachbereichen")));
    byte[] xlsx =
        mvc.perform(
                get("/api/v1/resource-plan.xlsx?groupBy=goal&strategyVersion=" + inForce())
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(0);
      double investiveTotal = -1;
      boolean inInvestive = false;
      for (Row row : sheet) {
        String first = row.getCell(0) == null ? "" : row.getCell(0).toString();
        inInvestive |= first.startsWith("investiv");
        if (inInvestive && first.equals("Summe")) {
          investiveTotal = row.getCell(row.getLastCellNum() - 1).getNumericCellValue();
        }
      }
      assertThat(investiveTotal).isEqualTo(sum("r.investive", inForce()).doubleValue());
    }
    mvc.perform(
            get("/api/v1/resource-plan?groupBy=quatsch")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("groupBy"));
  }

  @Test
  void resourceRulesNameTheField() throws Exception {
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
            Long.class);
    long measure =
        jdbc.queryForObject(
            "select id from measure where strategy_version_id = ? and code = 'M-9'",
            Long.class,
            draft);
    int before = jdbc.queryForObject("select count(*) from resource_entry", Integer.class);
    mvc.perform(
            post("/api/v1/measures/" + measure + "/resources")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"budgetYear\":2035,\"fteNew\":-1,\"consumptive\":12.345,\"investive\":1000}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("budgetYear")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("fteNew")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("consumptive")))
        .andExpect(
            jsonPath("$.errors[?(@.field=='budgetYear')].message")
                .value(hasItem("Das Haushaltsjahr liegt außerhalb der Strategie (2024–2030).")));
    mvc.perform(
            post("/api/v1/measures/" + measure + "/resources")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"budgetYear\":2027,\"investive\":1000.5,\"fteNew\":0.500}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.fteNew").value(0.5));
    mvc.perform(
            post("/api/v1/measures/" + measure + "/resources")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"budgetYear\":2027,\"investive\":1}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("budgetYear"));
    assertThat(jdbc.queryForObject("select count(*) from resource_entry", Integer.class))
        .isEqualTo(before + 1);
  }
}
