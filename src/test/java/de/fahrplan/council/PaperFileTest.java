package de.fahrplan.council;

import static de.fahrplan.support.Demo.KREIS_TOKEN;
import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded Anlagen: the type is found in the bytes (a file lying about its ending, HTML, an empty
 * or too large file is refused with the field named, and nothing is written), kept with size and
 * SHA-512, served only as a download, numbered after the generated Anlagen and listed in the
 * paper's PDF; a paper fixed by a result takes none.
 */
@FahrplanTest
class PaperFileTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  private JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, String token, int status)
      throws Exception {
    String body =
        mvc.perform(request.header(HttpHeaders.AUTHORIZATION, bearer(token)))
            .andExpect(status().is(status))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return body.isEmpty() ? null : json.readTree(body);
  }

  private JsonNode upload(long paperId, String name, byte[] bytes, String title, int status)
      throws Exception {
    var request =
        multipart("/api/v1/papers/" + paperId + "/files")
            .file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
    if (title != null) {
      request.param("title", title);
    }
    return call(request, MUSTER_TOKEN, status);
  }

  private long draft(String subject) throws Exception {
    return call(
            post("/api/v1/papers")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"paperType\":\"Beschlussvorlage\",\"date\":\"2030-06-01\",\"subject\":\""
                        + subject
                        + "\"}"),
            MUSTER_TOKEN,
            201)
        .get("id")
        .asLong();
  }

  private static byte[] docx() throws Exception {
    try (XWPFDocument d = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      d.createParagraph().createRun().setText("Stellungnahme des Gesamtpersonalrats");
      d.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void anAnlageIsKeptWithItsTypeSizeAndChecksumAndServedAsADownload() throws Exception {
    long paper = draft("Anlagen: Rechenzentrum");
    byte[] pdf =
        mvc.perform(
                get("/api/v1/papers/" + paper + ".pdf")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    JsonNode file =
        upload(paper, "C:\\Users\\ls\\Gutachten.pdf", pdf, "Gutachten zum Rechenzentrum", 201);
    assertThat(file.get("fileName").asText()).isEqualTo("Gutachten.pdf");
    assertThat(file.get("mimeType").asText()).isEqualTo("application/pdf");
    assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
    assertThat(file.get("sha512").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(pdf)));
    JsonNode word = upload(paper, "GPR.docx", docx(), null, 201);
    assertThat(word.get("title").asText()).isEqualTo("GPR");
    assertThat(word.get("mimeType").asText())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    upload(paper, "Liste.csv", "Nr;Name\n1;Test\n".getBytes(StandardCharsets.UTF_8), null, 201);

    // the bytes come back as a download with the type found in them
    byte[] back =
        mvc.perform(
                get("/api/v1/paper-files/" + file.get("id").asLong() + "/content")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andExpect(status().isOk())
            .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
            .andExpect(
                header()
                    .string(
                        HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.startsWith("attachment;")))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(back).isEqualTo(pdf);

    // the paper names them as its Anlagen, in its page and in its document
    byte[] paperPdf =
        mvc.perform(
                get("/api/v1/papers/" + paper + ".pdf")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument d = Loader.loadPDF(paperPdf)) {
      assertThat(new PDFTextStripper().getText(d))
          .contains("Anlage 1: Gutachten zum Rechenzentrum (PDF)", "Anlage 2: GPR (DOCX)")
          .contains("Anlage 3: Liste (CSV)");
    }
    assertThat(call(get("/api/v1/papers/" + paper + "/files"), MUSTER_TOKEN, 200).get("items"))
        .hasSize(3);

    // removed: no longer listed nor served; another municipality never sees it
    call(get("/api/v1/paper-files/" + word.get("id").asLong()), KREIS_TOKEN, 404);
    call(get("/api/v1/paper-files/" + word.get("id").asLong() + "/content"), KREIS_TOKEN, 404);
    call(
        delete("/api/v1/paper-files/" + word.get("id").asLong())
            .header(HttpHeaders.IF_MATCH, "\"" + word.get("version").asLong() + "\""),
        MUSTER_TOKEN,
        204);
    call(get("/api/v1/paper-files/" + word.get("id").asLong() + "/content"), MUSTER_TOKEN, 404);
    assertThat(call(get("/api/v1/papers/" + paper + "/files"), MUSTER_TOKEN, 200).get("items"))
        .hasSize(2);
  }

  @Test
  void aFileThatIsNotWhatItClaimsOrTooLargeIsRefusedAndNothingIsWritten() throws Exception {
    long paper = draft("Anlagen: Prüfung");
    Integer before = jdbc.queryForObject("select count(*) from paper_file", Integer.class);
    byte[] html =
        "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] png =
        HexFormat.of()
            .parseHex(
                "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
    assertThat(field(upload(paper, "Beschluss.pdf", html, null, 422))).isEqualTo("file");
    assertThat(message(upload(paper, "Seite.html", html, null, 422))).contains("Seite.html");
    assertThat(message(upload(paper, "Plan.pdf", png, null, 422)))
        .contains("passt nicht zu ihrer Endung", "image/png");
    assertThat(message(upload(paper, "leer.pdf", new byte[0], null, 422)))
        .contains("Bitte eine Datei");
    assertThat(message(upload(paper, "gross.txt", new byte[1024 * 1024 + 1], null, 422)))
        .contains("größer als 1 MB");
    assertThat(field(upload(paper, "Plan.png", png, "x".repeat(301), 422))).isEqualTo("title");
    assertThat(jdbc.queryForObject("select count(*) from paper_file", Integer.class))
        .isEqualTo(before);
    // a real PNG is taken
    assertThat(upload(paper, "Plan.png", png, null, 201).get("mimeType").asText())
        .isEqualTo("image/png");

    // a decided paper takes no Anlage
    long decided =
        jdbc.queryForObject(
            "select min(id) from paper where tenant_id = ? and state = 'DECIDED'",
            Long.class,
            Demo.bodyId(jdbc, "musterstadt"));
    assertThat(message(upload(decided, "Nachtrag.pdf", png, null, 422))).contains("Ergänzung");
  }

  @Test
  void theNumberOfAKnownPaperInTheTextIsALink() throws Exception {
    long adoption =
        jdbc.queryForObject(
            "select id from paper where reference = 'VO/2023/00001' and tenant_id = ?",
            Long.class,
            Demo.bodyId(jdbc, "musterstadt"));
    long paper =
        call(
                post("/api/v1/papers")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"paperType\":\"Beschlussvorlage\",\"date\":\"2030-06-01\",\"subject\":\"Links\","
                            + "\"facts\":\"Beschlossen mit VO/2023/00001; nicht bekannt: VO/1999/99999.\"}"),
                MUSTER_TOKEN,
                201)
            .get("id")
            .asLong();
    String page =
        mvc.perform(
                get("/papers/" + paper)
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.authentication(
                            de.fahrplan.support.Users.in(
                                Demo.bodyId(jdbc, "musterstadt"),
                                de.fahrplan.shared.security.Role.READER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            "Beschlossen mit <a class=\"kern-link\" href=\"/papers/"
                + adoption
                + "\">VO/2023/00001</a>;")
        .contains("nicht bekannt: VO/1999/99999.");
  }

  private static String field(JsonNode problem) {
    return problem.get("errors").get(0).get("field").asText();
  }

  private static String message(JsonNode problem) {
    return problem.get("errors").get(0).get("message").asText();
  }
}
