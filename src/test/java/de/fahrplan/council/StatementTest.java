package de.fahrplan.council;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Pages;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statements and sign-off before the release: requests proposed from the plan's participants and
 * the always-asked units, answered by the asked unit's lead from "Meine Aufgaben" and by nobody
 * else, the signatures in their order, and a release refused while anything is missing, naming it.
 */
@FahrplanTest
class StatementTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  final JsonMapper json = JsonMapper.builder().build();

  private JsonNode api(
      MockHttpServletRequestBuilder request, String ifMatch, int status, String body)
      throws Exception {
    request
        .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
        .contentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) {
      request.header(HttpHeaders.IF_MATCH, "\"" + ifMatch + "\"");
    }
    if (body != null) {
      request.content(body);
    }
    String answer =
        mvc.perform(request)
            .andExpect(status().is(status))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return answer.isEmpty() ? null : json.readTree(answer);
  }

  private long id(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  /** "; Senat (N) → HA" from a paper type's usual Beratungsfolge, or nothing. */
  private static String sequence(JsonNode steps) {
    List<String> parts = new ArrayList<>();
    steps.forEach(
        s ->
            parts.add(
                s.get("committee").asText() + (s.get("publicSession").asBoolean() ? "" : " (N)")));
    return parts.isEmpty() ? "" : "; " + String.join(" → ", parts);
  }

  /**
   * A person who is informed about a measure (the unit has no lead) gets the paper themselves: the
   * request goes to their unit, handed straight to them, with the mail, the task and the
   * acknowledgement.
   */
  @Test
  void anInformedPersonGetsThePaperThemselvesAndAcknowledgesIt() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long unit = id("select id from org_unit where tenant_id = ? and code = '4.200'", muster);
    long berger = id("select id from person where email = 'thomas.berger@musterstadt.example'");
    long draft =
        id(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'");
    long measure =
        id(
            "select max(m.id) from measure m where m.strategy_version_id = ? and not exists"
                + " (select 1 from measure_participant p left join person x on x.id = p.person_id"
                + " where p.measure_id = m.id and (p.org_unit_id = ? or x.org_unit_id = ?))",
            draft,
            unit,
            unit);
    api(
        post("/api/v1/measures/" + measure + "/participants"),
        null,
        201,
        "{\"personId\":" + berger + ",\"raci\":\"INFORMED\"}");
    JsonNode paper =
        api(
            post("/api/v1/papers"),
            null,
            201,
            "{\"paperType\":\"Mitteilungsvorlage\",\"date\":\"2033-03-01\",\"subject\":\"Glasfaser\","
                + "\"measureIds\":["
                + measure
                + "]}");
    long paperId = paper.get("id").asLong();
    LocalDate due = LocalDate.now(clock).plusWeeks(1);
    api(post("/api/v1/papers/" + paperId + "/statements/proposed?dueDate=" + due), null, 200, null);
    var request =
        jdbc.queryForMap(
            "select id, informed_only, delegate_person_id from statement"
                + " where paper_id = ? and org_unit_id = ?",
            paperId,
            unit);
    assertThat(request.get("informed_only")).isEqualTo(true);
    assertThat(((Number) request.get("delegate_person_id")).longValue()).isEqualTo(berger);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = ? and subject = ?",
                Integer.class,
                "thomas.berger@musterstadt.example",
                "Fahrplan: Vorlage "
                    + paper.get("reference").asText()
                    + " – Glasfaser zu Ihrer Kenntnis"))
        .isEqualTo(1);
    var bergerUser = Users.as(muster, "thomas.berger@musterstadt.example", Role.READER);
    assertThat(Pages.html(mvc, "/tasks", bergerUser)).contains(paper.get("reference").asText());
    long statement = ((Number) request.get("id")).longValue();
    mvc.perform(
            post("/statements/" + statement + "/answer")
                .with(authentication(bergerUser))
                .with(csrf())
                .param("version", "0")
                .param("answer", "ACKNOWLEDGED"))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.queryForObject(
                "select answered_by from statement where id = ?", String.class, statement))
        .isEqualTo("Thomas Berger");
    // a direct request names a person of the municipality, and only with a unit
    long kreisPerson =
        id("select min(id) from person where tenant_id = ?", Demo.bodyId(jdbc, "beispielkreis"));
    JsonNode foreign =
        api(
            post("/api/v1/papers/" + paperId + "/statements"),
            null,
            422,
            "{\"orgUnitId\":"
                + id("select id from org_unit where tenant_id = ? and code = '1.030'", muster)
                + ",\"dueDate\":\""
                + due
                + "\",\"delegatePersonId\":"
                + kreisPerson
                + "}");
    assertThat(foreign.get("errors").get(0).get("field").asText()).isEqualTo("delegatePersonId");
  }

  /**
   * The Bürgerbüro's lead hands the request on to a colleague, who gets the mail and the task and
   * answers "als Anlage" with the file: a missing or lying file is named at the form and leaves
   * nothing behind; the file taken becomes the paper's Anlage, linked from the answer.
   */
  @Test
  void aRequestHandedOnIsAnsweredByTheDelegateWithItsFileAsAnlage() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long buergerbuero =
        id("select id from org_unit where tenant_id = ? and code = '2.100'", muster);
    long brennerId = id("select id from person where email = 'markus.brenner@musterstadt.example'");
    JsonNode paper =
        api(
            post("/api/v1/papers"),
            null,
            201,
            "{\"paperType\":\"Beschlussvorlage\",\"date\":\"2033-02-01\",\"subject\":\"Chatbot\"}");
    long paperId = paper.get("id").asLong();
    LocalDate due = LocalDate.now(clock).plusWeeks(2);
    long request =
        api(
                post("/api/v1/papers/" + paperId + "/statements"),
                null,
                201,
                "{\"orgUnitId\":" + buergerbuero + ",\"dueDate\":\"" + due + "\"}")
            .get("id")
            .asLong();
    var jensen = Users.as(muster, "fachbereich@musterstadt.example", Role.EDITOR);
    var brenner = Users.as(muster, "markus.brenner@musterstadt.example", Role.READER);

    // only the lead (or the coordination) hands it on
    mvc.perform(
            post("/statements/" + request + "/delegate")
                .with(authentication(brenner))
                .with(csrf())
                .param("version", "0")
                .param("personId", String.valueOf(brennerId)))
        .andExpect(status().isForbidden());
    assertThat(Pages.html(mvc, "/statements/" + request + "/answer", jensen))
        .contains("Übertragen");
    mvc.perform(
            post("/statements/" + request + "/delegate")
                .with(authentication(jensen))
                .with(csrf())
                .param("version", "0")
                .param("personId", String.valueOf(brennerId)))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = ? and subject = ?"
                    + " and body like ?",
                Integer.class,
                "markus.brenner@musterstadt.example",
                "Fahrplan: Stellungnahme zu "
                    + paper.get("reference").asText()
                    + " – Chatbot an Sie übertragen, bis "
                    + due.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "%/statements/" + request + "/answer%"))
        .isEqualTo(1);
    assertThat(Pages.html(mvc, "/tasks", brenner))
        .contains("Stellungnahme zu " + paper.get("reference").asText());
    assertThat(Pages.html(mvc, "/papers/" + paperId, brenner))
        .contains("übertragen an Markus Brenner");
    String answerPage = Pages.html(mvc, "/statements/" + request + "/answer", brenner);
    assertThat(answerPage).contains("enctype=\"multipart/form-data\"").doesNotContain("delegate");

    // "als Anlage" without a file, and with an HTML file that calls itself PDF: the form again
    String noFile =
        mvc.perform(
                multipart("/statements/" + request + "/answer")
                    .with(authentication(brenner))
                    .with(csrf())
                    .param("version", "1")
                    .param("answer", "ATTACHED")
                    .param("text", "Siehe Anlage."))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(noFile)
        .contains("Bitte die Datei mit der Stellungnahme hochladen.", "Siehe Anlage.");
    String lying =
        mvc.perform(
                multipart("/statements/" + request + "/answer")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "stellungnahme.pdf",
                            "application/pdf",
                            "<html><script>alert(1)</script></html>".getBytes()))
                    .with(authentication(brenner))
                    .with(csrf())
                    .param("version", "1")
                    .param("answer", "ATTACHED"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(lying).contains("stellungnahme.pdf").contains("href=\"#fileId\"");
    assertThat(id("select count(*) from paper_file where paper_id = ?", paperId)).isZero();
    assertThat(id("select count(*) from statement where id = ? and answer is not null", request))
        .isZero();

    mvc.perform(
            multipart("/statements/" + request + "/answer")
                .file(
                    new MockMultipartFile(
                        "file",
                        "stellungnahme.txt",
                        "text/plain",
                        "Das Bürgerbüro stimmt zu, wenn der Chatbot barrierefrei ist.".getBytes()))
                .with(authentication(brenner))
                .with(csrf())
                .param("version", "1")
                .param("answer", "ATTACHED"))
        .andExpect(status().is3xxRedirection());
    JsonNode answered = api(get("/api/v1/statements/" + request), null, 200, null);
    assertThat(answered.get("answer").asText()).isEqualTo("ATTACHED");
    assertThat(answered.get("answeredBy").asText()).isEqualTo("Markus Brenner");
    assertThat(answered.get("answerFileTitle").asText())
        .isEqualTo("Stellungnahme 2.100 – Bürgerbüro");
    long fileId = answered.get("answerFileId").asLong();
    assertThat(id("select paper_id from paper_file where id = ?", fileId)).isEqualTo(paperId);
    assertThat(Pages.html(mvc, "/papers/" + paperId, brenner)).contains("/paper-files/" + fileId);
    assertThat(Pages.html(mvc, "/tasks", brenner)).doesNotContain(paper.get("reference").asText());

    // through the API: "als Anlage" names an Anlage of the same paper, or is refused by field
    long other =
        api(
                post("/api/v1/papers/" + paperId + "/statements"),
                null,
                201,
                "{\"orgUnitId\":"
                    + id("select id from org_unit where tenant_id = ? and code = '1.050'", muster)
                    + ",\"dueDate\":\""
                    + due
                    + "\"}")
            .get("id")
            .asLong();
    JsonNode refused =
        api(put("/api/v1/statements/" + other + "/answer"), "0", 422, "{\"answer\":\"ATTACHED\"}");
    assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("fileId");
    api(
        put("/api/v1/statements/" + other + "/answer"),
        "0",
        200,
        "{\"answer\":\"ATTACHED\",\"fileId\":" + fileId + "}");
    long third =
        api(
                post("/api/v1/papers/" + paperId + "/statements"),
                null,
                201,
                "{\"orgUnitId\":"
                    + id("select id from org_unit where tenant_id = ? and code = '1.030'", muster)
                    + ",\"dueDate\":\""
                    + due
                    + "\"}")
            .get("id")
            .asLong();
    String withFile =
        mvc.perform(
                multipart(
                        org.springframework.http.HttpMethod.PUT,
                        "/api/v1/statements/" + third + "/answer")
                    .file(
                        new MockMultipartFile(
                            "file", "recht.txt", "text/plain", "Keine Bedenken.".getBytes()))
                    .param("answer", "ATTACHED")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                    .header(HttpHeaders.IF_MATCH, "\"0\""))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json.readTree(withFile).get("answerFileTitle").asText())
        .isEqualTo("Stellungnahme 1.030 – Bereich Recht");
    assertThat(id("select count(*) from paper_file where paper_id = ?", paperId)).isEqualTo(2);
  }

  @Test
  void aPaperIsReleasedOnlyWhenSignedInOrderAndEveryStatementIsIn() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long draft =
        id(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'");
    long m4 = id("select id from measure where strategy_version_id = ? and code = 'M-4'", draft);
    long buergerbuero =
        id("select id from org_unit where tenant_id = ? and code = '2.100'", muster);
    long frauenbuero = id("select id from org_unit where tenant_id = ? and code = '1.050'", muster);
    long schuett = id("select id from person where email = 'koordination@musterstadt.example'");
    long hoffmann = id("select id from person where email = 'petra.hoffmann@musterstadt.example'");
    // M-4 consults the Bürgerbüro; the Frauenbüro is always asked
    api(
        post("/api/v1/measures/" + m4 + "/participants"),
        null,
        201,
        "{\"orgUnitId\":" + buergerbuero + ",\"raci\":\"CONSULTED\"}");
    JsonNode settings = api(get("/api/v1/council-settings"), null, 200, null);
    List<String> typeLines = new ArrayList<>();
    settings
        .get("types")
        .forEach(
            t ->
                typeLines.add(
                    t.get("name").asText()
                        + "; "
                        + t.get("code").asText()
                        + (t.get("decision").asBoolean() ? "; Beschluss" : "")
                        + sequence(t.get("sequence"))));
    api(
        put("/api/v1/council-settings"),
        settings.get("version").asText(),
        200,
        "{\"numberPattern\":\"VO/{yyyy}/{nnnnn}\",\"paperTypes\":\""
            + String.join("\\n", typeLines)
            + "\",\"alwaysAsked\":\"1.050\"}");
    api(
        put("/api/v1/council-settings"),
        String.valueOf(settings.get("version").asLong() + 1),
        422,
        "{\"numberPattern\":\"VO/{yyyy}/{nnnnn}\",\"paperTypes\":\"Vorlage; V\",\"alwaysAsked\":\"9.999\"}");

    JsonNode paper =
        api(
            post("/api/v1/papers"),
            null,
            201,
            "{\"paperType\":\"Beschlussvorlage\",\"date\":\"2033-01-10\",\"subject\":\"Terminbuchung\","
                + "\"measureIds\":["
                + m4
                + "]}");
    long id = paper.get("id").asLong();
    LocalDate due = LocalDate.now(clock).plusWeeks(3);
    JsonNode asked =
        api(post("/api/v1/papers/" + id + "/statements/proposed?dueDate=" + due), null, 200, null);
    List<String> addressees = new ArrayList<>();
    asked.forEach(s -> addressees.add(s.get("addressee").asText()));
    assertThat(addressees).contains("2.100 – Bürgerbüro", "1.050 – Frauenbüro");
    // the Bürgerbüro's lead has the request in the mail, with the paper and where to answer
    assertThat(
            jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = ? and subject = ?"
                    + " and body like ? and body like '%/statements/%/answer%'",
                Integer.class,
                "fachbereich@musterstadt.example",
                "Fahrplan: Stellungnahme zu "
                    + paper.get("reference").asText()
                    + " – Terminbuchung erbeten bis "
                    + due.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "%/papers/" + id + "%"))
        .isEqualTo(1);
    // asked once only
    assertThat(
            api(
                post("/api/v1/papers/" + id + "/statements/proposed?dueDate=" + due),
                null,
                200,
                null))
        .isEmpty();
    JsonNode signed =
        api(
            put("/api/v1/papers/" + id + "/sign-offs"),
            "0",
            200,
            "{\"personIds\":[" + schuett + "," + hoffmann + "]}");

    JsonNode refused =
        api(post("/api/v1/papers/" + id + "/release"), signed.get("version").asText(), 422, null);
    assertThat(refused.get("errors").get(0).get("message").asText())
        .contains("Abzeichnung durch Linda Schütt", "Abzeichnung durch Dr. Petra Hoffmann")
        .contains("Stellungnahme 2.100 – Bürgerbüro", "Stellungnahme 1.050 – Frauenbüro");

    // the Bürgerbüro's lead sees the task and answers; a reader of another unit may not
    var jensen = Users.as(muster, "fachbereich@musterstadt.example", Role.EDITOR);
    long request =
        id("select id from statement where paper_id = ? and org_unit_id = ?", id, buergerbuero);
    assertThat(Pages.html(mvc, "/tasks", jensen))
        .contains("Stellungnahme zu " + paper.get("reference").asText());
    var other = Users.as(muster, "markus.brenner@musterstadt.example", Role.READER);
    mvc.perform(
            post("/statements/" + request + "/answer")
                .with(authentication(other))
                .with(csrf())
                .param("version", "0")
                .param("answer", "APPROVAL"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/statements/" + request + "/answer")
                .with(authentication(jensen))
                .with(csrf())
                .param("version", "0")
                .param("answer", "CONCERNS"))
        .andExpect(status().isOk()); // concerns without reasons: the form again
    // an answer to a request someone changed meanwhile (e.g. handed on): said, nothing saved
    mvc.perform(
            post("/statements/" + request + "/answer")
                .with(authentication(jensen))
                .with(csrf())
                .param("version", "7")
                .param("answer", "APPROVAL"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("inzwischen von einer anderen Person geändert")));
    assertThat(
            jdbc.queryForObject("select answer from statement where id = ?", String.class, request))
        .isNull();
    mvc.perform(
            post("/statements/" + request + "/answer")
                .with(authentication(jensen))
                .with(csrf())
                .param("version", "0")
                .param("answer", "CONCERNS")
                .param("text", "Termine am Samstag fehlen."))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.queryForObject(
                "select answered_by from statement where id = ?", String.class, request))
        .isEqualTo("Olaf Jensen");
    assertThat(Pages.html(mvc, "/tasks", jensen)).doesNotContain(paper.get("reference").asText());
    long frauen =
        id("select id from statement where paper_id = ? and org_unit_id = ?", id, frauenbuero);
    api(put("/api/v1/statements/" + frauen + "/answer"), "0", 200, "{\"answer\":\"APPROVAL\"}");

    // signatures in order: Dr. Hoffmann cannot sign before Linda Schütt
    var hoffmannUser = Users.as(muster, "petra.hoffmann@musterstadt.example", Role.READER);
    var schuettUser =
        Users.as(muster, "koordination@musterstadt.example", Role.COORDINATION, Role.ADMIN);
    long version = id("select version from paper where id = ?", id);
    mvc.perform(
            post("/papers/" + id + "/sign")
                .with(authentication(hoffmannUser))
                .with(csrf())
                .param("version", String.valueOf(version)))
        .andExpect(status().is3xxRedirection());
    assertThat(
            id(
                "select count(*) from paper_sign_off where paper_id = ? and signed_on is not null",
                id))
        .isZero();
    assertThat(Pages.html(mvc, "/tasks", schuettUser))
        .contains("Abzeichnung von " + paper.get("reference").asText());
    mvc.perform(
            post("/papers/" + id + "/sign")
                .with(authentication(schuettUser))
                .with(csrf())
                .param("version", String.valueOf(version)))
        .andExpect(status().is3xxRedirection());
    version = id("select version from paper where id = ?", id);
    assertThat(Pages.html(mvc, "/papers/" + id, hoffmannUser)).contains("Jetzt abzeichnen");
    mvc.perform(
            post("/papers/" + id + "/sign")
                .with(authentication(hoffmannUser))
                .with(csrf())
                .param("version", String.valueOf(version)))
        .andExpect(status().is3xxRedirection());
    assertThat(
            id(
                "select count(*) from paper_sign_off where paper_id = ? and signed_on is not null",
                id))
        .isEqualTo(2);

    version = id("select version from paper where id = ?", id);
    JsonNode released =
        api(post("/api/v1/papers/" + id + "/release"), String.valueOf(version), 200, null);
    assertThat(released.get("state").asText()).isEqualTo("RELEASED");
    // released: fixed
    api(
        put("/api/v1/papers/" + id),
        released.get("version").asText(),
        422,
        "{\"paperType\":\"Beschlussvorlage\",\"date\":\"2033-01-10\",\"subject\":\"Anders\"}");
    // the paper's document shows the statements and the signatures
    byte[] pdf =
        mvc.perform(
                get("/api/v1/papers/" + id + ".docx")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var d =
            new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(pdf));
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
      assertThat(text.getText())
          .contains("Stellungnahmen", "Bedenken", "Termine am Samstag fehlen.", "Zustimmung")
          .contains("Linda Schütt: abgezeichnet am", "Dr. Petra Hoffmann: abgezeichnet am");
    }
  }
}
