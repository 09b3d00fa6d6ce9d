package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Measure lists in and out: round trip without change, row errors, mapping, all or nothing. */
@FahrplanTest
class MeasureImportTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private long draft() {
    return jdbc.queryForObject(
        "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
        Long.class);
  }

  private byte[] export(String type) throws Exception {
    return mvc.perform(
            get("/api/v1/measures/export." + type + "?strategyVersion=" + draft())
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private MockMultipartHttpServletRequestBuilder upload(String name, byte[] bytes) {
    return upload(name, bytes, draft());
  }

  private MockMultipartHttpServletRequestBuilder upload(String name, byte[] bytes, long version) {
    MockMultipartHttpServletRequestBuilder b =
        multipart("/api/v1/measure-imports")
            .file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
    b.param("strategyVersion", String.valueOf(version));
    b.header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN));
    return b;
  }

  private int measures() {
    return jdbc.queryForObject(
        "select count(*) from measure where strategy_version_id = ?", Integer.class, draft());
  }

  /** Re-importing one's own export changes nothing and says so: every row „unverändert“. */
  @Test
  void exportThenImportIsARoundTripWithoutChange() throws Exception {
    for (String type : new String[] {"csv", "xlsx"}) {
      byte[] before = export("csv");
      int count = measures();
      int versions = jdbc.queryForObject("select sum(version) from measure", Integer.class);
      mvc.perform(upload("massnahmen." + type, export(type)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.created").value(0))
          .andExpect(jsonPath("$.updated").value(0))
          .andExpect(jsonPath("$.unchanged").value(count))
          .andExpect(jsonPath("$.rows[0].action").value("unchanged"))
          .andExpect(jsonPath("$.errorRows").value(0));
      assertThat(jdbc.queryForObject("select sum(version) from measure", Integer.class))
          .as("nothing written")
          .isEqualTo(versions);
      assertThat(measures()).isEqualTo(count);
      assertThat(new String(export("csv"), StandardCharsets.UTF_8))
          .as(type)
          .isEqualTo(new String(before, StandardCharsets.UTF_8));
    }
  }

  /**
   * The CSV export opened and saved in German Excel: the lead unit „1.400“ comes back as „1400“ (a
   * number with a thousands separator to Excel) and still names unit 1.400 – the round trip stays
   * without change.
   */
  @Test
  void unitCodesThatExcelTurnedIntoNumbersStillNameTheirUnit() throws Exception {
    String csv = new String(export("csv"), StandardCharsets.UTF_8);
    String throughExcel = csv.replaceAll(";(\\d{1,3})\\.(\\d{3});", ";$1$2;");
    assertThat(throughExcel).isNotEqualTo(csv).contains(";1400;");
    mvc.perform(
            upload("massnahmen.csv", throughExcel.getBytes(StandardCharsets.UTF_8))
                .param("dryRun", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.errorRows").value(0))
        .andExpect(jsonPath("$.updated").value(0))
        .andExpect(jsonPath("$.unchanged").value(measures()));
  }

  /**
   * In the Excel file a date is a date (shown as 31.12.2026), so that the list sorts and filters by
   * time – as text, „01.03.2027“ came before „15.01.2026“; the CSV writes the same dates as text.
   */
  @Test
  void theExcelExportHoldsDatesAsDates() throws Exception {
    String csv = new String(export("csv"), StandardCharsets.UTF_8);
    try (var xlsx =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            new java.io.ByteArrayInputStream(export("xlsx")))) {
      var sheet = xlsx.getSheetAt(0);
      int column = MeasureList.COLUMNS.indexOf("Geplantes Ende");
      var formatter = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.GERMANY);
      int dates = 0;
      for (var row : sheet) {
        var cell = row.getCell(column);
        if (row.getRowNum() == 0 || cell == null || cell.toString().isEmpty()) {
          continue;
        }
        assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)).isTrue();
        String shown = formatter.formatCellValue(cell);
        assertThat(shown).matches("\\d{2}\\.\\d{2}\\.\\d{4}");
        assertThat(csv).contains(shown);
        dates++;
      }
      assertThat(dates).isPositive();
    }
  }

  @Test
  void aListWithoutTheRequiredColumnsNamesThemAndWritesNothing() throws Exception {
    int before = measures();
    mvc.perform(
            upload("liste.csv", "Nr.;Bemerkung\nN-9;ohne Titel\n".getBytes(StandardCharsets.UTF_8))
                .param("dryRun", "true"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("mapping"))
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Titel")));
    assertThat(measures()).isEqualTo(before);
  }

  /** A measure in the draft by API, its title given as JSON string content. */
  private void createMeasure(String code, String jsonTitle) throws Exception {
    long goal =
        jdbc.queryForObject(
            "select min(id) from goal where strategy_version_id = ?", Long.class, draft());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/strategy-versions/" + draft() + "/measures")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType("application/json")
                .content(
                    "{\"code\":\""
                        + code
                        + "\",\"title\":\""
                        + jsonTitle
                        + "\",\"goalIds\":["
                        + goal
                        + "],\"status\":\"IDEA\"}"))
        .andExpect(status().isCreated());
  }

  /**
   * A list as municipalities keep it in Excel: a title block above the header, a totals line at the
   * end, columns without a field. The header is found, the totals line and the extra columns are
   * named and left out, the measures come in.
   */
  @Test
  void aListWithATitleBlockATotalsLineAndExtraColumnsImports() throws Exception {
    byte[] xlsx;
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      var sheet = wb.createSheet("Maßnahmen");
      sheet.createRow(0).createCell(0).setCellValue("Maßnahmenliste Digitalisierung 2026");
      sheet.createRow(2).createCell(0).setCellValue("Stand: 01.10.2026");
      String[][] table = {
        {"Nr.", "Maßnahme", "Ziel", "Ende", "Priorität", "Bemerkung", "Handlungsfeld"},
        {
          "XL-1",
          "Online-Terminvergabe Bürgerbüro",
          "A",
          "Q3/2027",
          "hoch",
          "mit IT klären",
          "Bürgerservice"
        },
        {"XL-2", "E-Akte im Standesamt", "A", "2028", "2", "", "Verwaltung"},
        {"Summe", "", "", "", "", "", ""}
      };
      for (int r = 0; r < table.length; r++) {
        var row = sheet.createRow(3 + r);
        for (int c = 0; c < table[r].length; c++) {
          row.createCell(c).setCellValue(table[r][c]);
        }
      }
      wb.write(out);
      xlsx = out.toByteArray();
    }
    int before = measures();
    mvc.perform(upload("liste.xlsx", xlsx).param("dryRun", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.headerLine").value(4))
        .andExpect(jsonPath("$.totalsLines[0]").value(7))
        .andExpect(
            jsonPath("$.ignoredColumns").value(org.hamcrest.Matchers.contains("Handlungsfeld")))
        .andExpect(jsonPath("$.rows.length()").value(2))
        .andExpect(jsonPath("$.rows[0].code").value("XL-1"))
        .andExpect(jsonPath("$.errorRows").value(0));
    assertThat(measures()).isEqualTo(before);
    mvc.perform(upload("liste.xlsx", xlsx))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2));
    assertThat(measures()).isEqualTo(before + 2);
    // a quarter or a bare year in a date column is the period's end (the preview shows that date)
    assertThat(
            jdbc.queryForList(
                "select planned_end from measure where strategy_version_id = ?"
                    + " and code in ('XL-1', 'XL-2') order by code",
                java.sql.Date.class,
                draft()))
        .extracting(java.sql.Date::toLocalDate)
        .containsExactly(java.time.LocalDate.of(2027, 9, 30), java.time.LocalDate.of(2028, 12, 31));
    // „Priorität“ is the priority set by hand (with the import as its reason), „Bemerkung“ the text
    assertThat(
            jdbc.queryForList(
                "select priority_override from measure where strategy_version_id = ?"
                    + " and code in ('XL-1', 'XL-2') order by code",
                String.class,
                draft()))
        .containsExactly("HIGH", "MEDIUM");
    assertThat(
            jdbc.queryForObject(
                "select description from measure where strategy_version_id = ? and code = 'XL-1'",
                String.class,
                draft()))
        .contains("mit IT klären");
  }

  @Test
  void quartersAndYearsInDateColumnsBecomeTheDateTheyStandFor() {
    assertThat(MeasureRows.periodAsDate("plannedStart", "Q1/2026")).isEqualTo("01.01.2026");
    assertThat(MeasureRows.periodAsDate("plannedEnd", "Q1/2026")).isEqualTo("31.03.2026");
    assertThat(MeasureRows.periodAsDate("plannedEnd", "q4 2026")).isEqualTo("31.12.2026");
    assertThat(MeasureRows.periodAsDate("actualEnd", "3. Quartal 2026")).isEqualTo("30.09.2026");
    assertThat(MeasureRows.periodAsDate("plannedStart", "2027")).isEqualTo("01.01.2027");
    assertThat(MeasureRows.periodAsDate("plannedEnd", "2027")).isEqualTo("31.12.2027");
    // other fields and other values stay as they are
    assertThat(MeasureRows.periodAsDate("code", "2027")).isEqualTo("2027");
    assertThat(MeasureRows.periodAsDate("plannedEnd", "15.03.2026")).isEqualTo("15.03.2026");
    assertThat(MeasureRows.periodAsDate("plannedEnd", "Q5/2026")).isEqualTo("Q5/2026");
  }

  /** Exports carry a description's text – paragraphs and line breaks, no markup. */
  @Test
  void exportsCarryDescriptionsAsTextWithoutMarkup() throws Exception {
    long goal =
        jdbc.queryForObject(
            "select min(id) from goal where strategy_version_id = ?", Long.class, draft());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/strategy-versions/" + draft() + "/measures")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType("application/json")
                .content(
                    "{\"code\":\"T-1\",\"title\":\"Mit Absätzen\",\"goalIds\":["
                        + goal
                        + "],\"status\":\"IDEA\",\"description\":\"<p>Erste Zeile<br>zweite"
                        + " Zeile</p><p>Kosten &amp; Nutzen</p>\"}"))
        .andExpect(status().isCreated());
    String csv = new String(export("csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("\"Erste Zeile\nzweite Zeile\n\nKosten & Nutzen\"")
        .doesNotContain("<br", "<p>", "&amp;");
    try (var xlsx =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            new java.io.ByteArrayInputStream(export("xlsx")))) {
      boolean found = false;
      for (var row : xlsx.getSheetAt(0)) {
        for (var cell : row) {
          if (cell.toString().startsWith("Erste Zeile")) {
            assertThat(cell.toString()).isEqualTo("Erste Zeile\nzweite Zeile\n\nKosten & Nutzen");
            found = true;
          }
        }
      }
      assertThat(found).isTrue();
    }
  }

  @Test
  void formulaLikeTextIsNeutralisedOnExportAndComesBackUnchanged() throws Exception {
    createMeasure("F-1", "=HYPERLINK(\\\"http://x\\\")");
    // spreadsheets skip a leading no-break space before they look for a formula
    createMeasure("F-2", "\u00a0=1+1");
    String csv = new String(export("csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("'=HYPERLINK", "'\u00a0=1+1")
        .doesNotContain(";=HYPERLINK", ";\u00a0=1+1");
    try (var xlsx =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(export("xlsx")))) {
      var formulaLike = new java.util.ArrayList<String>();
      for (var row : xlsx.getSheetAt(0)) {
        for (var cell : row) {
          if (cell.getCellStyle().getQuotePrefixed()) {
            formulaLike.add(cell.getStringCellValue());
          }
        }
      }
      assertThat(formulaLike).contains("=HYPERLINK(\"http://x\")", "\u00a0=1+1");
    }
    mvc.perform(upload("massnahmen.csv", csv.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk());
    assertThat(
            jdbc.queryForObject(
                "select title from measure where code = 'F-1' and strategy_version_id = ?",
                String.class,
                draft()))
        .isEqualTo("=HYPERLINK(\"http://x\")");
    assertThat(
            jdbc.queryForObject(
                "select title from measure where code = 'F-2' and strategy_version_id = ?",
                String.class,
                draft()))
        .isEqualTo("\u00a0=1+1");
  }

  @Test
  void anExcelListWithOwnHeadersAndRowErrorsIsReportedAndNothingWritten() throws Exception {
    String list =
        """
        Nr.;Maßnahme;Ziel;Ende;Fachbereich;Verantwortlich
        N-1;Digitale Bauakte;A;31.12.2027;4.100;thomas.berger@musterstadt.example
        N-2;Digitale Sitzungsgelder;X;31.02.2025;9.999;niemand@musterstadt.example
        N-1;Doppelt;A;;;
        """;
    int before = measures();
    mvc.perform(
            upload("liste.csv", list.getBytes(Charset.forName("windows-1252")))
                .param("dryRun", "true"))
        .andExpect(status().isUnprocessableContent())
        // the first N-1 is the measure; only the second is refused
        .andExpect(jsonPath("$.rows[0].errors").isEmpty())
        .andExpect(
            jsonPath("$.rows[1].errors[*].message")
                .value(hasItem("Ein Ziel „X“ gibt es in dieser Fassung nicht.")))
        .andExpect(
            jsonPath("$.rows[1].errors[*].message")
                .value(hasItem("„31.02.2025“ ist kein gültiges Datum (TT.MM.JJJJ).")))
        .andExpect(jsonPath("$.rows[1].errors[*].field").value(hasItem("leadOrgUnit")))
        .andExpect(jsonPath("$.rows[1].errors[*].field").value(hasItem("responsible")))
        .andExpect(
            jsonPath("$.rows[2].errors[0].message")
                .value(
                    "„N-1“ steht schon weiter oben in der Datei (Zeile 2); die Maßnahme wird dort"
                        + " angelegt oder aktualisiert."));
    mvc.perform(upload("liste.csv", list.getBytes(Charset.forName("windows-1252"))))
        .andExpect(status().isUnprocessableContent());
    assertThat(measures()).isEqualTo(before);

    String fixed =
        "Nr.;Maßnahme;Ziel;Ende;Fachbereich\nN-1;Digitale Bauakte (Straßenbau);A;31.12.2027;4.100\n";
    mvc.perform(upload("liste.csv", fixed.getBytes(Charset.forName("windows-1252"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1));
    assertThat(
            jdbc.queryForObject(
                "select title from measure where code = 'N-1' and strategy_version_id = ?",
                String.class,
                draft()))
        .isEqualTo("Digitale Bauakte (Straßenbau)");
  }

  @Test
  void anExplicitMappingIsRememberedForTheNextFile() throws Exception {
    String list = "Vorhaben-ID;Vorhaben;Strategieziele\nV-1;Open-Data-Portal;F\n";
    mvc.perform(upload("v.csv", list.getBytes(StandardCharsets.UTF_8)).param("dryRun", "true"))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(
            upload("v.csv", list.getBytes(StandardCharsets.UTF_8))
                .param("mapping", "{\"code\":\"Vorhaben-ID\",\"title\":\"Vorhaben\",\"goals\":2}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1));
    mvc.perform(
            upload(
                "v.csv",
                "Vorhaben-ID;Vorhaben;Strategieziele\nV-2;Open Data Schulung;F\n"
                    .getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1));
  }

  @Test
  void brokenFilesAndAdoptedVersionsAreRefused() throws Exception {
    mvc.perform(upload("liste.xlsx", "kein Excel".getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    long inForce =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'IN_FORCE'",
            Long.class);
    mvc.perform(upload("x.csv", export("csv"), inForce))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("version.readOnly"));
  }

  @Test
  void moneyInGermanFormatSubProjectsAndTagsComeInWithTheList() throws Exception {
    String list =
        """
        Nr.;Maßnahme;Ziel;Teilprojekt von;Ebene;Schlagworte;Haushaltsjahr;Mittel konsumtiv;Mittel investiv
        S-1.1;Scanstraße Posteingang;A;S-1;Fachbereich;E-Akte, Posteingang;2026;1.234,56 €;"12.000 €"
        S-1;Digitaler Posteingang;A;;fachbereichsübergreifend;E-Akte;;;
        S-2;Fehlerhafte Zeile;A;S-9;Landesebene;;2031;-5;12,345
        """;
    mvc.perform(
            upload("posteingang.csv", list.getBytes(StandardCharsets.UTF_8))
                .param("dryRun", "true"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.rows[0].action").value("create"))
        .andExpect(jsonPath("$.rows[2].errors[*].field").value(hasItem("parent")))
        .andExpect(jsonPath("$.rows[2].errors[*].field").value(hasItem("level")))
        .andExpect(jsonPath("$.rows[2].errors[*].field").value(hasItem("consumptive")))
        .andExpect(
            jsonPath("$.rows[2].errors[*].message")
                .value(hasItem("„12,345“ ist kein Eurobetrag (z. B. 1.234,56 €).")));
    String fixed = list.substring(0, list.indexOf("S-2;"));
    mvc.perform(upload("posteingang.csv", fixed.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2));
    Long parent =
        jdbc.queryForObject(
            "select id from measure where code = 'S-1' and strategy_version_id = ?",
            Long.class,
            draft());
    assertThat(
            jdbc.queryForObject(
                "select parent_id from measure where code = 'S-1.1' and strategy_version_id = ?",
                Long.class,
                draft()))
        .isEqualTo(parent);
    assertThat(
            jdbc.queryForObject(
                "select r.consumptive from resource_entry r join measure m on m.id = r.measure_id"
                    + " where m.code = 'S-1.1' and m.strategy_version_id = ? and r.budget_year = 2026",
                java.math.BigDecimal.class,
                draft()))
        .isEqualByComparingTo("1234.56");
    assertThat(
            jdbc.queryForList(
                "select t.tag from measure_tag t join measure m on m.id = t.measure_id"
                    + " where m.code = 'S-1.1' and m.strategy_version_id = ? order by t.tag",
                String.class,
                draft()))
        .containsExactly("E-Akte", "Posteingang");
  }

  @Test
  void aDepartmentsListWithYearColumnsNumberingAndAnUnknownUnitImports() throws Exception {
    byte[] xlsx =
        de.fahrplan.support.Workbooks.departmentList("W", "Bauordnungsamt", "Amt für Schulen");
    long unit =
        jdbc.queryForObject(
            "select min(id) from org_unit where tenant_id = ?",
            Long.class,
            de.fahrplan.support.Demo.bodyId(jdbc, "musterstadt"));
    // the first sheet holds notes: no header with the required columns
    mvc.perform(upload("bau.xlsx", xlsx).param("dryRun", "true"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("mapping"));
    mvc.perform(upload("bau.xlsx", xlsx).param("dryRun", "true").param("sheet", "5"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("sheet"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Tabellenblatt 5 gibt es nicht; die Datei hat 2."));
    mvc.perform(
            upload("bau.xlsx", xlsx)
                .param("dryRun", "true")
                .param("sheet", "2")
                .param("headerLine", "3"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("headerLine"));
    int before = measures();
    mvc.perform(upload("bau.xlsx", xlsx).param("dryRun", "true").param("sheet", "2"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.sheets[1]").value("Maßnahmen"))
        .andExpect(jsonPath("$.headerLine").value(4))
        .andExpect(jsonPath("$.totalsLines[0]").value(8))
        .andExpect(jsonPath("$.ignoredColumns").isEmpty())
        .andExpect(jsonPath("$.yearColumns.length()").value(4))
        .andExpect(jsonPath("$.yearColumns[1].header").value("Kosten 2027"))
        .andExpect(jsonPath("$.yearColumns[1].field").value("consumptive"))
        .andExpect(jsonPath("$.yearColumns[1].year").value(2027))
        .andExpect(jsonPath("$.yearColumns[3].field").value("fteExisting"))
        .andExpect(jsonPath("$.unknownOrgUnits").value(hasItem("Amt für Schulen")))
        .andExpect(jsonPath("$.rows.length()").value(3))
        .andExpect(jsonPath("$.rows[1].parent").value("W-7"))
        .andExpect(jsonPath("$.rows[2].parent").value("W-7"))
        .andExpect(jsonPath("$.rows[0].years.2026.consumptive").value(12500.0))
        .andExpect(jsonPath("$.rows[0].years.2026.fteExisting").value(1.5))
        .andExpect(jsonPath("$.rows[0].years.2027.consumptive").value(8000.0))
        .andExpect(jsonPath("$.rows[2].years.2027.investive").value(40000.0))
        // the error names the column as the mapping numbers it: „Beteiligte“ is the fifth
        .andExpect(
            jsonPath("$.rows[0].errors[?(@.field == 'participants')].column").value(hasItem(5)))
        .andExpect(jsonPath("$.rows[1].errors[0].column").value(4));
    assertThat(measures()).isEqualTo(before);
    String choice = "{\"Amt für Schulen\": \"" + unit + "\", \"Bauordnungsamt\": \"" + unit + "\"}";
    mvc.perform(upload("bau.xlsx", xlsx).param("sheet", "2").param("orgUnits", choice))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(3));
    assertThat(measures()).isEqualTo(before + 3);
    assertThat(
            jdbc.queryForList(
                "select m.code || ' ' || r.budget_year || ' ' || r.fte_existing || ' '"
                    + " || r.consumptive || ' ' || r.investive from resource_entry r"
                    + " join measure m on m.id = r.measure_id where m.strategy_version_id = ?"
                    + " and m.code like 'W-7%' order by m.code, r.budget_year",
                String.class, draft()))
        .containsExactly(
            "W-7 2026 1.50 12500.00 0.00",
            "W-7 2027 0.00 8000.00 0.00",
            "W-7.1 2026 0.50 2000.00 0.00",
            "W-7.2 2027 0.00 0.00 40000.00");
    assertThat(
            jdbc.queryForList(
                "select c.code from measure c join measure p on p.id = c.parent_id"
                    + " where p.code = 'W-7' and p.strategy_version_id = ? order by c.code",
                String.class,
                draft()))
        .containsExactly("W-7.1", "W-7.2");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from measure_participant p join measure m on m.id = p.measure_id"
                    + " where m.code = 'W-7' and m.strategy_version_id = ? and p.org_unit_id = ?"
                    + " and p.raci = 'CONSULTED'",
                Integer.class,
                draft(),
                unit))
        .isEqualTo(1);
    // the same list again: every row „unverändert“, nothing written
    mvc.perform(upload("bau.xlsx", xlsx).param("sheet", "2").param("orgUnits", choice))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0))
        .andExpect(jsonPath("$.updated").value(0))
        .andExpect(jsonPath("$.unchanged").value(3));
  }
}
