package de.fahrplan.council;

import static de.fahrplan.support.Demo.KREIS_TOKEN;
import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.PdfUa;
import de.fahrplan.support.Users;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Council papers: numbers without gaps or duplicates under concurrency, the Beratungsfolge with its
 * rules, a paper fixed once a committee dealt with it, the same paper as PDF/UA, ODT and DOCX, and
 * the list's filters in page and API.
 */
@FahrplanTest
class PaperTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired Papers papers;
  @Autowired java.time.Clock clock;
  final JsonMapper json = JsonMapper.builder().build();

  /** A request with the municipality's token, built fluently and sent on the first expectation. */
  private final class Request {
    private final MockHttpServletRequestBuilder builder;

    Request(MockHttpServletRequestBuilder builder) {
      this.builder = builder;
    }

    Request header(String name, String value) {
      builder.header(name, value);
      return this;
    }

    Request content(String body) {
      builder.content(body);
      return this;
    }

    ResultActions andExpect(ResultMatcher matcher) throws Exception {
      return mvc.perform(builder).andExpect(matcher);
    }
  }

  private Request api(MockHttpServletRequestBuilder request, String token) {
    return new Request(
        request
            .header(HttpHeaders.AUTHORIZATION, bearer(token))
            .contentType(MediaType.APPLICATION_JSON));
  }

  private JsonNode body(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  private JsonNode body(Request request) throws Exception {
    return body(mvc.perform(request.builder));
  }

  private long committee(long tenant, String shortName) {
    return jdbc.queryForObject(
        "select id from organization where tenant_id = ? and short_name = ?",
        Long.class,
        tenant,
        shortName);
  }

  @Test
  void hundredConcurrentPapersGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    var user = Users.in(muster, Role.COORDINATION);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<String>> work = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      int n = i;
      work.add(
          () -> {
            SecurityContextHolder.getContext().setAuthentication(user);
            try {
              PaperInput in = new PaperInput();
              in.paperType = "Informationsvorlage";
              in.date = LocalDate.of(2031, 2, 1);
              in.subject = "Gleichzeitig " + n;
              return papers.create(in).reference();
            } finally {
              SecurityContextHolder.clearContext();
            }
          });
    }
    List<String> numbers = new ArrayList<>();
    try {
      for (Future<String> f : pool.invokeAll(work)) {
        numbers.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(numbers)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, 100).mapToObj(i -> String.format("VO/2031/%05d", i)).toList());
  }

  @Test
  void aPaperIsNumberedEditedConsultedAndFixedByTheCommitteesResult() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long senat = committee(muster, "Senat");
    long rat = committee(muster, "Bürgerschaft");
    String paper =
        """
        {"paperType":"Beschlussvorlage","date":"2030-03-02","subject":"Open-Data-Portal","publicPaper":true,
         "proposal":"Das Portal wird eingerichtet.","checks":[{"label":"klimarelevant","note":"weniger Papier"}]}""";
    JsonNode created = body(api(post("/api/v1/papers"), MUSTER_TOKEN).content(paper));
    long id = created.get("id").asLong();
    assertThat(created.get("reference").asText()).matches("VO/2030/\\d{5}");
    assertThat(created.get("state").asText()).isEqualTo("DRAFT");
    assertThat(created.get("checks").get(0).get("note").asText()).isEqualTo("weniger Papier");

    // the second deciding committee, a committee of another municipality, a result before the day
    String step =
        "{\"organizationId\":%d,\"role\":\"%s\",\"meetingDate\":\"%s\",\"publicSession\":%s}";
    JsonNode first =
        body(
            api(post("/api/v1/papers/" + id + "/consultations"), MUSTER_TOKEN)
                .content(step.formatted(senat, "PRELIMINARY", "2030-03-10", false))
                .andExpect(status().isCreated()));
    JsonNode decides =
        body(
            api(post("/api/v1/papers/" + id + "/consultations"), MUSTER_TOKEN)
                .content(step.formatted(rat, "DECISION", "2030-03-20", true))
                .andExpect(status().isCreated()));
    api(post("/api/v1/papers/" + id + "/consultations"), MUSTER_TOKEN)
        .content(step.formatted(senat, "DECISION", "2030-03-30", false))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("role"));
    long kreisCommittee = committee(Demo.bodyId(jdbc, "beispielkreis"), "KT");
    api(post("/api/v1/papers/" + id + "/consultations"), MUSTER_TOKEN)
        .content(step.formatted(kreisCommittee, "NOTICE", "2030-03-30", true))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("organizationId"));
    // no result before the release to the committees
    api(put("/api/v1/consultations/" + first.get("id").asLong() + "/result"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + first.get("version").asLong() + "\"")
        .content("{\"result\":\"RECOMMENDED\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString("noch nicht freigegeben")));
    long paperVersion =
        body(api(get("/api/v1/papers/" + id), MUSTER_TOKEN)).get("version").asLong();
    api(post("/api/v1/papers/" + id + "/release"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + paperVersion + "\"")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("RELEASED"));
    api(put("/api/v1/consultations/" + first.get("id").asLong() + "/result"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + first.get("version").asLong() + "\"")
        .content("{\"result\":\"RECOMMENDED\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message").value("Die Sitzung hat noch nicht stattgefunden."));
    // "geändert beschlossen" needs the changed text; a preliminary step cannot adopt
    jdbc.update(
        "update consultation set meeting_date = date '2024-03-10' where id = ?",
        first.get("id").asLong());
    jdbc.update(
        "update consultation set meeting_date = date '2024-03-20' where id = ?",
        decides.get("id").asLong());
    api(put("/api/v1/consultations/" + first.get("id").asLong() + "/result"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + first.get("version").asLong() + "\"")
        .content("{\"result\":\"ADOPTED\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("result"));
    api(put("/api/v1/consultations/" + decides.get("id").asLong() + "/result"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + decides.get("version").asLong() + "\"")
        .content("{\"result\":\"ADOPTED_AMENDED\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("text"));

    // a result of a preliminary step: the paper is in consultation and fixed
    api(put("/api/v1/consultations/" + first.get("id").asLong() + "/result"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + first.get("version").asLong() + "\"")
        .content("{\"result\":\"RECOMMENDED\"}")
        .andExpect(status().isOk());
    assertThat(body(api(get("/api/v1/papers/" + id), MUSTER_TOKEN)).get("state").asText())
        .isEqualTo("IN_CONSULTATION");
    JsonNode current = body(api(get("/api/v1/papers/" + id), MUSTER_TOKEN));
    api(put("/api/v1/papers/" + id), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + current.get("version").asLong() + "\"")
        .content(paper.replace("Open-Data-Portal", "Anderer Betreff"))
        .andExpect(status().isUnprocessableContent());
    api(delete("/api/v1/papers/" + id), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + current.get("version").asLong() + "\"")
        .andExpect(status().isUnprocessableContent());
    assertThat(jdbc.queryForObject("select subject from paper where id = ?", String.class, id))
        .isEqualTo("Open-Data-Portal");

    // the deciding step's result decides it
    api(put("/api/v1/consultations/" + decides.get("id").asLong() + "/result"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + decides.get("version").asLong() + "\"")
        .content("{\"result\":\"ADOPTED_AMENDED\",\"text\":\"Das Portal wird 2031 eingerichtet.\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.resultText").value("Das Portal wird 2031 eingerichtet."));
    assertThat(body(api(get("/api/v1/papers/" + id), MUSTER_TOKEN)).get("state").asText())
        .isEqualTo("DECIDED");
    api(get("/api/v1/papers?state=DECIDED&committee=" + rat + "&q=open-data"), MUSTER_TOKEN)
        .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains((int) id)));
    api(get("/api/v1/papers?state=DRAFT&q=open-data"), MUSTER_TOKEN)
        .andExpect(jsonPath("$.totalElements").value(0));
    // another municipality sees nothing of it
    api(get("/api/v1/papers/" + id), KREIS_TOKEN).andExpect(status().isNotFound());
    api(get("/api/v1/papers?q=open-data"), KREIS_TOKEN)
        .andExpect(jsonPath("$.totalElements").value(0));
  }

  @Test
  void aPaperStartsFromTheUsualBeratungsfolgeOfItsType() throws Exception {
    JsonNode settings = body(api(get("/api/v1/council-settings"), MUSTER_TOKEN));
    assertThat(settings.get("types").get(0).get("sequence"))
        .extracting(s -> s.get("committee").asText())
        .containsExactly("Senat", "HA", "Bürgerschaft");
    long id =
        body(api(post("/api/v1/papers"), MUSTER_TOKEN)
                .content(
                    "{\"paperType\":\"Beschlussvorlage\",\"date\":\"2030-05-02\",\"subject\":\"Usual\"}")
                .andExpect(status().isCreated()))
            .get("id")
            .asLong();
    JsonNode steps =
        body(
            api(post("/api/v1/papers/" + id + "/consultations/from-type"), MUSTER_TOKEN)
                .andExpect(status().isOk()));
    assertThat(steps)
        .extracting(
            c ->
                c.get("organizationName").asText()
                    + " "
                    + c.get("publicSession").asBoolean()
                    + " "
                    + c.get("role").asText()
                    + " "
                    + c.get("meetingDate").isNull())
        .containsExactly(
            "Senat false PRELIMINARY true",
            "Hauptausschuss true PRELIMINARY true",
            "Bürgerschaft der Hansestadt Musterstadt true DECISION true");
    // only for an empty Beratungsfolge, only for a type that has one
    api(post("/api/v1/papers/" + id + "/consultations/from-type"), MUSTER_TOKEN)
        .andExpect(status().isUnprocessableContent());
    long question =
        body(api(post("/api/v1/papers"), MUSTER_TOKEN)
                .content(
                    "{\"paperType\":\"Anfrage\",\"date\":\"2030-05-02\",\"subject\":\"Usual?\"}"))
            .get("id")
            .asLong();
    api(post("/api/v1/papers/" + question + "/consultations/from-type"), MUSTER_TOKEN)
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "Für die Vorlagenart „Anfrage“ ist keine übliche Beratungsfolge eingestellt."));
    // a committee the municipality does not have is named
    api(put("/api/v1/council-settings"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + settings.get("version").asLong() + "\"")
        .content(
            "{\"numberPattern\":\"VO/{yyyy}/{nnnnn}\",\"paperTypes\":\"Vorlage; V; Beschluss; Senat (N) -> Rat\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("paperTypes"))
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("„Rat“")));
  }

  /**
   * The Beschlussvorlage for a decision needed (the Lagebild's list): the decision as Anlass and
   * proposal, the measure's money per year exactly its resource entries, the usual Beratungsfolge;
   * one paper per status update.
   */
  @Test
  void aDecisionNeededBecomesABeschlussvorlageWithTheMeasuresMoney() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    var update =
        jdbc.queryForMap(
            "select u.id, u.measure_id, u.decisions_needed from status_update u"
                + " where u.tenant_id = ? and u.decisions_needed is not null and exists"
                + " (select 1 from resource_entry r where r.measure_id = u.measure_id)"
                + " order by u.id desc fetch first 1 rows only",
            muster);
    long updateId = ((Number) update.get("id")).longValue();
    long measureId = ((Number) update.get("measure_id")).longValue();
    String code =
        jdbc.queryForObject("select code from measure where id = ?", String.class, measureId);
    // the latest year waits on the Nachmeldeliste, so the decision has a year to approve
    var latest =
        jdbc.queryForMap(
            "select id, version from resource_entry where measure_id = ?"
                + " order by budget_year desc fetch first 1 rows only",
            measureId);
    // with cents, which the paper's whole euros round
    jdbc.update(
        "update resource_entry set consumptive = consumptive + 0.40 where id = ?",
        latest.get("id"));
    api(put("/api/v1/resource-entries/" + latest.get("id") + "/budget-status"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + latest.get("version") + "\"")
        .content("{\"budgetStatus\":\"REGISTERED\",\"comment\":\"Nachmeldeliste\"}")
        .andExpect(status().isOk());
    JsonNode paper =
        body(
            api(post("/api/v1/papers/from-status-update/" + updateId), MUSTER_TOKEN)
                .andExpect(status().isCreated()));
    assertThat(paper.get("origin").asText()).isEqualTo("STATUS_UPDATE");
    assertThat(paper.get("paperType").asText()).isEqualTo("Beschlussvorlage");
    assertThat(paper.get("subject").asText()).startsWith("Entscheidung zur Maßnahme " + code);
    assertThat(paper.get("proposal").asText())
        .isEqualTo(((String) update.get("decisions_needed")).strip());
    assertThat(paper.get("measureIds").get(0).asLong()).isEqualTo(measureId);
    // it concerns the measure's goals, linked on its page to the goal in the strategy version
    List<Long> goals =
        jdbc.queryForList(
            "select goal_id from measure_goal where measure_id = ? order by goal_id",
            Long.class,
            measureId);
    List<Long> paperGoals = new ArrayList<>();
    paper.get("goalIds").forEach(g -> paperGoals.add(g.asLong()));
    assertThat(paperGoals).isNotEmpty().containsExactlyInAnyOrderElementsOf(goals);
    String paperPage =
        mvc.perform(
                get("/papers/" + paper.get("id").asLong())
                    .with(authentication(Users.in(muster, Role.READER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(paperPage).contains("#ziel-" + goals.get(0) + "\"");
    // the money per year is the measure's resource entries, each and in sum
    JsonNode table = paper.get("figures").get(0);
    List<java.util.Map<String, Object>> entries =
        jdbc.queryForList(
            "select budget_year, consumptive from resource_entry where measure_id = ?"
                + " order by budget_year",
            measureId);
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (int i = 0; i < entries.size(); i++) {
      assertThat(table.get("head").get(i + 1).asText())
          .isEqualTo(String.valueOf(entries.get(i).get("budget_year")));
      java.math.BigDecimal consumptive = (java.math.BigDecimal) entries.get(i).get("consumptive");
      sum = sum.add(consumptive);
      assertThat(table.get("rows").get(0).get(i + 1).asText())
          .isEqualTo(de.fahrplan.documents.GermanText.wholeEuro(consumptive));
    }
    assertThat(table.get("rows").get(0).get(entries.size() + 1).asText())
        .isEqualTo(de.fahrplan.documents.GermanText.wholeEuro(sum));
    assertThat(table.get("caption").asText())
        .isEqualTo(
            "Finanzielle Auswirkungen der Maßnahme je Haushaltsjahr"
                + " (auf volle Euro gerundet, Rundungsdifferenzen möglich)");
    // the usual Beratungsfolge; one paper per update; an update without decision; another
    // municipality
    assertThat(
            body(api(
                    get("/api/v1/papers/" + paper.get("id").asLong() + "/consultations"),
                    MUSTER_TOKEN))
                .get("items"))
        .hasSize(3);
    api(post("/api/v1/papers/from-status-update/" + updateId), MUSTER_TOKEN)
        .andExpect(status().isUnprocessableContent());
    long without =
        jdbc.queryForObject(
            "select min(id) from status_update where tenant_id = ? and decisions_needed is null",
            Long.class,
            muster);
    api(post("/api/v1/papers/from-status-update/" + without), MUSTER_TOKEN)
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString("keinen Entscheidungsbedarf")));
    api(post("/api/v1/papers/from-status-update/" + updateId), KREIS_TOKEN)
        .andExpect(status().isNotFound());

    // the council adopts it: the years the paper showed, still planned or registered, are approved
    java.util.Map<Integer, String> before = new java.util.HashMap<>();
    jdbc.queryForList(
            "select budget_year, budget_status from resource_entry where measure_id = ?", measureId)
        .forEach(
            r ->
                before.put(
                    ((Number) r.get("budget_year")).intValue(), (String) r.get("budget_status")));
    long id = paper.get("id").asLong();
    JsonNode decides =
        body(api(get("/api/v1/papers/" + id + "/consultations"), MUSTER_TOKEN)).get("items").get(2);
    JsonNode dated =
        body(
            api(put("/api/v1/consultations/" + decides.get("id").asLong()), MUSTER_TOKEN)
                .header(HttpHeaders.IF_MATCH, "\"" + decides.get("version").asLong() + "\"")
                .content(
                    "{\"organizationId\":"
                        + decides.get("organizationId").asLong()
                        + ",\"role\":\"DECISION\",\"publicSession\":true,\"meetingDate\":\""
                        + java.time.LocalDate.now(clock).minusDays(1)
                        + "\"}")
                .andExpect(status().isOk()));
    long paperVersion =
        body(api(get("/api/v1/papers/" + id), MUSTER_TOKEN)).get("version").asLong();
    api(post("/api/v1/papers/" + id + "/release"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + paperVersion + "\"")
        .andExpect(status().isOk());
    api(put("/api/v1/consultations/" + dated.get("id").asLong() + "/result"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + dated.get("version").asLong() + "\"")
        .content("{\"result\":\"ADOPTED\"}")
        .andExpect(status().isOk());
    int changed = 0;
    for (var r :
        jdbc.queryForList(
            "select budget_year, budget_status from resource_entry where measure_id = ?",
            measureId)) {
      String was = before.get(((Number) r.get("budget_year")).intValue());
      boolean open = was.equals("PLANNED") || was.equals("REGISTERED");
      assertThat(r.get("budget_status")).isEqualTo(open ? "APPROVED" : was);
      changed += open ? 1 : 0;
    }
    String history =
        mvc.perform(
                get("/api/v1/measures/" + measureId + "/history")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(changed).as("the demo measure has planned or registered years").isPositive();
    assertThat(history).contains("Vorlage " + paper.get("reference").asText());
  }

  /**
   * The council withdrew the adoption paper and adopts its Ergänzung instead: the Ergänzung's
   * decision adopts the version; a later Ergänzung of the adopted paper leaves it adopted.
   */
  @Test
  void theErgaenzungOfAStrategyPaperAdoptsTheVersion() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long rat = committee(muster, "Bürgerschaft");
    JsonNode version =
        body(
            api(post("/api/v1/strategies"), MUSTER_TOKEN)
                .content("{\"title\":\"Smart-City-Strategie\",\"startYear\":2027,\"endYear\":2030}")
                .andExpect(status().isCreated()));
    long versionId = version.get("id").asLong();
    long id =
        body(api(post("/api/v1/papers/from-strategy-version/" + versionId), MUSTER_TOKEN)
                .andExpect(status().isCreated()))
            .get("id")
            .asLong();
    String yesterday = java.time.LocalDate.now(clock).minusDays(1).toString();
    JsonNode withdrawnStep = datedDecision(id, rat, yesterday);
    release(id);
    api(put("/api/v1/consultations/" + withdrawnStep.get("id").asLong() + "/result"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + withdrawnStep.get("version").asLong() + "\"")
        .content("{\"result\":\"WITHDRAWN\"}")
        .andExpect(status().isOk());
    assertThat(versionStatus(versionId)).isEqualTo("DRAFT");

    long supplement =
        body(api(post("/api/v1/papers/" + id + "/supplements"), MUSTER_TOKEN)
                .andExpect(status().isCreated()))
            .get("id")
            .asLong();
    JsonNode decision = datedDecision(supplement, rat, yesterday);
    release(supplement);
    api(put("/api/v1/consultations/" + decision.get("id").asLong() + "/result"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + decision.get("version").asLong() + "\"")
        .content("{\"result\":\"ADOPTED\"}")
        .andExpect(status().isOk());
    assertThat(versionStatus(versionId)).isEqualTo("ADOPTED");
    assertThat(
            jdbc.queryForObject(
                "select paper_reference from strategy_version where id = ?",
                String.class,
                versionId))
        .isEqualTo(
            body(api(get("/api/v1/papers/" + supplement), MUSTER_TOKEN)).get("reference").asText());

    long correction =
        body(api(post("/api/v1/papers/" + supplement + "/supplements"), MUSTER_TOKEN)
                .andExpect(status().isCreated()))
            .get("id")
            .asLong();
    JsonNode again = datedDecision(correction, rat, yesterday);
    release(correction);
    api(put("/api/v1/consultations/" + again.get("id").asLong() + "/result"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + again.get("version").asLong() + "\"")
        .content("{\"result\":\"ADOPTED\"}")
        .andExpect(status().isOk());
    assertThat(versionStatus(versionId)).isEqualTo("ADOPTED");
  }

  /** The paper's only deciding step (the usual ones removed), in the committee, on that day. */
  private JsonNode datedDecision(long paperId, long committee, String day) throws Exception {
    JsonNode steps;
    while (!(steps =
            body(api(get("/api/v1/papers/" + paperId + "/consultations"), MUSTER_TOKEN))
                .get("items"))
        .isEmpty()) {
      JsonNode c = steps.get(0);
      api(delete("/api/v1/consultations/" + c.get("id").asLong()), MUSTER_TOKEN)
          .header(HttpHeaders.IF_MATCH, "\"" + c.get("version").asLong() + "\"")
          .andExpect(status().isNoContent());
    }
    return body(
        api(post("/api/v1/papers/" + paperId + "/consultations"), MUSTER_TOKEN)
            .content(
                "{\"organizationId\":"
                    + committee
                    + ",\"role\":\"DECISION\",\"meetingDate\":\""
                    + day
                    + "\",\"publicSession\":true}")
            .andExpect(status().isCreated()));
  }

  private void release(long paperId) throws Exception {
    long v = body(api(get("/api/v1/papers/" + paperId), MUSTER_TOKEN)).get("version").asLong();
    api(post("/api/v1/papers/" + paperId + "/release"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + v + "\"")
        .andExpect(status().isOk());
  }

  private String versionStatus(long versionId) {
    return jdbc.queryForObject(
        "select status from strategy_version where id = ?", String.class, versionId);
  }

  /**
   * The list counts every matching paper on every page (also beyond the last), newest first, and
   * the page shows the same papers as the API.
   */
  @Test
  void theListCountsEveryMatchingPaperOnEveryPage() throws Exception {
    List<String> references = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      references.add(
          body(api(post("/api/v1/papers"), MUSTER_TOKEN)
                  .content(
                      "{\"paperType\":\"Anfrage\",\"date\":\"2026-03-0"
                          + i
                          + "\",\"subject\":\"Zählprobe "
                          + i
                          + "\"}")
                  .andExpect(status().isCreated()))
              .get("reference")
              .asText());
    }
    for (int page = 0; page <= 4; page++) {
      JsonNode list = body(api(get("/api/v1/papers?q=hlprobe&size=2&page=" + page), MUSTER_TOKEN));
      assertThat(list.get("totalElements").asLong()).as("page " + page).isEqualTo(3);
      assertThat(list.get("totalPages").asInt()).isEqualTo(2);
      assertThat(list.get("items")).hasSize(page == 0 ? 2 : page == 1 ? 1 : 0);
    }
    assertThat(
            body(api(get("/api/v1/papers?q=hlprobe&size=2"), MUSTER_TOKEN))
                .get("items")
                .get(0)
                .get("subject")
                .asText())
        .as("newest first")
        .isEqualTo("Zählprobe 3");
    assertThat(
            body(api(get("/api/v1/papers?q=keinsolcherbetreff&page=0"), MUSTER_TOKEN))
                .get("totalElements")
                .asLong())
        .isZero();
    String page =
        mvc.perform(
                get("/papers?q=hlprobe")
                    .with(authentication(Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.READER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(references.toArray(String[]::new));
    assertThat(page).doesNotContain("from-progress-report");
  }

  /** A fixed paper is corrected by an Ergänzung: a new draft numbered after it, naming it. */
  @Test
  void aDecidedPaperIsCorrectedByAnErgaenzungNumberedAfterIt() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long rat = committee(muster, "Bürgerschaft");
    JsonNode original =
        body(
            api(post("/api/v1/papers"), MUSTER_TOKEN)
                .content(
                    "{\"paperType\":\"Beschlussvorlage\",\"date\":\"2026-01-02\",\"subject\":\"Funknetz\","
                        + "\"proposal\":\"Das Funknetz wird ausgebaut.\"}")
                .andExpect(status().isCreated()));
    long id = original.get("id").asLong();
    api(post("/api/v1/papers/" + id + "/supplements"), MUSTER_TOKEN)
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString("direkt geändert")));
    JsonNode step =
        body(
            api(post("/api/v1/papers/" + id + "/consultations"), MUSTER_TOKEN)
                .content(
                    "{\"organizationId\":"
                        + rat
                        + ",\"role\":\"DECISION\",\"meetingDate\":\""
                        + java.time.LocalDate.now(clock).minusDays(2)
                        + "\",\"publicSession\":true}")
                .andExpect(status().isCreated()));
    long version = body(api(get("/api/v1/papers/" + id), MUSTER_TOKEN)).get("version").asLong();
    api(post("/api/v1/papers/" + id + "/release"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
        .andExpect(status().isOk());
    api(put("/api/v1/consultations/" + step.get("id").asLong() + "/result"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + step.get("version").asLong() + "\"")
        .content("{\"result\":\"DEFERRED\"}")
        .andExpect(status().isOk());

    JsonNode first =
        body(
            api(post("/api/v1/papers/" + id + "/supplements"), MUSTER_TOKEN)
                .andExpect(status().isCreated()));
    assertThat(first.get("reference").asText())
        .isEqualTo(original.get("reference").asText() + "-1");
    assertThat(first.get("state").asText()).isEqualTo("DRAFT");
    assertThat(first.get("origin").asText()).isEqualTo("SUPPLEMENT");
    assertThat(first.get("originId").asLong()).isEqualTo(id);
    assertThat(first.get("subject").asText()).isEqualTo("Ergänzung: Funknetz");
    assertThat(first.get("proposal").asText()).isEqualTo("Das Funknetz wird ausgebaut.");
    JsonNode steps =
        body(api(
                get("/api/v1/papers/" + first.get("id").asLong() + "/consultations"), MUSTER_TOKEN))
            .get("items");
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).get("organizationId").asLong()).isEqualTo(rat);
    assertThat(steps.get(0).get("meetingDate").isNull()).isTrue();
    JsonNode second =
        body(
            api(post("/api/v1/papers/" + id + "/supplements"), MUSTER_TOKEN)
                .andExpect(status().isCreated()));
    assertThat(second.get("reference").asText())
        .isEqualTo(original.get("reference").asText() + "-2");
    assertThat(body(api(get("/api/v1/papers/" + id + "/supplements"), MUSTER_TOKEN)).get("items"))
        .extracting(p -> p.get("reference").asText())
        .containsExactly(first.get("reference").asText(), second.get("reference").asText());
    String page =
        mvc.perform(
                get("/papers/" + first.get("id").asLong())
                    .with(authentication(Users.in(muster, Role.READER))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("href=\"/papers/" + id + "\"");
    api(post("/api/v1/papers/" + id + "/supplements"), KREIS_TOKEN)
        .andExpect(status().isNotFound());
  }

  @Test
  void aDeletedDraftDisappearsAndItsNumberIsNotGivenAgain() throws Exception {
    String paper =
        "{\"paperType\":\"Anfrage\",\"date\":\"2032-05-05\",\"subject\":\"Wird gelöscht\"}";
    JsonNode first = body(api(post("/api/v1/papers"), MUSTER_TOKEN).content(paper));
    api(delete("/api/v1/papers/" + first.get("id").asLong()), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"0\"")
        .andExpect(status().isNoContent());
    api(get("/api/v1/papers/" + first.get("id").asLong()), MUSTER_TOKEN)
        .andExpect(status().isNotFound());
    JsonNode second = body(api(post("/api/v1/papers"), MUSTER_TOKEN).content(paper));
    assertThat(first.get("reference").asText()).isEqualTo("VO/2032/00001");
    assertThat(second.get("reference").asText()).isEqualTo("VO/2032/00002");
  }

  @Test
  void badInputNamesEveryFieldInGermanAndWritesNothing() throws Exception {
    long before = jdbc.queryForObject("select count(*) from paper", Long.class);
    api(post("/api/v1/papers"), MUSTER_TOKEN)
        .header(HttpHeaders.ACCEPT_LANGUAGE, "de")
        .content(
            "{\"paperType\":\"Denkschrift\",\"subject\":\" \",\"leadUnitId\":999999,"
                + "\"measureIds\":[999999],\"checks\":[{\"label\":\"erfunden\"}]}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    org.hamcrest.Matchers.hasItems(
                        "paperType", "date", "subject", "leadUnitId", "measureIds", "checks")))
        .andExpect(
            jsonPath("$.errors[*].message")
                .value(
                    org.hamcrest.Matchers.hasItem(
                        "Diese Vorlagenart gibt es in Ihrer Kommune nicht.")));
    assertThat(jdbc.queryForObject("select count(*) from paper", Long.class)).isEqualTo(before);
    // a pattern without a counter
    JsonNode settings = body(api(get("/api/v1/council-settings"), MUSTER_TOKEN));
    api(put("/api/v1/council-settings"), MUSTER_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + settings.get("version").asLong() + "\"")
        .content("{\"numberPattern\":\"VO/{yyyy}\",\"paperTypes\":\"Vorlage; V\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("numberPattern"));
  }

  @Test
  void theAdoptionPaperReadsTheSameInPdfOdtAndDocxAndThePdfIsPdfUa() throws Exception {
    long id =
        jdbc.queryForObject(
            "select id from paper where subject = 'Digitale Strategie der Hansestadt Musterstadt 2024–2030'",
            Long.class);
    byte[] pdf =
        api(get("/api/v1/papers/" + id + ".pdf"), MUSTER_TOKEN)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(PdfUa.failures(pdf)).isEmpty();
    String pdfText;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // line breaks in a PDF are layout, not content
      pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    byte[] odt =
        api(get("/api/v1/papers/" + id + ".odt"), MUSTER_TOKEN)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String odtText =
        OdfTextExtractor.newOdfTextExtractor(
                OdfTextDocument.loadDocument(new ByteArrayInputStream(odt)).getContentRoot())
            .getText();
    byte[] docx =
        api(get("/api/v1/papers/" + id + ".docx"), MUSTER_TOKEN)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String docxText;
    try (var d = new XWPFDocument(new ByteArrayInputStream(docx));
        var extractor = new XWPFWordExtractor(d)) {
      docxText = extractor.getText();
    }
    for (String text : List.of(pdfText, odtText, docxText)) {
      assertThat(text)
          .contains("VO/2023/00001", "Beschlussvorlage", "öffentlich", "Federführung")
          .contains("1.201 – Haushalt und Steuerung", "Linda Schütt", "0451 122-1501")
          .contains("Beratungsfolge", "Senat", "Hauptausschuss", "Bürgerschaft", "beschlossen")
          .contains("Beschlussvorschlag", "01.01.2024 in Kraft gesetzt")
          .contains("inklusionsrelevant", "vorgeschrieben durch OZG")
          .doesNotContain("Entwurf");
    }
    // a draft says so
    long draft =
        jdbc.queryForObject(
            "select min(id) from paper where subject like '%Fortschreibung (Fassung 2)' and tenant_id = "
                + Demo.bodyId(jdbc, "musterstadt"),
            Long.class);
    byte[] draftPdf =
        api(get("/api/v1/papers/" + draft + ".pdf"), MUSTER_TOKEN)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(draftPdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Entwurf");
    }
    api(get("/api/v1/papers/" + id + ".pdf"), KREIS_TOKEN).andExpect(status().isNotFound());
  }

  @Test
  void thePaperPagesShowTheListThePaperAndKeepWhatWasTyped() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    var coordinator = Users.in(muster, Role.COORDINATION);
    String list =
        mvc.perform(get("/papers?q=fortschritt").with(authentication(coordinator)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list)
        .contains("Fortschrittsbericht Q2/2026")
        .doesNotContain("Fortschreibung (Fassung 2)");
    long id =
        jdbc.queryForObject(
            "select min(id) from paper where subject like '%Fortschreibung (Fassung 2)' and tenant_id = "
                + Demo.bodyId(jdbc, "musterstadt"),
            Long.class);
    String page =
        mvc.perform(get("/papers/" + id).with(authentication(coordinator)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Beratungsfolge", "Senat", "Bürgerschaft", "Entscheidung")
        .contains("Zahlen der Vorlage", "Anlage 1: Strategiedokument");
    String form =
        mvc.perform(
                post("/papers")
                    .with(authentication(coordinator))
                    .with(csrf())
                    .param("paperType", "Beschlussvorlage")
                    .param("subject", "")
                    .param("facts", "Mein langer Sachverhalt")
                    .param("checkRows[0].label", "klimarelevant")
                    .param("checkRows[0].checked", "true")
                    .param("checkRows[0].note", "CO2-Bilanz"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("Mein langer Sachverhalt", "CO2-Bilanz", "Bitte", "error-summary");
    // the read-only role sees no form
    mvc.perform(get("/papers/new").with(authentication(Users.in(muster, Role.READER))))
        .andExpect(status().isForbidden());
  }

  @Autowired GeneratedPapers generated;
  @Autowired de.fahrplan.strategy.Strategies strategies;
  @Autowired de.fahrplan.plan.StrategyDocuments strategyDocuments;
  @Autowired de.fahrplan.plan.ResourcePlan resourcePlan;

  /**
   * The Beschlussvorlage generated from a draft: its money per goal and year is exactly the
   * strategy document's table, its totals the resource plan's; a later change of the plan is warned
   * and never changes the paper; the deciding committee's "beschlossen" adopts the version.
   */
  @Test
  void theGeneratedStrategyPaperKeepsItsFiguresAndItsDecisionAdoptsTheVersion() throws Exception {
    long kreis = Demo.bodyId(jdbc, "beispielkreis");
    var coordinator = Users.in(kreis, Role.COORDINATION);
    SecurityContextHolder.getContext().setAuthentication(coordinator);
    long draft;
    de.fahrplan.documents.Document.Table documentMoney;
    de.fahrplan.plan.ResourceTable plan;
    try {
      long strategy =
          jdbc.queryForObject(
              "select min(id) from strategy where tenant_id = ?", Long.class, kreis);
      draft = strategies.newVersion(strategy).id();
      documentMoney =
          strategyDocuments.document(draft).blocks().stream()
              .filter(b -> b instanceof de.fahrplan.documents.Document.Table)
              .map(b -> (de.fahrplan.documents.Document.Table) b)
              .filter(t -> t.caption().startsWith("Mittel"))
              .findFirst()
              .orElseThrow();
      plan = resourcePlan.table(draft, de.fahrplan.plan.ResourceTable.GroupBy.GOAL);
    } finally {
      SecurityContextHolder.clearContext();
    }
    JsonNode paper =
        body(
            api(
                    post(
                        "/api/v1/papers/from-strategy-version/"
                            + draft
                            + "?inForceFrom=2027-01-01"),
                    KREIS_TOKEN)
                .andExpect(status().isCreated()));
    long id = paper.get("id").asLong();
    assertThat(paper.get("reference").asText()).matches("\\d{4}/BV/\\d{4}");
    assertThat(paper.get("origin").asText()).isEqualTo("STRATEGY_VERSION");
    assertThat(paper.get("proposal").asText())
        .contains("(Fassung 2) wird beschlossen und zum 01.01.2027 in Kraft gesetzt");
    assertThat(paper.get("facts").asText()).contains("Gegenüber der geltenden Fassung 1");
    JsonNode money = paper.get("figures").get(0);
    // paper and document say they round exactly when an amount has cents
    assertThat(money.get("caption").asText())
        .isEqualTo(
            de.fahrplan.documents.GermanText.wholeEuroCaption(
                "Mittel je Ziel und Haushaltsjahr in Euro", plan.moneyHasCents()));
    assertThat(documentMoney.caption().endsWith("Rundungsdifferenzen möglich)"))
        .isEqualTo(plan.moneyHasCents());
    List<List<String>> rows = new ArrayList<>();
    money.get("rows").forEach(r -> rows.add(r.valueStream().map(JsonNode::asText).toList()));
    assertThat(rows).isEqualTo(documentMoney.rows());
    JsonNode perYear = paper.get("figures").get(2).get("rows");
    int last = perYear.get(0).size() - 1;
    assertThat(perYear.get(0).get(last).asText())
        .isEqualTo(de.fahrplan.documents.GermanText.wholeEuro(plan.total().total().consumptive()));
    assertThat(perYear.get(1).get(last).asText())
        .isEqualTo(de.fahrplan.documents.GermanText.wholeEuro(plan.total().total().investive()));

    // the plan changes: the paper says so and keeps its figures
    long measure =
        jdbc.queryForObject(
            "select min(id) from measure where strategy_version_id = ?", Long.class, draft);
    api(post("/api/v1/measures/" + measure + "/resources"), KREIS_TOKEN)
        .content(
            "{\"budgetYear\":2027,\"fteExisting\":0,\"fteNew\":0,\"fteExternal\":0,"
                + "\"consumptive\":1000,\"investive\":0,\"budgetStatus\":\"PLANNED\"}")
        .andExpect(status().isCreated());
    String page =
        mvc.perform(get("/papers/" + id).with(authentication(coordinator)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Ihre Zahlen weichen vom aktuellen Plan ab");
    JsonNode again = body(api(get("/api/v1/papers/" + id), KREIS_TOKEN));
    assertThat(again.get("figures")).isEqualTo(paper.get("figures"));

    // the Kreistag adopts it: the version is adopted and the mandate to present it fulfilled
    long kt = committee(kreis, "KT");
    long decided =
        jdbc.queryForObject(
            "select id from paper where tenant_id = ? and state = 'DECIDED' and strategy_version_id"
                + " is not null",
            Long.class,
            kreis);
    JsonNode mandate =
        body(
            api(post("/api/v1/papers/" + decided + "/mandates"), KREIS_TOKEN)
                .content(
                    "{\"kind\":\"UPDATE\",\"description\":\"Fortschreibung vorlegen\","
                        + "\"addresseeUnitId\":"
                        + jdbc.queryForObject(
                            "select min(id) from org_unit where tenant_id = ?", Long.class, kreis)
                        + ",\"dueDate\":\"2029-06-30\"}")
                .andExpect(status().isCreated()));
    // the generated paper starts from the Landkreis's usual Beratungsfolge of a Beschlussvorlage
    JsonNode usual =
        body(api(get("/api/v1/papers/" + id + "/consultations"), KREIS_TOKEN)).get("items");
    assertThat(usual)
        .extracting(
            c -> c.get("organizationName").asText() + " " + c.get("publicSession").asBoolean())
        .containsExactly(
            "Ausschuss für Finanzen, Rechnungsprüfung, Personal und innere Angelegenheiten false",
            "Kreisausschuss false",
            "Kreistag true");
    assertThat(usual)
        .extracting(c -> c.get("role").asText())
        .containsExactly("PRELIMINARY", "PRELIMINARY", "DECISION");
    assertThat(usual.get(2).get("organizationId").asLong()).isEqualTo(kt);
    JsonNode step =
        body(
            api(put("/api/v1/consultations/" + usual.get(2).get("id").asLong()), KREIS_TOKEN)
                .header(HttpHeaders.IF_MATCH, "\"" + usual.get(2).get("version").asLong() + "\"")
                .content(
                    "{\"organizationId\":"
                        + kt
                        + ",\"role\":\"DECISION\",\"meetingDate\":\"2026-01-15\",\"publicSession\":true}")
                .andExpect(status().isOk()));
    long released = body(api(get("/api/v1/papers/" + id), KREIS_TOKEN)).get("version").asLong();
    api(post("/api/v1/papers/" + id + "/release"), KREIS_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + released + "\"")
        .andExpect(status().isOk());
    api(put("/api/v1/consultations/" + step.get("id").asLong() + "/result"), KREIS_TOKEN)
        .header(HttpHeaders.IF_MATCH, "\"" + step.get("version").asLong() + "\"")
        .content("{\"result\":\"ADOPTED\"}")
        .andExpect(status().isOk());
    var version =
        jdbc.queryForMap(
            "select status, adopted_on, paper_reference, in_force_from, adopted_by_id"
                + " from strategy_version where id = ?",
            draft);
    assertThat(version.get("status")).isEqualTo("ADOPTED");
    assertThat(version.get("adopted_on").toString()).isEqualTo("2026-01-15");
    assertThat(version.get("in_force_from").toString()).isEqualTo("2027-01-01");
    assertThat(version.get("paper_reference")).isEqualTo(paper.get("reference").asText());
    assertThat(((Number) version.get("adopted_by_id")).longValue()).isEqualTo(kt);
    JsonNode fulfilled =
        body(api(get("/api/v1/mandates/" + mandate.get("id").asLong()), KREIS_TOKEN));
    assertThat(fulfilled.get("state").asText()).isEqualTo("FULFILLED");
    assertThat(fulfilled.get("fulfilledOn").asText()).isEqualTo("2026-01-15");
    assertThat(fulfilled.get("fulfilments").get(0).get("paperId").asLong()).isEqualTo(id);
    // a second paper for the adopted version is refused
    api(post("/api/v1/papers/from-strategy-version/" + draft), KREIS_TOKEN)
        .andExpect(status().isUnprocessableContent());
  }

  @Autowired de.fahrplan.reporting.ProgressReports progressReports;

  /**
   * The report papers of the demo's closed rounds: their figures are the frozen report's (not the
   * live plan's), each names the previous one and went to the same committee, and a report gets one
   * paper only.
   */
  @Test
  void aReportPaperTakesEveryFigureFromTheFrozenReport() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    List<java.util.Map<String, Object>> rows =
        jdbc.queryForList(
            "select id, origin_id, reference from paper where tenant_id = ?"
                + " and origin = 'PROGRESS_REPORT' order by id",
            muster);
    assertThat(rows).hasSize(4);
    long newest = ((Number) rows.get(3).get("id")).longValue();
    long report = ((Number) rows.get(3).get("origin_id")).longValue();
    JsonNode paper = body(api(get("/api/v1/papers/" + newest), MUSTER_TOKEN));
    assertThat(paper.get("occasion").asText())
        .contains("Zuletzt berichtet mit Vorlage " + rows.get(2).get("reference"));
    assertThat(paper.get("state").asText()).isEqualTo("DECIDED");

    de.fahrplan.reporting.ReportSnapshot snapshot;
    SecurityContextHolder.getContext().setAuthentication(Users.in(muster, Role.READER));
    try {
      snapshot = progressReports.snapshot(report);
    } finally {
      SecurityContextHolder.clearContext();
    }
    JsonNode lights = paper.get("figures").get(0).get("rows");
    for (var light : de.fahrplan.reporting.TrafficLight.values()) {
      assertThat(lights.get(light.ordinal()).get(1).asText())
          .isEqualTo(String.valueOf(snapshot.summary().count(light)));
    }
    assertThat(lights.get(5).get(1).asText())
        .isEqualTo(String.valueOf(snapshot.summary().measures()));
    assertThat(paper.get("facts").asText())
        .startsWith("Der Bericht umfasst " + snapshot.summary().measures() + " Maßnahmen");
    List<String> decisions = new ArrayList<>();
    paper.get("figures").get(1).get("rows").forEach(r -> decisions.add(r.get(0).asText()));
    assertThat(decisions)
        .containsExactlyElementsOf(
            snapshot.measures().stream()
                .filter(m -> m.decisionsNeeded() != null && !m.decisionsNeeded().isBlank())
                .map(m -> m.code() + " – " + m.title())
                .toList());
    JsonNode steps =
        body(api(get("/api/v1/papers/" + newest + "/consultations"), MUSTER_TOKEN)).get("items");
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).get("organizationName").asText())
        .isEqualTo("Haupt- und Digitalisierungsausschuss");
    assertThat(steps.get(0).get("result").asText()).isEqualTo("NOTED");

    String page =
        mvc.perform(get("/papers/" + newest).with(authentication(Users.in(muster, Role.READER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("/progress-reports/" + report + ".pdf");
    api(post("/api/v1/papers/from-progress-report/" + report), MUSTER_TOKEN)
        .andExpect(status().isUnprocessableContent());
  }
}
