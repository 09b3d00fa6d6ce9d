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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.PdfUa;
import de.fahrplan.support.Users;
import java.io.ByteArrayInputStream;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meetings and agendas: a paper on the agenda is its consultation in that meeting (one date for
 * both, moved together), the rules of the agenda, results that fix the meeting, and the agenda as
 * PDF/UA, ODT and DOCX with a public edition that leaves out the non-public part.
 */
@FahrplanTest
class MeetingTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  private JsonNode call(MockHttpServletRequestBuilder request, int status) throws Exception {
    return call(request, MUSTER_TOKEN, status);
  }

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

  private static MockHttpServletRequestBuilder ifMatch(
      MockHttpServletRequestBuilder request, JsonNode current) {
    return request.header(HttpHeaders.IF_MATCH, "\"" + current.get("version").asLong() + "\"");
  }

  private long committee(String tenant, String shortName) {
    return jdbc.queryForObject(
        "select id from organization where tenant_id = ? and short_name = ?",
        Long.class,
        Demo.bodyId(jdbc, tenant),
        shortName);
  }

  /** One of the demo's places (Orte). */
  private long place(String tenant, String description) {
    return jdbc.queryForObject(
        "select id from location where tenant_id = ? and description = ?",
        Long.class,
        Demo.bodyId(jdbc, tenant),
        description);
  }

  /** A Musterstadt paper with one step by {@code committee} on {@code date}. */
  private JsonNode paperWithStep(String subject, boolean publicPaper, long committee, String date)
      throws Exception {
    JsonNode paper =
        call(
            post("/api/v1/papers")
                .content(
                    """
                    {"paperType":"Beschlussvorlage","date":"2024-04-02","subject":"%s","publicPaper":%s}"""
                        .formatted(subject, publicPaper)),
            201);
    call(
        post("/api/v1/papers/" + paper.get("id").asLong() + "/consultations")
            .content(
                "{\"organizationId\":%d,\"role\":\"DECISION\",\"meetingDate\":\"%s\",\"publicSession\":true}"
                    .formatted(committee, date)),
        201);
    return paper;
  }

  private JsonNode step(JsonNode paper) throws Exception {
    return call(get("/api/v1/papers/" + paper.get("id").asLong() + "/consultations"), 200)
        .at("/items/0");
  }

  private JsonNode meeting(long committee, String date) throws Exception {
    return call(
        post("/api/v1/meetings")
            .content(
                """
                {"organizationId":%d,"meetingDate":"%s","startTime":"17:00","endTime":"19:30",
                 "locationId":%d}"""
                    .formatted(committee, date, place("musterstadt", "Rathaus, Raum 1.21"))),
        201);
  }

  private JsonNode addItem(JsonNode meeting, String body, int status) throws Exception {
    return call(
        post("/api/v1/meetings/" + meeting.get("id").asLong() + "/agenda-items").content(body),
        status);
  }

  @Test
  void aPaperOnTheAgendaIsItsConsultationAndMovesWithTheMeeting() throws Exception {
    long ha = committee("musterstadt", "HA");
    JsonNode paper = paperWithStep("Agenda: Glasfaser an Schulen", true, ha, "2031-05-01");
    JsonNode meeting = meeting(ha, "2031-05-06");
    assertThat(meeting.get("startTime").asText()).isEqualTo("17:00:00");

    JsonNode item =
        addItem(
            meeting,
            "{\"paperId\":%d,\"publicItem\":true}".formatted(paper.get("id").asLong()),
            201);
    assertThat(item.get("number").asText()).isEqualTo("Ö 1");
    assertThat(item.get("title").asText()).isEqualTo("Agenda: Glasfaser an Schulen");
    assertThat(item.get("paperReference").asText()).isEqualTo(paper.get("reference").asText());
    JsonNode step = step(paper);
    assertThat(step.get("meetingId").asLong()).isEqualTo(meeting.get("id").asLong());
    assertThat(step.get("meetingDate").asText()).isEqualTo("2031-05-06");
    assertThat(item.get("consultationId").asLong()).isEqualTo(step.get("id").asLong());

    // the step's date and committee now come from the meeting
    call(
        ifMatch(put("/api/v1/consultations/" + step.get("id").asLong()), step)
            .content(
                "{\"organizationId\":%d,\"role\":\"DECISION\",\"meetingDate\":\"2031-05-09\",\"publicSession\":true}"
                    .formatted(ha)),
        422);
    call(ifMatch(delete("/api/v1/consultations/" + step.get("id").asLong()), step), 422);
    // the meeting moves, the step with it
    JsonNode moved =
        call(
            ifMatch(put("/api/v1/meetings/" + meeting.get("id").asLong()), meeting)
                .content(
                    "{\"organizationId\":%d,\"meetingDate\":\"2031-05-08\",\"startTime\":\"18:00\"}"
                        .formatted(ha)),
            200);
    assertThat(step(paper).get("meetingDate").asText()).isEqualTo("2031-05-08");
    // but not to another committee while its papers are on the agenda
    JsonNode refused =
        call(
            ifMatch(put("/api/v1/meetings/" + meeting.get("id").asLong()), moved)
                .content(
                    "{\"organizationId\":%d,\"meetingDate\":\"2031-05-08\"}"
                        .formatted(committee("musterstadt", "Senat"))),
            422);
    assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("organizationId");

    // the same paper twice, a non-public paper in the public part, a paper this committee does
    // not deal with, an item without paper and title, another municipality's paper
    assertThat(
            addItem(
                    meeting,
                    "{\"paperId\":%d,\"publicItem\":true}".formatted(paper.get("id").asLong()),
                    422)
                .get("errors")
                .get(0)
                .get("message")
                .asText())
        .contains("schon auf dieser Tagesordnung");
    JsonNode secret = paperWithStep("Agenda: Grundstück Am Hafen", false, ha, "2031-05-01");
    JsonNode publicSecret =
        addItem(
            meeting,
            "{\"paperId\":%d,\"publicItem\":true}".formatted(secret.get("id").asLong()),
            422);
    assertThat(publicSecret.get("errors").get(0).get("field").asText()).isEqualTo("publicItem");
    JsonNode nonPublic =
        addItem(
            meeting,
            "{\"paperId\":%d,\"publicItem\":false}".formatted(secret.get("id").asLong()),
            201);
    assertThat(nonPublic.get("number").asText()).isEqualTo("N 1");
    JsonNode elsewhere =
        paperWithStep(
            "Agenda: nur im Senat", true, committee("musterstadt", "Senat"), "2031-05-01");
    assertThat(
            addItem(meeting, "{\"paperId\":%d}".formatted(elsewhere.get("id").asLong()), 422)
                .get("errors")
                .get(0)
                .get("message")
                .asText())
        .contains("Hauptausschuss");
    assertThat(
            addItem(meeting, "{\"title\":\" \"}", 422).get("errors").get(0).get("field").asText())
        .isEqualTo("title");
    long kreisPaper =
        jdbc.queryForObject(
            "select min(id) from paper where tenant_id = ?",
            Long.class,
            Demo.bodyId(jdbc, "beispielkreis"));
    assertThat(
            addItem(meeting, "{\"paperId\":%d}".formatted(kreisPaper), 422)
                .get("errors")
                .get(0)
                .get("field")
                .asText())
        .isEqualTo("paperId");
    // nothing of it was written
    assertThat(
            call(get("/api/v1/meetings/" + meeting.get("id").asLong() + "/agenda-items"), 200)
                .get("items"))
        .hasSize(2);

    // off the agenda: the step keeps its date, and is free for another meeting
    JsonNode current = call(get("/api/v1/agenda-items/" + item.get("id").asLong()), 200);
    call(ifMatch(delete("/api/v1/agenda-items/" + item.get("id").asLong()), current), 204);
    JsonNode free = step(paper);
    assertThat(free.get("meetingId").isNull()).isTrue();
    assertThat(free.get("meetingDate").asText()).isEqualTo("2031-05-08");
    JsonNode rest =
        call(get("/api/v1/meetings/" + meeting.get("id").asLong() + "/agenda-items"), 200)
            .get("items");
    assertThat(rest).hasSize(1);
    assertThat(rest.get(0).get("position").asInt()).isEqualTo(1);

    // another municipality sees none of it
    call(get("/api/v1/meetings/" + meeting.get("id").asLong()), KREIS_TOKEN, 404);
    call(get("/api/v1/agenda-items/" + nonPublic.get("id").asLong()), KREIS_TOKEN, 404);
    JsonNode kreisList = call(get("/api/v1/meetings?size=200"), KREIS_TOKEN, 200);
    kreisList
        .get("items")
        .forEach(m -> assertThat(m.get("id").asLong()).isNotEqualTo(meeting.get("id").asLong()));
  }

  @Test
  void aResultFixesTheMeetingsDateAndItsItem() throws Exception {
    long ha = committee("musterstadt", "HA");
    JsonNode paper = paperWithStep("Agenda: Telefonanlage", true, ha, "2024-05-01");
    JsonNode meeting = meeting(ha, "2024-05-06");
    JsonNode item = addItem(meeting, "{\"paperId\":%d}".formatted(paper.get("id").asLong()), 201);
    JsonNode current = call(get("/api/v1/papers/" + paper.get("id").asLong()), 200);
    call(ifMatch(post("/api/v1/papers/" + paper.get("id").asLong() + "/release"), current), 200);
    JsonNode step = step(paper);
    call(
        ifMatch(put("/api/v1/consultations/" + step.get("id").asLong() + "/result"), step)
            .content("{\"result\":\"ADOPTED\"}"),
        200);
    JsonNode agenda =
        call(get("/api/v1/meetings/" + meeting.get("id").asLong() + "/agenda-items"), 200)
            .get("items");
    assertThat(agenda.get(0).get("result").asText()).isEqualTo("ADOPTED");

    JsonNode refused =
        call(
            ifMatch(put("/api/v1/meetings/" + meeting.get("id").asLong()), meeting)
                .content("{\"organizationId\":%d,\"meetingDate\":\"2024-05-07\"}".formatted(ha)),
            422);
    assertThat(refused.get("errors").get(0).get("message").asText())
        .contains("Beratungsergebnisse");
    call(ifMatch(delete("/api/v1/meetings/" + meeting.get("id").asLong()), meeting), 422);
    JsonNode itemNow = call(get("/api/v1/agenda-items/" + item.get("id").asLong()), 200);
    call(ifMatch(delete("/api/v1/agenda-items/" + item.get("id").asLong()), itemNow), 422);
    // the place may still be corrected
    assertThat(meeting.get("location").asText()).isEqualTo("Rathaus, Raum 1.21");
    JsonNode moved =
        call(
            ifMatch(put("/api/v1/meetings/" + meeting.get("id").asLong()), meeting)
                .content(
                    "{\"organizationId\":%d,\"meetingDate\":\"2024-05-06\",\"locationId\":%d}"
                        .formatted(ha, place("musterstadt", "Rathaus, Senatssaal"))),
            200);
    assertThat(moved.get("location").asText()).isEqualTo("Rathaus, Senatssaal");
    assertThat(
            call(get("/api/v1/meetings/" + meeting.get("id").asLong() + "/history"), 200)
                .toString())
        .contains("\"field\":\"locationId\"");
  }

  @Test
  void badMeetingInputNamesEveryFieldAndWritesNothing() throws Exception {
    Integer before = jdbc.queryForObject("select count(*) from meeting", Integer.class);
    JsonNode errors =
        call(
            post("/api/v1/meetings")
                .content(
                    ("{\"organizationId\":%d,\"startTime\":\"18:00\",\"endTime\":\"17:00\","
                            + "\"locationId\":%d}")
                        .formatted(
                            committee("beispielkreis", "KT"),
                            place("beispielkreis", "Kreishaus, Großer Sitzungssaal"))),
            422);
    // Beispielkreis's committee and place are unknown to Musterstadt
    assertThat(errors.get("errors"))
        .extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("meetingDate", "endTime", "organizationId", "locationId");
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void theAgendaIsPdfUaInThreeFormatsAndThePublicEditionLeavesOutTheNonPublicPart()
      throws Exception {
    JsonNode meeting = meeting(committee("musterstadt", "HA"), "2031-06-10");
    addItem(meeting, "{\"title\":\"Einwohnerfragestunde\",\"publicItem\":true}", 201);
    addItem(meeting, "{\"title\":\"Vergabe Rechenzentrumsleistungen\",\"publicItem\":false}", 201);
    String base = "/api/v1/meetings/" + meeting.get("id").asLong() + "/agenda";
    byte[] pdf = bytes(base + ".pdf");
    assertThat(PdfUa.failures(pdf)).isEmpty();
    assertThat(text(pdf))
        .contains("Tagesordnung", "Hauptausschuss", "Dienstag, 10.06.2031", "17:00 Uhr")
        .contains("Öffentlicher Teil", "Ö 1", "Einwohnerfragestunde")
        .contains("Nicht öffentlicher Teil", "N 1", "Vergabe Rechenzentrumsleistungen");
    byte[] publicPdf = bytes(base + ".pdf?public=true");
    assertThat(PdfUa.failures(publicPdf)).isEmpty();
    assertThat(text(publicPdf))
        .contains("Öffentliche Tagesordnung", "Einwohnerfragestunde")
        .doesNotContain("Rechenzentrum", "Nicht öffentlicher Teil");
    String odt =
        OdfTextExtractor.newOdfTextExtractor(
                OdfTextDocument.loadDocument(new ByteArrayInputStream(bytes(base + ".odt")))
                    .getContentRoot())
            .getText();
    String docx;
    try (var d = new XWPFDocument(new ByteArrayInputStream(bytes(base + ".docx")));
        var extractor = new XWPFWordExtractor(d)) {
      docx = extractor.getText();
    }
    for (String text : java.util.List.of(odt, docx)) {
      assertThat(text).contains("Einwohnerfragestunde", "Vergabe Rechenzentrumsleistungen");
    }
    call(get(base + ".pdf"), KREIS_TOKEN, 404);
  }

  private byte[] bytes(String url) throws Exception {
    return mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theDemoMeetingsShowTheirAgendasAndTheFormKeepsWhatWasTyped() throws Exception {
    long kreis = Demo.bodyId(jdbc, "beispielkreis");
    var coordinator = Users.in(kreis, Role.COORDINATION);
    String list =
        mvc.perform(get("/meetings?past=true").with(authentication(coordinator)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains("27.03.2025", "Kreistag", "Kreishaus, Großer Sitzungssaal");
    long kt =
        jdbc.queryForObject(
            "select id from meeting where tenant_id = ? and meeting_date = date '2026-12-17'",
            Long.class,
            kreis);
    String page =
        mvc.perform(get("/meetings/" + kt).with(authentication(coordinator)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Tagesordnung", "Ö 3", "Beitritt zum Zweckverband Digitale Verwaltung")
        .contains("Feststellung der Beschlussfähigkeit");
    String form =
        mvc.perform(
                post("/meetings/" + kt + "/agenda-items")
                    .with(authentication(coordinator))
                    .with(csrf())
                    .param("number", "Ö 9")
                    .param("title", "")
                    .param("publicItem", "true"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("error-summary", "value=\"Ö 9\"");
    mvc.perform(get("/meetings/new").with(authentication(Users.in(kreis, Role.READER))))
        .andExpect(status().isForbidden());
    // the committee's page leads to its meetings, papers and mandates
    long ktId =
        jdbc.queryForObject(
            "select id from organization where tenant_id = ? and short_name = 'KT'",
            Long.class,
            kreis);
    assertThat(
            mvc.perform(get("/organizations/" + ktId).with(authentication(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(
            "href=\"/meetings?committee=" + ktId + "\"",
            "href=\"/papers?committee=" + ktId + "\"",
            "href=\"/mandates?committee=" + ktId + "\"");
  }
}
