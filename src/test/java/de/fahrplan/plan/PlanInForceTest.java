package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.reporting.ProgressReports;
import de.fahrplan.reporting.ReportSnapshot;
import de.fahrplan.shared.security.Role;
import de.fahrplan.strategy.InForceJob;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.MovableClock;
import de.fahrplan.support.Users;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan in force keeps one true state: milestones reported in accepted updates become the
 * plan's, money per goal follows one rule in table and report, adoption dates are plausible and a
 * version goes in force on its day, rounds get a due date and are closed knowingly.
 */
@FahrplanTest
class PlanInForceTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired MovableClock clock;
  @Autowired InForceJob inForceJob;
  @Autowired ProgressReports reports;
  final JsonMapper json = JsonMapper.builder().build();
  Authentication admin;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private JsonNode call(MockHttpServletRequestBuilder r, int expected) throws Exception {
    String body =
        mvc.perform(
                r.with(authentication(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON))
            .andExpect(status().is(expected))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return body.isEmpty() ? null : json.readTree(body);
  }

  private long create(String url, String body) throws Exception {
    return call(post(url).content(body), 201).get("id").asLong();
  }

  private long etag(String url) throws Exception {
    return call(get(url), 200).get("version").asLong();
  }

  private String pdfText(long report) throws Exception {
    byte[] pdf =
        mvc.perform(get("/api/v1/progress-reports/" + report + ".pdf").with(authentication(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static List<String> fields(JsonNode problem) {
    return problem.get("errors").findValuesAsString("field");
  }

  private long council() {
    return jdbc.queryForObject(
        "select id from organization where short_name = 'Bürgerschaft'", Long.class);
  }

  /** A strategy starting before the demo's (so the demo's stays current), in force since 2021. */
  private long strategyInForce(String title, List<String> goalCodes, Map<String, Long> goals)
      throws Exception {
    long version =
        create(
            "/api/v1/strategies",
            "{\"title\":\"" + title + "\",\"startYear\":2021,\"endYear\":2029}");
    long field =
        create(
            "/api/v1/strategy-versions/" + version + "/fields-of-action",
            "{\"code\":\"HF\",\"title\":\"Verwaltung\"}");
    for (String code : goalCodes) {
      goals.put(
          code,
          create(
              "/api/v1/strategy-versions/" + version + "/goals",
              "{\"code\":\""
                  + code
                  + "\",\"title\":\"Ziel "
                  + code
                  + "\",\"fieldOfActionIds\":["
                  + field
                  + "]}"));
    }
    return version;
  }

  private void adoptAndPutInForce(long version) throws Exception {
    call(
        post("/api/v1/strategy-versions/" + version + "/adoption")
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content(
                "{\"adoptedOn\":\"2021-01-10\",\"adoptedById\":"
                    + council()
                    + ",\"inForceFrom\":\"2021-02-01\"}"),
        200);
    call(
        post("/api/v1/strategy-versions/" + version + "/in-force")
            .header(HttpHeaders.IF_MATCH, "\"1\""),
        200);
  }

  private long openRound(long version, String period) throws Exception {
    return call(
            post("/api/v1/reporting-rounds")
                .content(
                    "{\"strategyVersionId\":"
                        + version
                        + ",\"period\":\""
                        + period
                        + "\",\"confirmPastDueDate\":true}"),
            201)
        .get("id")
        .asLong();
  }

  @Test
  void aMilestoneReportedInAnAcceptedUpdateIsThePlansStateEverywhere() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    admin = Users.as(muster, Demo.MUSTER_ADMIN, Role.ADMIN, Role.COORDINATION);
    Map<String, Long> goals = new HashMap<>();
    long version = strategyInForce("Meilensteinstand", List.of("A"), goals);
    long m =
        create(
            "/api/v1/strategy-versions/" + version + "/measures",
            "{\"code\":\"S-1\",\"title\":\"Pilot\",\"goalIds\":["
                + goals.get("A")
                + "],\"status\":\"IN_PROGRESS\",\"plannedStart\":\"2022-01-01\",\"plannedEnd\":\"2027-12-31\"}");
    // a date far outside the strategy's period is a typing error
    JsonNode refused =
        call(
            post("/api/v1/measures/" + m + "/milestones")
                .content("{\"title\":\"Alt\",\"plannedDate\":\"1890-01-01\"}"),
            422);
    assertThat(fields(refused)).containsExactly("plannedDate");
    long pilot =
        create(
            "/api/v1/measures/" + m + "/milestones",
            "{\"title\":\"Pilot FB 1\",\"plannedDate\":\"2022-06-30\"}");
    long rollout =
        create(
            "/api/v1/measures/" + m + "/milestones",
            "{\"title\":\"Rollout\",\"plannedDate\":\"2022-09-30\"}");
    adoptAndPutInForce(version);

    long round = openRound(version, "Q3/2022");
    long update =
        call(get("/api/v1/reporting-rounds/" + round + "/status-updates"), 200)
            .at("/items/0")
            .get("id")
            .asLong();
    call(
        put("/api/v1/status-updates/" + update)
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content(
                "{\"trafficLight\":\"AT_RISK\",\"explanation\":\"Verzug\",\"progress\":40,"
                    + "\"nextSteps\":\"Schulung FB 2\\nRollout FB 3\","
                    + "\"decisionsNeeded\":\"Mittel für Lizenzen 2023 freigeben\","
                    + "\"milestones\":[{\"milestoneId\":"
                    + pilot
                    + ",\"done\":true,\"actualDate\":\"2022-06-28\"},{\"milestoneId\":"
                    + rollout
                    + ",\"newPlannedDate\":\"2099-03-31\",\"reason\":\"Lieferverzug\"}]}"),
        200);
    call(
        post("/api/v1/status-updates/" + update + "/submit").header(HttpHeaders.IF_MATCH, "\"1\""),
        200);
    // submitted only: the plan does not know it yet
    assertThat(
            call(get("/api/v1/measures/" + m + "/milestones"), 200)
                .at("/items/0")
                .get("done")
                .asBoolean())
        .isFalse();
    // a round is not closed over a submitted update without saying what becomes of it
    JsonNode notClosed =
        call(
            post("/api/v1/reporting-rounds/" + round + "/close")
                .header(HttpHeaders.IF_MATCH, "\"0\""),
            422);
    assertThat(fields(notClosed)).containsExactly("submitted");
    assertThat(notClosed.toString()).contains("S-1 – Pilot");
    call(
        post("/api/v1/reporting-rounds/" + round + "/close?submitted=ACCEPT")
            .header(HttpHeaders.IF_MATCH, "\"0\""),
        200);
    assertThat(call(get("/api/v1/status-updates/" + update), 200).get("state").asString())
        .isEqualTo("ACCEPTED");
    // the report keeps the typed line breaks (ODT: text:line-break) and sums up the decisions
    long strategyId =
        jdbc.queryForObject(
            "select strategy_id from strategy_version where id = ?", Long.class, version);
    long report =
        call(get("/api/v1/strategies/" + strategyId + "/progress-reports"), 200)
            .at("/items/0")
            .get("id")
            .asLong();
    byte[] odt =
        mvc.perform(get("/api/v1/progress-reports/" + report + ".odt").with(authentication(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(odt))) {
      String content = null;
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("content.xml")) {
          content = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
      assertThat(content).contains("Schulung FB 2<text:line-break/>Rollout FB 3");
    }
    String pdfText = pdfText(report);
    assertThat(pdfText)
        .contains("Inhalt")
        .contains("Entscheidungsbedarf S-1 – Pilot: Mittel für Lizenzen 2023 freigeben")
        .contains("Entwurf – noch nicht freigegeben");

    // the plan in force now holds the reported state: API, roadmap, history
    JsonNode milestones = call(get("/api/v1/measures/" + m + "/milestones"), 200).get("items");
    JsonNode reached = milestones.get(0);
    assertThat(reached.get("title").asString()).isEqualTo("Pilot FB 1");
    assertThat(reached.get("done").asBoolean()).isTrue();
    assertThat(reached.get("actualDate").asString()).isEqualTo("2022-06-28");
    assertThat(reached.get("overdue").asBoolean()).isFalse();
    JsonNode moved = milestones.get(1);
    assertThat(moved.get("plannedDate").asString()).as("as adopted").isEqualTo("2022-09-30");
    assertThat(moved.get("forecastDate").asString()).isEqualTo("2099-03-31");
    assertThat(moved.get("moveReason").asString()).isEqualTo("Lieferverzug");
    assertThat(moved.get("overdue").asBoolean()).as("expected on the moved date").isFalse();
    String svg =
        mvc.perform(
                get("/strategy-versions/" + version + "/roadmap.svg").with(authentication(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(svg)
        .contains("Pilot FB 1: 30.06.2022 (erreicht 28.06.2022)")
        .contains("Rollout: 30.09.2022 (verschoben auf 31.03.2099)")
        .doesNotContain(", überfällig)")
        .doesNotContain("(überfällig)");
    String history = call(get("/api/v1/measures/" + m + "/history"), 200).toString();
    assertThat(history).contains("MILESTONE_REPORTED").contains("Sachstand Q3/2022 angenommen");

    // the next round starts from the plan's state; the Fortschreibung copies it
    long next = openRound(version, "Q4/2022");
    JsonNode lines =
        call(get("/api/v1/reporting-rounds/" + next + "/status-updates"), 200)
            .at("/items/0")
            .get("milestones");
    assertThat(lines.get(0).get("done").asBoolean()).isTrue();
    assertThat(lines.get(1).get("newPlannedDate").asString()).isEqualTo("2099-03-31");
    long strategy =
        jdbc.queryForObject(
            "select strategy_id from strategy_version where id = ?", Long.class, version);
    long copy = call(post("/api/v1/strategies/" + strategy + "/versions"), 201).get("id").asLong();
    long copied =
        jdbc.queryForObject(
            "select id from measure where strategy_version_id = ? and code = 'S-1'",
            Long.class,
            copy);
    JsonNode copiedMilestones =
        call(get("/api/v1/measures/" + copied + "/milestones"), 200).get("items");
    assertThat(copiedMilestones.get(0).get("done").asBoolean()).isTrue();
    assertThat(copiedMilestones.get(1).get("forecastDate").asString()).isEqualTo("2099-03-31");
    assertThat(copiedMilestones.get(1).get("moveReason").asString()).isEqualTo("Lieferverzug");
  }

  @Test
  void theExecutionStateChangesOnTheVersionInForceTheContentDoesNot() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    admin = Users.as(muster, Demo.MUSTER_ADMIN, Role.ADMIN, Role.COORDINATION);
    Map<String, Long> goals = new HashMap<>();
    long version = strategyInForce("Umsetzungsstand", List.of("A"), goals);
    long m =
        create(
            "/api/v1/strategy-versions/" + version + "/measures",
            "{\"code\":\"U-1\",\"title\":\"Scanstraße\",\"status\":\"PLANNED\",\"goalIds\":["
                + goals.get("A")
                + "]}");
    long money =
        create(
            "/api/v1/measures/" + m + "/resources",
            "{\"budgetYear\":2025,\"consumptive\":50000,\"budgetStatus\":\"REGISTERED\"}");
    // a draft has no execution state of its own: it is changed directly
    call(
        put("/api/v1/measures/" + m + "/execution")
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content("{\"status\":\"IN_PROGRESS\"}"),
        422);
    adoptAndPutInForce(version);
    String url = "/api/v1/measures/" + m + "/execution";
    JsonNode noEnd =
        call(
            put(url)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content("{\"status\":\"COMPLETED\",\"actualStart\":\"2025-02-01\"}"),
            422);
    assertThat(fields(noEnd)).containsExactly("actualEnd");
    JsonNode noReason =
        call(
            put(url).header(HttpHeaders.IF_MATCH, "\"0\"").content("{\"status\":\"CANCELLED\"}"),
            422);
    assertThat(fields(noReason)).containsExactly("statusReason");
    JsonNode done =
        call(
            put(url)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content(
                    "{\"status\":\"COMPLETED\",\"actualStart\":\"2025-02-01\","
                        + "\"actualEnd\":\"2026-01-31\",\"comment\":\"Abnahme durch FB 1\"}"),
            200);
    assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(done.get("actualEnd").asString()).isEqualTo("2026-01-31");
    assertThat(done.get("title").asString()).as("content unchanged").isEqualTo("Scanstraße");
    // an edit with the old ETag is a conflict, not a silent overwrite
    call(
        put(url).header(HttpHeaders.IF_MATCH, "\"0\"").content("{\"status\":\"IN_PROGRESS\"}"),
        412);
    // the content of the adopted plan is still read-only
    call(
        put("/api/v1/measures/" + m)
            .header(HttpHeaders.IF_MATCH, "\"" + done.get("version").asLong() + "\"")
            .content(
                "{\"code\":\"U-1\",\"title\":\"Neu\",\"status\":\"COMPLETED\","
                    + "\"actualEnd\":\"2026-01-31\",\"goalIds\":["
                    + goals.get("A")
                    + "]}"),
        422);
    // the council approved the money
    JsonNode approved =
        call(
            put("/api/v1/resource-entries/" + money + "/budget-status")
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content(
                    "{\"budgetStatus\":\"APPROVED\",\"approvedAmount\":42000,"
                        + "\"comment\":\"Haushalt 2025 beschlossen\"}"),
            200);
    assertThat(approved.get("budgetStatus").asString()).isEqualTo("APPROVED");
    assertThat(approved.get("approvedAmount").decimalValue()).isEqualByComparingTo("42000");
    // an amount without "bewilligt" is refused, naming the field
    JsonNode notApproved =
        call(
            put("/api/v1/resource-entries/" + money + "/budget-status")
                .header(HttpHeaders.IF_MATCH, "\"" + approved.get("version").asLong() + "\"")
                .content("{\"budgetStatus\":\"REJECTED\",\"approvedAmount\":1}"),
            422);
    assertThat(fields(notApproved)).containsExactly("approvedAmount");
    // one rule for "bewilligt": the resource table and the Lagebild count the approved amount
    JsonNode table =
        call(get("/api/v1/resource-plan?groupBy=goal&strategyVersion=" + version), 200);
    assertThat(table.at("/total/years/2025/moneyByStatus/APPROVED").decimalValue())
        .isEqualByComparingTo("42000");
    String history = call(get("/api/v1/measures/" + m + "/history"), 200).toString();
    assertThat(history)
        .contains("EXECUTION_CHANGED")
        .contains("Abnahme durch FB 1")
        .contains("BUDGET_DECIDED")
        .contains("Haushalt 2025 beschlossen");
    // the measure page of the plan in force offers the execution form; errors in German, typed
    // values kept
    String page =
        mvc.perform(
                post("/measures/" + m + "/execution")
                    .with(authentication(admin))
                    .with(csrf())
                    .param("version", String.valueOf(done.get("version").asLong()))
                    .param("status", "CANCELLED")
                    .param("comment", "Stadtrat hat gestrichen"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Stand der Umsetzung")
        .contains("Bitte begründen")
        .contains("Stadtrat hat gestrichen")
        .contains("Haushaltsbeschluss");
    // an unplanned measure joins the plan in force, marked so; its content stays editable
    call(
        post("/api/v1/strategy-versions/" + version + "/measures")
            .content(
                "{\"code\":\"U-2\",\"title\":\"Nicht so\",\"status\":\"PLANNED\",\"goalIds\":["
                    + goals.get("A")
                    + "]}"),
        422);
    JsonNode extra =
        call(
            post("/api/v1/strategy-versions/" + version + "/unplanned-measures")
                .content(
                    "{\"code\":\"U-2\",\"title\":\"Notfall-Scanner\",\"status\":\"IN_PROGRESS\","
                        + "\"goalIds\":["
                        + goals.get("A")
                        + "]}"),
            201);
    assertThat(extra.get("unplanned").asBoolean()).isTrue();
    long u2 = extra.get("id").asLong();
    create("/api/v1/measures/" + u2 + "/resources", "{\"budgetYear\":2026,\"consumptive\":8000}");
    assertThat(
            mvc.perform(get("/strategy-versions/" + version + "/plan").with(authentication(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("überplanmäßig");
    // a completed measure gets no task in the next round; the round page says why
    long round = openRound(version, "Q1/2026");
    JsonNode tasks =
        call(get("/api/v1/reporting-rounds/" + round + "/status-updates"), 200).get("items");
    assertThat(tasks.findValuesAsString("measureLabel")).containsExactly("U-2 – Notfall-Scanner");
    // a measure with a status update stays: its reports speak of it
    JsonNode kept =
        call(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/v1/measures/" + u2)
                .header(HttpHeaders.IF_MATCH, "\"" + etag("/api/v1/measures/" + u2) + "\""),
            422);
    assertThat(kept.toString()).contains("Sachstand aus Berichtsrunden");
    assertThat(
            mvc.perform(get("/reporting-rounds/" + round).with(authentication(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Ohne Aufgabe in dieser Runde")
        .contains("1 abgeschlossen");
    // this round's report gets an introduction of its own
    call(
        put("/api/v1/reporting-rounds/" + round + "/report-intro")
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content("{\"reportIntro\":\"Bericht an den Hauptausschuss am 12.03.2026.\"}"),
        200);
    // the next report lists the execution changes since the last one; its PDF is PDF/UA
    call(
        post("/api/v1/reporting-rounds/" + round + "/close").header(HttpHeaders.IF_MATCH, "\"1\""),
        200);
    JsonNode dashboard =
        call(get("/api/v1/strategy-versions/" + version + "/dashboard?round=" + round), 200);
    JsonNode year2025 = null;
    for (JsonNode y : dashboard.get("budget")) {
      if (y.get("year").asInt() == 2025) {
        year2025 = y;
      }
    }
    assertThat(year2025.get("approved").decimalValue())
        .as("the Lagebild counts the approved amount, as the table does")
        .isEqualByComparingTo("42000");
    long strategy =
        jdbc.queryForObject(
            "select strategy_id from strategy_version where id = ?", Long.class, version);
    long report =
        call(get("/api/v1/strategies/" + strategy + "/progress-reports"), 200)
            .at("/items/0")
            .get("id")
            .asLong();
    SecurityContextHolder.getContext().setAuthentication(admin);
    try {
      assertThat(
              reports.snapshot(report).summary().changes().stream()
                  .map(c -> c.replace('\u00a0', ' '))
                  .toList())
          .containsExactly(
              "U-1 – Scanstraße: Status geplant → abgeschlossen, tatsächlicher Beginn 01.02.2025,"
                  + " tatsächliches Ende 31.01.2026 (Abnahme durch FB 1)",
              "U-1 – Scanstraße: Haushaltsjahr 2025 angemeldet (Nachmeldeliste) → bewilligt,"
                  + " bewilligt 42.000,00 € statt der geplanten Mittel (Haushalt 2025 beschlossen)");
    } finally {
      SecurityContextHolder.clearContext();
    }
    byte[] pdf =
        mvc.perform(get("/api/v1/progress-reports/" + report + ".pdf").with(authentication(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(de.fahrplan.support.PdfUa.failures(pdf)).isEmpty();
    assertThat(pdfText(report))
        .contains("Bericht an den Hauptausschuss am 12.03.2026.")
        .contains("Status geplant → abgeschlossen")
        .contains("Haushaltsjahr 2025 angemeldet (Nachmeldeliste) → bewilligt")
        .contains("Überplanmäßige Maßnahmen U-2 – Notfall-Scanner")
        .contains("Entwurf – noch nicht freigegeben");
    // approved by a named person: the archive and every file say so, once
    long mayor =
        jdbc.queryForObject(
            "select id from person where email = 'buergermeister@musterstadt.example'", Long.class);
    String approval = "/api/v1/progress-reports/" + report + "/approval";
    JsonNode future =
        call(
            post(approval)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content("{\"personId\":" + mayor + ",\"approvedOn\":\"2099-01-01\"}"),
            422);
    assertThat(fields(future)).containsExactly("approvedOn");
    LocalDate today = LocalDate.now(clock);
    // on the page the approval, which cannot be taken back, needs the tick first
    mvc.perform(
            post("/progress-reports/" + report + "/approval")
                .with(authentication(admin))
                .with(csrf())
                .param("version", "0")
                .param("personId", String.valueOf(mayor))
                .param("approvedOn", today.toString()))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.queryForObject(
                "select approved_by from progress_report where id = ?", String.class, report))
        .isNull();
    // a date the page cannot read (typed where the browser offers no date picker): named, nothing
    // written
    mvc.perform(
            post("/progress-reports/" + report + "/approval")
                .with(authentication(admin))
                .with(csrf())
                .param("version", "0")
                .param("personId", String.valueOf(mayor))
                .param("approvedOn", "31.02.2026")
                .param("confirmed", "true"))
        .andExpect(status().isBadRequest())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "„31.02.2026“: Kein gültiges Datum (TT.MM.JJJJ).")));
    assertThat(
            jdbc.queryForObject(
                "select approved_by from progress_report where id = ?", String.class, report))
        .isNull();
    JsonNode approvedReport =
        call(
            post(approval)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content("{\"personId\":" + mayor + ",\"approvedOn\":\"" + today + "\"}"),
            200);
    assertThat(approvedReport.get("approvedBy").asString()).startsWith("Jan Lindqvist");
    long copy = call(post("/api/v1/strategies/" + strategy + "/versions"), 201).get("id").asLong();
    JsonNode comparison =
        call(get("/api/v1/strategy-versions/" + copy + "/comparison?with=" + version), 200);
    assertThat(comparison.toString()).contains("Überplanmäßig");
    call(
        post(approval)
            .header(HttpHeaders.IF_MATCH, "\"1\"")
            .content("{\"personId\":" + mayor + ",\"approvedOn\":\"" + today + "\"}"),
        422);
    assertThat(pdfText(report))
        .contains(
            "Freigegeben am "
                + de.fahrplan.shared.web.Formats.GERMAN_DATE.format(today)
                + " durch Jan Lindqvist")
        .doesNotContain("noch nicht freigegeben");
  }

  @Test
  void moneyPerGoalFollowsOneRuleInTheTableAndTheReport() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    admin = Users.as(muster, Demo.MUSTER_ADMIN, Role.ADMIN, Role.COORDINATION);
    for (long seed : new long[] {7, 11, 2026}) {
      Random random = new Random(seed);
      Map<String, Long> goals = new HashMap<>();
      List<String> codes = List.of("A", "B", "C");
      long version = strategyInForce("Geld je Ziel " + seed, codes, goals);
      // the oracle: every measure's money at the first goal the user named
      Map<String, Map<Integer, BigDecimal>> expected = new TreeMap<>();
      for (int i = 1; i <= 12; i++) {
        List<String> mine = new ArrayList<>(codes);
        java.util.Collections.shuffle(mine, random);
        mine = mine.subList(0, 1 + random.nextInt(3));
        long measure =
            create(
                "/api/v1/strategy-versions/" + version + "/measures",
                "{\"code\":\"G-"
                    + i
                    + "\",\"title\":\"Maßnahme "
                    + i
                    + "\",\"status\":\"IN_PROGRESS\",\"goalIds\":"
                    + mine.stream().map(goals::get).toList()
                    + "}");
        assertThat(call(get("/api/v1/measures/" + measure), 200).get("goalIds").toString())
            .as("the order the user gave")
            .isEqualTo(mine.stream().map(goals::get).toList().toString().replace(" ", ""));
        for (int year : List.of(2023, 2024)) {
          if (random.nextBoolean()) {
            BigDecimal money = BigDecimal.valueOf(1000L * (1 + random.nextInt(90)));
            create(
                "/api/v1/measures/" + measure + "/resources",
                "{\"budgetYear\":" + year + ",\"consumptive\":" + money + ",\"fte\":0.5}");
            expected
                .computeIfAbsent(mine.get(0) + " – Ziel " + mine.get(0), k -> new TreeMap<>())
                .merge(year, money, BigDecimal::add);
          }
        }
      }
      adoptAndPutInForce(version);
      long round = openRound(version, "Q4/2024");
      call(
          post("/api/v1/reporting-rounds/" + round + "/close")
              .header(HttpHeaders.IF_MATCH, "\"0\""),
          200);

      Map<String, Map<Integer, BigDecimal>> table = new TreeMap<>();
      for (JsonNode row :
          call(get("/api/v1/resource-plan?groupBy=goal&strategyVersion=" + version), 200)
              .get("rows")) {
        for (var cell : row.get("years").properties()) {
          BigDecimal money =
              cell.getValue()
                  .get("consumptive")
                  .decimalValue()
                  .add(cell.getValue().get("investive").decimalValue());
          if (money.signum() != 0) {
            table
                .computeIfAbsent(row.get("label").asString(), k -> new TreeMap<>())
                .put(Integer.parseInt(cell.getKey()), money.stripTrailingZeros());
          }
        }
      }
      long strategy =
          jdbc.queryForObject(
              "select strategy_id from strategy_version where id = ?", Long.class, version);
      long report =
          call(get("/api/v1/strategies/" + strategy + "/progress-reports"), 200)
              .at("/items/0")
              .get("id")
              .asLong();
      SecurityContextHolder.getContext().setAuthentication(admin);
      ReportSnapshot snapshot;
      try {
        snapshot = reports.snapshot(report);
      } finally {
        SecurityContextHolder.clearContext();
      }
      Map<String, Map<Integer, BigDecimal>> reported = new TreeMap<>();
      for (ReportSnapshot.ResourceGoal g : snapshot.resources()) {
        for (ReportSnapshot.ResourceYear y : g.years()) {
          if (y.planned().signum() != 0) {
            reported
                .computeIfAbsent(g.goal(), k -> new TreeMap<>())
                .put(y.year(), y.planned().stripTrailingZeros());
            assertThat(y.fte()).as("FTE beside the money").isNotNull();
          }
        }
      }
      expected.values().forEach(m -> m.replaceAll((k, v) -> v.stripTrailingZeros()));
      assertThat(table).as("seed %d: table", seed).isEqualTo(expected);
      assertThat(reported).as("seed %d: report = table", seed).isEqualTo(table);
      // the Excel file of the table: its second block is the consumptive money, per goal and year
      byte[] xlsx =
          mvc.perform(
                  get("/api/v1/resource-plan.xlsx?groupBy=goal&strategyVersion=" + version)
                      .with(authentication(admin)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      Map<String, Map<Integer, BigDecimal>> excel = new TreeMap<>();
      try (var wb =
          new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
        var sheet = wb.getSheetAt(0);
        Map<Integer, Integer> yearColumns = new HashMap<>();
        int blocks = 0;
        for (var row : sheet) {
          var first = row.getCell(0);
          if (first == null || first.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
            continue;
          }
          String label = first.getStringCellValue();
          if (row.getCell(1) != null
              && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
              && row.getCell(1).getNumericCellValue() == 2021) {
            blocks++;
            for (int c = 1; c < row.getLastCellNum() - 1; c++) {
              yearColumns.put(c, (int) row.getCell(c).getNumericCellValue());
            }
          } else if (blocks == 2 && label.matches("[ABC] – Ziel [ABC]")) {
            for (var e : yearColumns.entrySet()) {
              BigDecimal v = BigDecimal.valueOf(row.getCell(e.getKey()).getNumericCellValue());
              if (v.signum() != 0) {
                excel
                    .computeIfAbsent(label, k -> new TreeMap<>())
                    .put(e.getValue(), v.setScale(2).stripTrailingZeros());
              }
            }
          }
        }
      }
      assertThat(excel).as("seed %d: Excel = table", seed).isEqualTo(table);
    }
  }

  @Test
  void adoptionDatesArePlausibleCorrectableAndTheVersionGoesInForceOnItsDay() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    admin = Users.as(muster, Demo.MUSTER_ADMIN, Role.ADMIN, Role.COORDINATION);
    LocalDate today = LocalDate.of(2026, 12, 2);
    clock.moveTo(today.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    long version = strategyInForce("Inkrafttreten", List.of("A"), new HashMap<>());
    String url = "/api/v1/strategy-versions/" + version + "/adoption";
    JsonNode future =
        call(
            post(url)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content(
                    "{\"adoptedOn\":\"2027-12-02\",\"adoptedById\":"
                        + council()
                        + ",\"inForceFrom\":\"2027-12-01\"}"),
            422);
    assertThat(fields(future)).containsExactlyInAnyOrder("adoptedOn", "inForceFrom");
    assertThat(future.toString())
        .contains("Das Beschlussdatum darf nicht in der Zukunft liegen.")
        .contains("„In Kraft ab“ liegt vor dem Beschlussdatum.");
    // another municipality's committee is unknown here
    long kreistag =
        jdbc.queryForObject(
            "select min(id) from organization where tenant_id = ?",
            Long.class,
            Demo.bodyId(jdbc, "beispielkreis"));
    JsonNode foreign =
        call(
            post(url)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content(
                    "{\"adoptedOn\":\"2026-11-20\",\"adoptedById\":"
                        + kreistag
                        + ",\"inForceFrom\":\"2026-12-03\"}"),
            422);
    assertThat(fields(foreign)).containsExactly("adoptedById");
    call(
        post(url)
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content(
                "{\"adoptedOn\":\"2026-11-20\",\"adoptedById\":"
                    + council()
                    + ",\"paperReference\":\"VO/2026/0001\",\"inForceFrom\":\"2026-12-04\"}"),
        200);
    // the decision can be corrected until the version is in force, with history
    JsonNode corrected =
        call(
            put(url)
                .header(HttpHeaders.IF_MATCH, "\"1\"")
                .content(
                    "{\"adoptedOn\":\"2026-11-19\",\"adoptedById\":"
                        + council()
                        + ",\"paperReference\":\"VO/2026/0002\",\"inForceFrom\":\"2026-12-03\"}"),
            200);
    assertThat(corrected.get("paperReference").asString()).isEqualTo("VO/2026/0002");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where object_type = 'StrategyVersion'"
                    + " and object_id = ? and action = 'ADOPTION_CORRECTED'",
                Integer.class,
                version))
        .isEqualTo(1);
    // not in force before its day, neither by hand nor by the job
    JsonNode early =
        call(
            post("/api/v1/strategy-versions/" + version + "/in-force")
                .header(HttpHeaders.IF_MATCH, "\"2\""),
            422);
    assertThat(early.toString()).contains("03.12.2026");
    // the day as the reader writes it (English answers wrote „03.12.2026“)
    JsonNode earlyInEnglish =
        call(
            post("/api/v1/strategy-versions/" + version + "/in-force")
                .header(HttpHeaders.IF_MATCH, "\"2\"")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"),
            422);
    assertThat(earlyInEnglish.toString()).contains("on 3 Dec 2026").doesNotContain("03.12.2026");
    inForceJob.putDueVersionsInForce();
    assertThat(versionStatus(version)).isEqualTo("ADOPTED");
    // on the day the job puts it in force, and the decision is fixed from then on
    clock.moveTo(today.plusDays(1).atTime(0, 5).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    inForceJob.putDueVersionsInForce();
    assertThat(versionStatus(version)).isEqualTo("IN_FORCE");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where object_type = 'StrategyVersion'"
                    + " and object_id = ? and actor = 'inkraftsetzung'",
                Integer.class,
                version))
        .isEqualTo(1);
    call(
        put(url)
            .header(
                HttpHeaders.IF_MATCH, "\"" + etag("/api/v1/strategy-versions/" + version) + "\"")
            .content(
                "{\"adoptedOn\":\"2026-11-19\",\"adoptedById\":"
                    + council()
                    + ",\"inForceFrom\":\"2026-12-03\"}"),
        422);
  }

  /**
   * A Fortschreibung adopted while the version it revises waits for its day, and in force before
   * that day: the older version never comes into force after it (before, the job put it in force on
   * its day and it superseded the newer one – the plan in force went back a version).
   */
  @Test
  void anOlderAdoptedVersionNeverReplacesTheNewerOneInForce() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    admin = Users.as(muster, Demo.MUSTER_ADMIN, Role.ADMIN, Role.COORDINATION);
    clock.moveTo(
        LocalDate.of(2026, 12, 2).atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    long first = strategyInForce("Zwei Beschlüsse", List.of("A"), new HashMap<>());
    call(
        post("/api/v1/strategy-versions/" + first + "/adoption")
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content(
                "{\"adoptedOn\":\"2026-11-20\",\"adoptedById\":"
                    + council()
                    + ",\"inForceFrom\":\"2027-03-01\"}"),
        200);
    long strategy = call(get("/api/v1/strategy-versions/" + first), 200).get("strategyId").asLong();
    long second = create("/api/v1/strategies/" + strategy + "/versions", "");
    call(
        post("/api/v1/strategy-versions/" + second + "/adoption")
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content(
                "{\"adoptedOn\":\"2026-11-30\",\"adoptedById\":"
                    + council()
                    + ",\"inForceFrom\":\"2026-12-01\"}"),
        200);
    call(
        post("/api/v1/strategy-versions/" + second + "/in-force")
            .header(HttpHeaders.IF_MATCH, "\"1\""),
        200);
    assertThat(versionStatus(first)).isEqualTo("SUPERSEDED");
    // the first version's day comes: the newer one stays in force
    clock.moveTo(
        LocalDate.of(2027, 3, 1).atTime(0, 5).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    inForceJob.putDueVersionsInForce();
    assertThat(versionStatus(second)).isEqualTo("IN_FORCE");
    assertThat(versionStatus(first)).isEqualTo("SUPERSEDED");
    call(
        post("/api/v1/strategy-versions/" + first + "/in-force")
            .header(HttpHeaders.IF_MATCH, "\"" + etag("/api/v1/strategy-versions/" + first) + "\""),
        422);
    assertThat(versionStatus(second)).isEqualTo("IN_FORCE");
    // data written before this rule: the older version still adopted beside the newer in force –
    // neither the job nor a hand puts it in force over the newer one
    jdbc.update("update strategy_version set status = 'ADOPTED' where id = ?", first);
    inForceJob.putDueVersionsInForce();
    assertThat(versionStatus(second)).isEqualTo("IN_FORCE");
    assertThat(versionStatus(first)).isEqualTo("ADOPTED");
    JsonNode refused =
        call(
            post("/api/v1/strategy-versions/" + first + "/in-force")
                .header(
                    HttpHeaders.IF_MATCH, "\"" + etag("/api/v1/strategy-versions/" + first) + "\""),
            422);
    assertThat(refused.toString()).contains("Fassung 2 derselben Strategie ist bereits in Kraft");
    assertThat(versionStatus(second)).isEqualTo("IN_FORCE");
  }

  private String versionStatus(long version) {
    return jdbc.queryForObject(
        "select status from strategy_version where id = ?", String.class, version);
  }

  @Test
  void aRoundGetsADueDateAndAMeasureWithoutOwnerGoesToTheUnitsLead() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    admin = Users.as(muster, Demo.MUSTER_ADMIN, Role.ADMIN, Role.COORDINATION);
    Map<String, Long> goals = new HashMap<>();
    long version = strategyInForce("Fristen", List.of("A"), goals);
    long lead =
        create(
            "/api/v1/persons",
            "{\"givenName\":\"Frida\",\"familyName\":\"Frist\",\"email\":\"frida.frist@musterstadt.example\"}");
    long unit =
        create(
            "/api/v1/org-units",
            "{\"code\":\"9.81\",\"name\":\"Fristenamt\",\"leadPersonId\":" + lead + "}");
    create(
        "/api/v1/strategy-versions/" + version + "/measures",
        "{\"code\":\"F-1\",\"title\":\"Ohne Verantwortliche\",\"status\":\"PLANNED\",\"goalIds\":["
            + goals.get("A")
            + "],\"leadOrgUnitId\":"
            + unit
            + "}");
    create(
        "/api/v1/strategy-versions/" + version + "/measures",
        "{\"code\":\"F-2\",\"title\":\"Ganz ohne\",\"status\":\"PLANNED\",\"goalIds\":["
            + goals.get("A")
            + "]}");
    // a round is only opened on a version in force
    JsonNode draft =
        call(
            post("/api/v1/reporting-rounds")
                .content("{\"strategyVersionId\":" + version + ",\"period\":\"Q3/2026\"}"),
            422);
    assertThat(fields(draft)).containsExactly("strategyVersionId");
    adoptAndPutInForce(version);
    // Q1/2022 was due long ago: every task would be overdue at once
    JsonNode past =
        call(
            post("/api/v1/reporting-rounds")
                .content("{\"strategyVersionId\":" + version + ",\"period\":\"Q1/2022\"}"),
            422);
    assertThat(fields(past)).containsExactly("dueDate");
    assertThat(past.toString()).contains("15.04.2022");
    LocalDate due = LocalDate.now(clock).plusDays(14);
    JsonNode round =
        call(
            post("/api/v1/reporting-rounds")
                .content(
                    "{\"strategyVersionId\":"
                        + version
                        + ",\"period\":\"Q1/2022\",\"dueDate\":\""
                        + due
                        + "\"}"),
            201);
    assertThat(round.get("dueDate").asString()).isEqualTo(due.toString());
    Map<String, JsonNode> byCode = new HashMap<>();
    for (JsonNode u :
        call(get("/api/v1/reporting-rounds/" + round.get("id").asLong() + "/status-updates"), 200)
            .get("items")) {
      byCode.put(u.get("measureLabel").asString().substring(0, 3), u);
    }
    assertThat(byCode.get("F-1").get("assigneePersonId").asLong()).isEqualTo(lead);
    assertThat(byCode.get("F-2").get("assigneePersonId").isNull()).isTrue();
    // both update pages work; the one without anybody names the coordination
    for (JsonNode u : byCode.values()) {
      String page =
          mvc.perform(get("/status-updates/" + u.get("id").asLong()).with(authentication(admin)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      if (u.get("assigneePersonId").isNull()) {
        assertThat(page).contains("die Koordination");
      } else {
        assertThat(page).contains("Frida Frist");
      }
    }
    assertThat(
            mvc.perform(
                    get("/reporting-rounds/" + round.get("id").asLong())
                        .with(authentication(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("ohne verantwortliche Person");

    // an accepted "abgeschlossen" proposes to complete the measure – one click does it
    JsonNode f1 = byCode.get("F-1");
    String url = "/api/v1/status-updates/" + f1.get("id").asLong();
    call(
        put(url)
            .header(HttpHeaders.IF_MATCH, "\"" + f1.get("version").asLong() + "\"")
            .content("{\"trafficLight\":\"COMPLETED\",\"progress\":100}"),
        200);
    long v = call(get(url), 200).get("version").asLong();
    call(post(url + "/submit").header(HttpHeaders.IF_MATCH, "\"" + v + "\""), 200);
    call(post(url + "/accept").header(HttpHeaders.IF_MATCH, "\"" + (v + 1) + "\""), 200);
    String updatePage =
        mvc.perform(get("/status-updates/" + f1.get("id").asLong()).with(authentication(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(updatePage).contains("Maßnahme als abgeschlossen markieren");
    long f1Measure = f1.get("measureId").asLong();
    JsonNode before = call(get("/api/v1/measures/" + f1Measure), 200);
    mvc.perform(
            post("/measures/" + f1Measure + "/execution")
                .with(authentication(admin))
                .with(csrf())
                .param("version", String.valueOf(before.get("version").asLong()))
                .param("status", "COMPLETED")
                .param("actualEnd", LocalDate.now(clock).toString())
                .param("comment", "abgeschlossen laut Sachstand Q1/2022"))
        .andExpect(status().is3xxRedirection());
    assertThat(call(get("/api/v1/measures/" + f1Measure), 200).get("status").asString())
        .isEqualTo("COMPLETED");
    assertThat(
            mvc.perform(get("/status-updates/" + f1.get("id").asLong()).with(authentication(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("Maßnahme als abgeschlossen markieren");
  }
}
