package de.fahrplan.plan;

import static de.fahrplan.support.Demo.KREIS_TOKEN;
import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.TenantContext;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The strategy document: the same content as PDF/UA, ODT and DOCX, "Entwurf" on every page of a
 * draft and nowhere on the version in force, money from the resource table's rule, and only for the
 * version's own municipality.
 */
@FahrplanTest
class StrategyDocumentTest {

  private static final String DRAFT = "Entwurf – Diskussionsgrundlage";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired ResourcePlan resourcePlan;

  private long version(String status) {
    return jdbc.queryForObject(
        "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = ?",
        Long.class,
        status);
  }

  private byte[] download(String url, String type) throws Exception {
    return mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(type))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private static String entry(byte[] zip, String name) throws Exception {
    try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " missing");
  }

  private static void sameContent(String text) {
    assertThat(text)
        .contains("Zielbild", "Handlungsfelder", "Ziele und Indikatoren", "Maßnahmen")
        .contains("Meilensteine", "Personal und Finanzmittel", "Zeitplan", "Zeitraum")
        .contains("M-1", "Einführung eines Dokumentenmanagementsystems")
        // a period's dash stays with its first date where the column breaks
        .contains("01.01.2024\u00a0– 31.12.2026")
        .doesNotContain("${", "<p>", "</p>");
  }

  @Test
  void aDraftSaysEntwurfOnEveryPageOfAnAccessiblePdf() throws Exception {
    byte[] pdf =
        download(
            "/api/v1/strategy-versions/" + version("DRAFT") + "/document.pdf", "application/pdf");
    assertThat(PdfUa.failures(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(doc)).as("page " + page).contains(DRAFT);
      }
      stripper.setStartPage(1);
      stripper.setEndPage(doc.getNumberOfPages());
      sameContent(stripper.getText(doc).replaceAll("\\s+", " "));
      assertThat(doc.getDocumentInformation().getTitle()).contains("Fassung");
    }
  }

  @Test
  void theVersionInForceAsOdtAndDocxWithTheResourceTablesSums() throws Exception {
    long inForce = version("IN_FORCE");
    long muster = Demo.bodyId(jdbc, "musterstadt");
    ResourceTable.Row sums =
        TenantContext.callAsJob(
                muster, "Test", () -> resourcePlan.table(inForce, ResourceTable.GroupBy.GOAL))
            .total();
    var german = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.GERMANY);
    String total = new java.text.DecimalFormat("#,##0", german).format(sums.total().money());
    // the staff table's sum row as the resource page writes it: two decimals („4,00 6,50 …“)
    var twoDecimals = new java.text.DecimalFormat("#,##0.00", german);
    String staff =
        "Summe "
            + sums.years().values().stream()
                .map(c -> twoDecimals.format(c.fte()))
                .collect(java.util.stream.Collectors.joining(" "))
            + " "
            + twoDecimals.format(sums.total().fte());
    byte[] odt =
        download(
            "/api/v1/strategy-versions/" + inForce + "/document.odt",
            "application/vnd.oasis.opendocument.text");
    try (OdfTextDocument doc = OdfTextDocument.loadDocument(new ByteArrayInputStream(odt))) {
      String text =
          OdfTextExtractor.newOdfTextExtractor(doc.getContentRoot())
              .getText()
              .replaceAll("\\s+", " ");
      sameContent(text);
      assertThat(text).contains(total, staff).doesNotContain(DRAFT);
      assertThat(doc.getOfficeMetadata().getLanguage()).isEqualTo("de-DE");
    }
    assertThat(entry(odt, "styles.xml")).doesNotContain(DRAFT);
    byte[] docx =
        download(
            "/api/v1/strategy-versions/" + inForce + "/document.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText().replaceAll("\\s+", " ");
      sameContent(text);
      assertThat(text).contains(total, staff).doesNotContain(DRAFT);
      assertThat(doc.getHeaderList()).isEmpty();
      // the time plan's bars, with their text alternative in the picture's description
      assertThat(doc.getAllPictures()).hasSize(1);
      assertThat(text).contains("Abbildung: Zeitplan der Maßnahmen");
    }
  }

  @Test
  void theDraftsOdtAndDocxCarryEntwurfInTheirPageHeader() throws Exception {
    long draft = version("DRAFT");
    byte[] odt =
        download(
            "/api/v1/strategy-versions/" + draft + "/document.odt",
            "application/vnd.oasis.opendocument.text");
    // one header on each master page (every page style), saying it
    String styles = entry(odt, "styles.xml");
    int masters = styles.split("<style:master-page ", -1).length - 1;
    assertThat(masters).isPositive();
    assertThat(styles.split("<style:header><text:p>" + DRAFT + "</text:p></style:header>", -1))
        .hasSize(masters + 1);
    byte[] docx =
        download(
            "/api/v1/strategy-versions/" + draft + "/document.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getHeaderList()).extracting(h -> h.getText().strip()).containsExactly(DRAFT);
    }
  }

  @Test
  void onlyTheOwnMunicipalityAndFromTheVersionPage() throws Exception {
    long draft = version("DRAFT");
    mvc.perform(
            get("/api/v1/strategy-versions/" + draft + "/document.pdf")
                .header(HttpHeaders.AUTHORIZATION, bearer(KREIS_TOKEN)))
        .andExpect(status().isNotFound());
    var reader = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.READER);
    mvc.perform(get("/strategy-versions/" + draft).with(authentication(reader)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "/strategy-versions/" + draft + "/document.docx")));
    mvc.perform(get("/strategy-versions/" + draft + "/document.odt").with(authentication(reader)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/vnd.oasis.opendocument.text"));
  }
}
