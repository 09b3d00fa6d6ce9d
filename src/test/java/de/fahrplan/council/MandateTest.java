package de.fahrplan.council;

import static de.fahrplan.support.Demo.KREIS_TOKEN;
import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mandates (Beschlusscontrolling): the demo's mandates in every state, the list's state filter
 * equal to the state each mandate shows, reporting mandates fulfilled by noted report papers, the
 * rules of recording and fulfilling by hand.
 */
@FahrplanTest
class MandateTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  final JsonMapper json = JsonMapper.builder().build();

  private JsonNode call(MockHttpServletRequestBuilder request, String token, int status)
      throws Exception {
    String body =
        mvc.perform(
                request
                    .header(HttpHeaders.AUTHORIZATION, bearer(token))
                    .contentType(MediaType.APPLICATION_JSON))
            .andExpect(status().is(status))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return body.isEmpty() ? null : json.readTree(body);
  }

  private List<JsonNode> items(JsonNode page) {
    List<JsonNode> list = new ArrayList<>();
    page.get("items").forEach(list::add);
    return list;
  }

  @Test
  void theListsStateFilterSelectsExactlyTheMandatesShowingThatState() throws Exception {
    List<JsonNode> all = items(call(get("/api/v1/mandates?size=200"), MUSTER_TOKEN, 200));
    assertThat(all).extracting(m -> m.get("state").asText()).contains("OVERDUE", "FULFILLED");
    for (MandateState state : MandateState.values()) {
      List<Long> filtered =
          items(call(get("/api/v1/mandates?size=200&state=" + state), MUSTER_TOKEN, 200)).stream()
              .map(m -> m.get("id").asLong())
              .toList();
      assertThat(filtered)
          .as(state.name())
          .containsExactlyInAnyOrderElementsOf(
              all.stream()
                  .filter(m -> m.get("state").asText().equals(state.name()))
                  .map(m -> m.get("id").asLong())
                  .toList());
    }
    // the school committee's view: M-12's mandate, overdue
    long school =
        jdbc.queryForObject("select id from organization where short_name = 'SchulA'", Long.class);
    List<JsonNode> ofSchool =
        items(call(get("/api/v1/mandates?committee=" + school), MUSTER_TOKEN, 200));
    assertThat(ofSchool).hasSize(1);
    assertThat(ofSchool.get(0).get("measure").asText()).startsWith("M-12");
    assertThat(ofSchool.get(0).get("state").asText()).isEqualTo("OVERDUE");
    String page =
        mvc.perform(
                get("/mandates/" + ofSchool.get(0).get("id").asLong())
                    .with(
                        authentication(
                            Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("überfällig", "Als erfüllt erfassen", "Schulausschuss");
    // the other municipality sees only its own
    assertThat(items(call(get("/api/v1/mandates?size=200"), KREIS_TOKEN, 200)))
        .extracting(m -> m.get("id").asLong())
        .doesNotContainAnyElementsOf(all.stream().map(m -> m.get("id").asLong()).toList());
  }

  /**
   * The measure page, the version page and the Lagebild show the council's papers and mandates with
   * the same state as the mandate list (one rule: {@code MandateState.of}).
   */
  @Test
  void measureVersionAndLagebildShowTheDecisionsAndTheSameOverdueMandates() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    var reader = authentication(Users.in(muster, Role.READER));
    List<JsonNode> overdue =
        items(call(get("/api/v1/mandates?state=OVERDUE&size=200"), MUSTER_TOKEN, 200));
    assertThat(overdue).isNotEmpty();
    JsonNode m12 =
        overdue.stream()
            .filter(m -> m.get("measure").asText().startsWith("M-12"))
            .findFirst()
            .orElseThrow();
    String measurePage =
        mvc.perform(get("/measures/" + m12.get("measureId").asLong()).with(reader))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(measurePage)
        .contains("Beschlüsse und Aufträge", m12.get("description").asText(), "überfällig");
    long version =
        jdbc.queryForObject(
            "select strategy_version_id from paper where reference = 'VO/2023/00001'"
                + " and tenant_id = ?",
            Long.class,
            muster);
    String versionPage =
        mvc.perform(get("/strategy-versions/" + version).with(reader))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(versionPage).contains("Beschlüsse und Aufträge", "VO/2023/00001", "erledigt");
    String dashboard =
        mvc.perform(get("/strategy-versions/" + version + "/dashboard").with(reader))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    int start = dashboard.indexOf("Überfällige Aufträge");
    String section = dashboard.substring(start, dashboard.indexOf("</section>", start));
    for (JsonNode m : overdue) {
      assertThat(section).contains("/mandates/" + m.get("id").asLong());
    }
    assertThat(section.split("href=\"/mandates/", -1)).hasSize(overdue.size() + 1);
  }

  @Test
  void everyNotedReportPaperFulfilsTheReportingMandateAndMovesItsDeadline() throws Exception {
    JsonNode report =
        items(call(get("/api/v1/mandates?size=200"), MUSTER_TOKEN, 200)).stream()
            .filter(m -> m.get("kind").asText().equals("REPORT"))
            .findFirst()
            .orElseThrow();
    List<String> reportPapers =
        jdbc.queryForList(
            "select reference from paper where origin = 'PROGRESS_REPORT' and tenant_id = ?"
                + " order by id",
            String.class,
            Demo.bodyId(jdbc, "musterstadt"));
    List<String> fulfilledBy = new ArrayList<>();
    report.get("fulfilments").forEach(f -> fulfilledBy.add(f.get("paperReference").asText()));
    assertThat(fulfilledBy).containsExactlyElementsOf(reportPapers);
    // first due 31.12.2025, one quarter on per noted report
    LocalDate due = LocalDate.parse(report.get("dueDate").asText());
    LocalDate expected = LocalDate.of(2025, 12, 31).plusMonths(3L * reportPapers.size());
    assertThat(due).isEqualTo(expected.withDayOfMonth(expected.lengthOfMonth()));
    assertThat(report.get("state").asText())
        .isEqualTo(MandateState.of(MandateState.IN_PROGRESS, due, LocalDate.now(clock)).name());
  }

  /**
   * A reporting mandate sets how often the strategy its paper concerns reports: the demo's
   * Kreisausschuss asked for half-yearly reports; a new strategy's decided paper asks yearly, then
   * quarterly.
   */
  @Test
  void aReportingMandateSetsTheStrategysReportingSchedule() throws Exception {
    long kreisStrategy =
        jdbc.queryForObject(
            "select min(id) from strategy where tenant_id = ?",
            Long.class,
            Demo.bodyId(jdbc, "beispielkreis"));
    assertThat(
            call(
                    get("/api/v1/strategies/" + kreisStrategy + "/reporting-schedule"),
                    KREIS_TOKEN,
                    200)
                .get("cadence")
                .asText())
        .isEqualTo("HALF_YEARLY");

    long muster = Demo.bodyId(jdbc, "musterstadt");
    JsonNode version =
        call(
            post("/api/v1/strategies")
                .content("{\"title\":\"Open-Data-Strategie\",\"startYear\":2027,\"endYear\":2029}"),
            MUSTER_TOKEN,
            201);
    long strategy = version.get("strategyId").asLong();
    JsonNode paper =
        call(
            post("/api/v1/papers")
                .content(
                    "{\"paperType\":\"Beschlussvorlage\",\"date\":\"2026-01-02\","
                        + "\"subject\":\"Open Data\",\"strategyVersionId\":"
                        + version.get("id").asLong()
                        + "}"),
            MUSTER_TOKEN,
            201);
    long id = paper.get("id").asLong();
    long hda =
        jdbc.queryForObject(
            "select id from organization where short_name = 'HDA' and tenant_id = ?",
            Long.class,
            muster);
    JsonNode step =
        call(
            post("/api/v1/papers/" + id + "/consultations")
                .content(
                    "{\"organizationId\":"
                        + hda
                        + ",\"role\":\"DECISION\",\"meetingDate\":\""
                        + LocalDate.now(clock).minusDays(1)
                        + "\",\"publicSession\":true}"),
            MUSTER_TOKEN,
            201);
    long paperVersion =
        call(get("/api/v1/papers/" + id), MUSTER_TOKEN, 200).get("version").asLong();
    call(
        post("/api/v1/papers/" + id + "/release")
            .header(HttpHeaders.IF_MATCH, "\"" + paperVersion + "\""),
        MUSTER_TOKEN,
        200);
    call(
        put("/api/v1/consultations/" + step.get("id").asLong() + "/result")
            .header(HttpHeaders.IF_MATCH, "\"" + step.get("version").asLong() + "\"")
            .content("{\"result\":\"ADOPTED\"}"),
        MUSTER_TOKEN,
        200);
    String mandate =
        "{\"kind\":\"REPORT\",\"description\":\"Jährlich berichten\",\"addresseeUnitId\":"
            + Demo.anyId(jdbc, "org_unit", "musterstadt")
            + ",\"committeeId\":"
            + hda
            + ",\"dueDate\":\"2027-12-31\",\"cadence\":\"YEARLY\"}";
    JsonNode given =
        call(post("/api/v1/papers/" + id + "/mandates").content(mandate), MUSTER_TOKEN, 201);
    String schedule = "/api/v1/strategies/" + strategy + "/reporting-schedule";
    assertThat(call(get(schedule), MUSTER_TOKEN, 200).get("cadence").asText()).isEqualTo("YEARLY");
    call(
        put("/api/v1/mandates/" + given.get("id").asLong())
            .header(HttpHeaders.IF_MATCH, "\"" + given.get("version").asLong() + "\"")
            .content(mandate.replace("YEARLY", "QUARTERLY")),
        MUSTER_TOKEN,
        200);
    assertThat(call(get(schedule), MUSTER_TOKEN, 200).get("cadence").asText())
        .isEqualTo("QUARTERLY");
  }

  @Test
  void mandatesComeWithADecisionNameWhatIsMissingAndAreFulfilledOnce() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long adoption =
        jdbc.queryForObject(
            "select id from paper where reference = 'VO/2023/00001' and tenant_id = ?",
            Long.class,
            muster);
    long draft =
        jdbc.queryForObject(
            "select min(id) from paper where tenant_id = ? and state = 'DRAFT'",
            Long.class,
            muster);
    long unit = Demo.anyId(jdbc, "org_unit", "musterstadt");
    String examine =
        "{\"kind\":\"EXAMINE\",\"description\":\"Open Data prüfen\",\"addresseeUnitId\":"
            + unit
            + ",\"dueDate\":\"2030-01-31\"}";
    call(post("/api/v1/papers/" + draft + "/mandates").content(examine), MUSTER_TOKEN, 422);
    JsonNode missing =
        call(
            post("/api/v1/papers/" + adoption + "/mandates")
                .content("{\"kind\":\"REPORT\",\"description\":\"Berichten\"}"),
            MUSTER_TOKEN,
            422);
    List<String> fields = new ArrayList<>();
    missing.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("addresseeUnitId", "dueDate", "committeeId", "cadence");
    long kreisCommittee =
        jdbc.queryForObject("select id from organization where short_name = 'KT'", Long.class);
    call(
        post("/api/v1/papers/" + adoption + "/mandates")
            .content(examine.replace("}", ",\"committeeId\":" + kreisCommittee + "}")),
        MUSTER_TOKEN,
        422);

    JsonNode created =
        call(post("/api/v1/papers/" + adoption + "/mandates").content(examine), MUSTER_TOKEN, 201);
    assertThat(created.get("state").asText()).isEqualTo("OPEN");
    String tomorrow = LocalDate.now(clock).plusDays(1).toString();
    call(
        put("/api/v1/mandates/" + created.get("id").asLong() + "/fulfilment")
            .header(HttpHeaders.IF_MATCH, "\"" + created.get("version").asLong() + "\"")
            .content("{\"fulfilledOn\":\"" + tomorrow + "\"}"),
        MUSTER_TOKEN,
        422);
    JsonNode done =
        call(
            put("/api/v1/mandates/" + created.get("id").asLong() + "/fulfilment")
                .header(HttpHeaders.IF_MATCH, "\"" + created.get("version").asLong() + "\"")
                .content("{\"fulfilledOn\":\"2026-01-15\",\"note\":\"Bericht im HDA\"}"),
            MUSTER_TOKEN,
            200);
    assertThat(done.get("state").asText()).isEqualTo("FULFILLED");
    call(
        put("/api/v1/mandates/" + created.get("id").asLong() + "/fulfilment")
            .header(HttpHeaders.IF_MATCH, "\"" + done.get("version").asLong() + "\"")
            .content("{\"fulfilledOn\":\"2026-01-16\"}"),
        MUSTER_TOKEN,
        422);
    call(get("/api/v1/mandates/" + created.get("id").asLong()), KREIS_TOKEN, 404);

    var reader = Users.in(muster, Role.READER);
    String page =
        mvc.perform(get("/mandates?state=OVERDUE").with(authentication(reader)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("M-12").contains("überfällig").doesNotContain("Open Data prüfen");
    mvc.perform(get("/papers/" + adoption).with(authentication(reader)))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("Aufträge aus diesem Beschluss")));
    mvc.perform(get("/papers/" + adoption + "/mandates/new").with(authentication(reader)))
        .andExpect(status().isForbidden());
    call(get("/api/v1/mandates?state=FULFILLED"), MUSTER_TOKEN, 200);
    mvc.perform(
            get("/api/v1/mandates?state=KAPUTT")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400));
  }
}
