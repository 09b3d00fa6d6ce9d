package de.fahrplan.reporting;

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
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The details of a status update through the API – milestone reports, spending per year (flagged
 * without a plan), progress from milestones – an owner who leaves, the dashboard's roll-up, and the
 * progress report: frozen at closing, with the municipality's sections and introduction.
 */
@FahrplanTest
class ReportingDetailsApiTest {

  static final String JENSEN = "fachbereich@musterstadt.example";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired java.time.Clock clock;
  @Autowired ReportFileCache fileCache;
  final JsonMapper json = JsonMapper.builder().build();
  Authentication admin;

  private JsonNode call(Authentication user, MockHttpServletRequestBuilder r, int expected)
      throws Exception {
    String body =
        mvc.perform(
                r.with(authentication(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON))
            .andExpect(status().is(expected))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return body.isEmpty() ? null : json.readTree(body);
  }

  private long create(String url, String body) throws Exception {
    return call(admin, post(url).content(body), 201).get("id").asLong();
  }

  private String pdfText(long report) throws Exception {
    byte[] pdf =
        mvc.perform(get("/api/v1/progress-reports/" + report + ".pdf").with(authentication(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void milestonesSpendingAnOwnerWhoLeftAndAFrozenReport() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    admin = Users.as(muster, Demo.MUSTER_ADMIN, Role.ADMIN, Role.COORDINATION);
    Authentication jensen = Users.as(muster, JENSEN, Role.EDITOR);
    long jensenId =
        jdbc.queryForObject("select id from person where email = ?", Long.class, JENSEN);
    long lead =
        create(
            "/api/v1/persons",
            "{\"givenName\":\"Lea\",\"familyName\":\"Leitung\",\"email\":\"lea.leitung@musterstadt.example\"}");
    long unit =
        create(
            "/api/v1/org-units",
            "{\"code\":\"9.91\",\"name\":\"Berichtsamt\",\"leadPersonId\":" + lead + "}");
    long paul =
        create(
            "/api/v1/persons",
            "{\"givenName\":\"Paul\",\"familyName\":\"Geht\",\"email\":\"paul.geht@musterstadt.example\","
                + "\"orgUnitId\":"
                + unit
                + "}");
    long olga =
        create(
            "/api/v1/persons",
            "{\"givenName\":\"Olga\",\"familyName\":\"Fort\",\"email\":\"olga.fort@musterstadt.example\","
                + "\"orgUnitId\":"
                + unit
                + ",\"leftOn\":\"2026-01-31\"}");
    // starts before the demo strategy, so that the demo's stays the municipality's current one
    long version =
        create(
            "/api/v1/strategies",
            "{\"title\":\"Berichtsdetails\",\"startYear\":2022,\"endYear\":2030}");
    long strategy =
        jdbc.queryForObject(
            "select strategy_id from strategy_version where id = ?", Long.class, version);
    long field =
        create(
            "/api/v1/strategy-versions/" + version + "/fields-of-action",
            "{\"code\":\"HF\",\"title\":\"Verwaltung\"}");
    long goal =
        create(
            "/api/v1/strategy-versions/" + version + "/goals",
            "{\"code\":\"A\",\"title\":\"Ziel A\",\"fieldOfActionIds\":[" + field + "]}");
    long d1 =
        create(
            "/api/v1/strategy-versions/" + version + "/measures",
            "{\"code\":\"D-1\",\"title\":\"Scanstraße\",\"goalIds\":["
                + goal
                + "],\"status\":\"IN_PROGRESS\",\"responsiblePersonId\":"
                + jensenId
                + ",\"leadOrgUnitId\":"
                + unit
                + "}");
    create(
        "/api/v1/strategy-versions/" + version + "/measures",
        "{\"code\":\"D-2\",\"title\":\"Aktenplan\",\"goalIds\":["
            + goal
            + "],\"status\":\"PLANNED\",\"responsiblePersonId\":"
            + paul
            + ",\"leadOrgUnitId\":"
            + unit
            + "}");
    // no lead unit of its own: the task goes to the lead of the unit of the owner who left
    long d3 =
        create(
            "/api/v1/strategy-versions/" + version + "/measures",
            "{\"code\":\"D-3\",\"title\":\"Altaktenbereinigung\",\"goalIds\":["
                + goal
                + "],\"status\":\"IN_PROGRESS\",\"responsiblePersonId\":"
                + olga
                + "}");
    long tender =
        create(
            "/api/v1/measures/" + d1 + "/milestones",
            "{\"title\":\"Ausschreibung\",\"plannedDate\":\"2026-03-01\"}");
    long golive =
        create(
            "/api/v1/measures/" + d1 + "/milestones",
            "{\"title\":\"Inbetriebnahme\",\"plannedDate\":\"2026-05-01\"}");
    create(
        "/api/v1/measures/" + d1 + "/resources",
        "{\"budgetYear\":2026,\"consumptive\":10000,\"budgetStatus\":\"APPROVED\"}");
    long rat =
        jdbc.queryForObject(
            "select id from organization where short_name = 'Bürgerschaft'", Long.class);
    call(
        admin,
        post("/api/v1/strategy-versions/" + version + "/adoption")
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content(
                "{\"adoptedOn\":\"2024-01-10\",\"adoptedById\":"
                    + rat
                    + ",\"inForceFrom\":\"2024-01-10\"}"),
        200);
    call(
        admin,
        post("/api/v1/strategy-versions/" + version + "/in-force")
            .header(HttpHeaders.IF_MATCH, "\"1\""),
        200);
    // a report needs at least one section
    JsonNode noSections =
        call(
            admin,
            put("/api/v1/strategies/" + strategy + "/reporting-schedule")
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content(
                    "{\"cadence\":\"QUARTERLY\",\"dueDays\":15,\"remindDaysBefore\":5,\"remindDaysAfter\":3,"
                        + "\"reportSections\":[]}"),
            422);
    assertThat(noSections.get("errors").findValuesAsString("field"))
        .containsExactly("reportSections");
    JsonNode schedule =
        call(
            admin,
            put("/api/v1/strategies/" + strategy + "/reporting-schedule")
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content(
                    "{\"cadence\":\"QUARTERLY\",\"dueDays\":15,\"remindDaysBefore\":5,\"remindDaysAfter\":3,"
                        + "\"progressFromMilestones\":true,"
                        + "\"reportSections\":[\"SUMMARY\",\"MEASURES\",\"MANDATES\"],"
                        + "\"reportIntro\":\"Dieser Bericht geht an den Hauptausschuss.\"}"),
            200);
    assertThat(schedule.get("lightPolicy").asString()).isEqualTo("WORST_OF");

    long round =
        call(
                admin,
                post("/api/v1/reporting-rounds")
                    .content(
                        "{\"strategyVersionId\":"
                            + version
                            + ",\"period\":\"Q2/2026\",\"confirmPastDueDate\":true}"),
                201)
            .get("id")
            .asLong();
    long u1 = -1;
    long u2 = -1;
    for (JsonNode u :
        call(admin, get("/api/v1/reporting-rounds/" + round + "/status-updates"), 200)
            .get("items")) {
      if (u.get("measureId").asLong() == d1) {
        u1 = u.get("id").asLong();
        assertThat(u.get("milestones").findValuesAsString("title"))
            .containsExactly("Ausschreibung", "Inbetriebnahme");
      } else if (u.get("measureId").asLong() == d3) {
        assertThat(u.get("assigneePersonId").asLong()).isEqualTo(lead);
        assertThat(u.get("reassignedFromPersonId").asLong()).isEqualTo(olga);
      } else {
        u2 = u.get("id").asLong();
      }
    }

    // a moved milestone needs a reason; nothing is written until the whole update is right
    String url = "/api/v1/status-updates/" + u1;
    JsonNode refused =
        call(
            jensen,
            put(url)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content(
                    "{\"trafficLight\":\"AT_RISK\",\"explanation\":\"Lieferverzug Scanner\",\"progress\":5,"
                        + "\"milestones\":[{\"milestoneId\":"
                        + tender
                        + ",\"done\":true,\"actualDate\":\"2026-03-05\"},{\"milestoneId\":"
                        + golive
                        + ",\"newPlannedDate\":\"2026-08-01\"}],"
                        + "\"spending\":[{\"budgetYear\":2025,\"spent\":-5},"
                        + "{\"budgetYear\":2026,\"spent\":1.234,\"fteUsed\":0.500}]}"),
            422);
    // a third decimal is refused, not rounded; trailing zeros (0.500) are no decimals
    assertThat(refused.get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder(
            "milestones[1].reason", "spending[0].spent", "spending[1].spent");
    JsonNode saved =
        call(
            jensen,
            put(url)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content(
                    "{\"trafficLight\":\"AT_RISK\",\"explanation\":\"Lieferverzug Scanner\",\"progress\":5,"
                        + "\"achieved\":\"Ausschreibung abgeschlossen\","
                        + "\"milestones\":[{\"milestoneId\":"
                        + tender
                        + ",\"done\":true,\"actualDate\":\"2026-03-05\"},{\"milestoneId\":"
                        + golive
                        + ",\"newPlannedDate\":\"2026-08-01\",\"reason\":\"Lieferverzug\"}],"
                        + "\"spending\":[{\"budgetYear\":2025,\"spent\":500},"
                        + "{\"budgetYear\":2026,\"spent\":4000,\"fteUsed\":0.5}]}"),
            200);
    assertThat(saved.get("progress").asInt()).as("half of the milestones reached").isEqualTo(50);
    assertThat(saved.get("progressDerived").asBoolean()).isTrue();
    assertThat(saved.at("/spending/0/planned").asBoolean()).as("2025 has no plan").isFalse();
    assertThat(saved.at("/spending/1/planned").asBoolean()).isTrue();
    assertThat(saved.at("/milestones/1/newPlannedDate").asString()).isEqualTo("2026-08-01");
    call(jensen, post(url + "/submit").header(HttpHeaders.IF_MATCH, "\"1\""), 200);
    call(admin, post(url + "/accept").header(HttpHeaders.IF_MATCH, "\"2\""), 200);

    // Paul leaves: his open task goes to the lead of the unit, who is told by mail
    JsonNode paulNow = call(admin, get("/api/v1/persons/" + paul), 200);
    call(
        admin,
        put("/api/v1/persons/" + paul)
            .header(HttpHeaders.IF_MATCH, "\"" + paulNow.get("version").asLong() + "\"")
            .content(
                "{\"givenName\":\"Paul\",\"familyName\":\"Geht\",\"email\":\"paul.geht@musterstadt.example\","
                    + "\"orgUnitId\":"
                    + unit
                    + ",\"leftOn\":\"2026-07-01\"}"),
        200);
    JsonNode moved = call(admin, get("/api/v1/status-updates/" + u2), 200);
    assertThat(moved.get("assigneePersonId").asLong()).isEqualTo(lead);
    assertThat(moved.get("reassignedFromPersonId").asLong()).isEqualTo(paul);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = 'lea.leitung@musterstadt.example'"
                    + " and body like '%D-2 – Aktenplan%'",
                Integer.class))
        .isEqualTo(1);

    // the dashboard of the round rolls D-1 up to its goal (worst-of), D-2 has no report
    JsonNode dash =
        call(admin, get("/api/v1/strategy-versions/" + version + "/dashboard?round=" + round), 200);
    assertThat(dash.at("/overall/counts/AT_RISK").asInt()).isEqualTo(1);
    assertThat(dash.at("/overall/unreported").asInt()).isEqualTo(2);
    assertThat(dash.at("/byGoal/0/status/light").asString()).isEqualTo("AT_RISK");
    assertThat(dash.at("/byGoal/0/status/progress").asInt()).isEqualTo(50);
    assertThat(dash.get("overdueMilestones").findValuesAsString("title"))
        .as("the reached milestone is not overdue")
        .containsExactly("Inbetriebnahme");
    JsonNode late = dash.at("/overdueMilestones/0");
    assertThat(late.get("measureLabel").asString()).startsWith("D-1 – ");
    assertThat(late.get("updateId").asLong()).isEqualTo(u1);
    assertThat(late.get("plannedDate").asString()).isEqualTo("2026-05-01");
    assertThat(late.get("dueDate").asString()).as("the moved date").isEqualTo("2026-08-01");
    assertThat(late.get("reason").asString()).isEqualTo("Lieferverzug");
    assertThat(late.get("daysOverdue").asLong())
        .isEqualTo(
            java.time.temporal.ChronoUnit.DAYS.between(
                java.time.LocalDate.of(2026, 8, 1), java.time.LocalDate.now(clock)));
    JsonNode year2026 = null;
    for (JsonNode y : dash.get("budget")) {
      if (y.get("year").asInt() == 2026) {
        year2026 = y;
      }
    }
    assertThat(year2026.get("approved").decimalValue()).isEqualByComparingTo("10000");
    assertThat(year2026.get("spent").decimalValue()).isEqualByComparingTo("4000");
    assertThat(dash.get("budget").findValuesAsString("year")).contains("2025");
    assertThat(dash.at("/budget/0/year").asInt()).as("spent without a plan").isEqualTo(2025);
    assertThat(dash.at("/budget/0/spent").decimalValue()).isEqualByComparingTo("500");
    assertThat(dash.at("/budget/0/planned").decimalValue()).isEqualByComparingTo("0");

    // the council's decision on this strategy gave two mandates: overdue first, then open
    long paper =
        create(
            "/api/v1/papers",
            "{\"paperType\":\"Beschlussvorlage\",\"date\":\"2026-01-05\",\"subject\":\"Scanstraße\","
                + "\"strategyVersionId\":"
                + version
                + "}");
    long hda =
        jdbc.queryForObject(
            "select id from organization where short_name = 'HDA' and tenant_id = ?",
            Long.class,
            muster);
    JsonNode decision =
        call(
            admin,
            post("/api/v1/papers/" + paper + "/consultations")
                .content(
                    "{\"organizationId\":"
                        + hda
                        + ",\"role\":\"DECISION\",\"meetingDate\":\"2026-01-20\",\"publicSession\":true}"),
            201);
    long paperVersion = call(admin, get("/api/v1/papers/" + paper), 200).get("version").asLong();
    call(
        admin,
        post("/api/v1/papers/" + paper + "/release")
            .header(HttpHeaders.IF_MATCH, "\"" + paperVersion + "\""),
        200);
    call(
        admin,
        put("/api/v1/consultations/" + decision.get("id").asLong() + "/result")
            .header(HttpHeaders.IF_MATCH, "\"" + decision.get("version").asLong() + "\"")
            .content("{\"result\":\"ADOPTED\"}"),
        200);
    for (String[] m :
        List.of(
            new String[] {"Barrierefreiheit der Scanstraße prüfen", "2031-03-31"},
            new String[] {
              "Datenschutzfolgenabschätzung vorlegen",
              java.time.LocalDate.now(clock).minusDays(10).toString()
            })) {
      create(
          "/api/v1/papers/" + paper + "/mandates",
          "{\"kind\":\"EXAMINE\",\"description\":\""
              + m[0]
              + "\",\"addresseeUnitId\":"
              + unit
              + ",\"dueDate\":\""
              + m[1]
              + "\"}");
    }

    // closing freezes the report with the chosen sections and the introduction
    call(
        admin,
        post("/api/v1/reporting-rounds/" + round + "/close").header(HttpHeaders.IF_MATCH, "\"0\""),
        200);
    JsonNode archive =
        call(admin, get("/api/v1/strategies/" + strategy + "/progress-reports"), 200).get("items");
    assertThat(archive).hasSize(1);
    long report = archive.get(0).get("id").asLong();
    // the PDF was rendered in the background after the close: the first download is the kept file
    fileCache.awaitRendered(report);
    byte[] kept =
        jdbc.queryForObject(
            "select content from progress_report_file where report_id = ? and format = 'PDF'",
            byte[].class,
            report);
    assertThat(
            mvc.perform(
                    get("/api/v1/progress-reports/" + report + ".pdf").with(authentication(admin)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray())
        .isEqualTo(kept);
    String text = pdfText(report);
    assertThat(text)
        .contains("Dieser Bericht geht an den Hauptausschuss.")
        .contains("D-1 – Scanstraße")
        .contains("Inbetriebnahme (geplant 01.05.2026): neuer Termin 01.08.2026 – Lieferverzug")
        .contains("keine Planung")
        .contains("Ausschreibung abgeschlossen")
        .doesNotContain("Stand je Ziel")
        .doesNotContain("Anlage: Überfällige Meilensteine")
        .contains("Aufträge aus Beschlüssen")
        .doesNotContain("Vierteljährlich über den Stand der Umsetzung berichten");
    assertThat(text.indexOf("Datenschutzfolgenabschätzung vorlegen"))
        .as("the overdue mandate first, with its state")
        .isPositive()
        .isLessThan(text.indexOf("Barrierefreiheit der Scanstraße prüfen"));
    assertThat(text).contains("9.91 – Berichtsamt").contains("überfällig").contains("offen");

    // a late change after closing never changes the frozen report
    call(
        admin,
        post(url + "/reopen")
            .header(HttpHeaders.IF_MATCH, "\"3\"")
            .content("{\"comment\":\"Bitte Ergebnis nachtragen.\"}"),
        200);
    call(
        jensen,
        put(url)
            .header(HttpHeaders.IF_MATCH, "\"4\"")
            .content(
                "{\"trafficLight\":\"AT_RISK\",\"explanation\":\"Lieferverzug Scanner\","
                    + "\"achieved\":\"Nachtrag nach Schluss\"}"),
        200);
    // rendered again from the snapshot (not the file kept from the first download)
    jdbc.update("delete from progress_report_file where report_id = ?", report);
    assertThat(pdfText(report))
        .contains("Ausschreibung abgeschlossen")
        .doesNotContain("Nachtrag nach Schluss");
  }
}
