package de.fahrplan.reporting;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.PdfUa;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's progress reports: one per closed round in the archive, rendered from the frozen
 * snapshot as PDF/UA (veraPDF, text by PDFBox), ODT (odfdom) and DOCX (POI) with the same content.
 */
@FahrplanTest
class ProgressReportTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  private byte[] download(String url, String contentType) throws Exception {
    return mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string(HttpHeaders.CONTENT_TYPE, contentType))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private long report(String period) throws Exception {
    long strategy =
        jdbc.queryForObject(
            "select id from strategy where title = 'Digitale Strategie der Hansestadt Musterstadt'",
            Long.class);
    JsonNode archive =
        json.readTree(
                download(
                    "/api/v1/strategies/" + strategy + "/progress-reports", "application/json"))
            .get("items");
    List<String> periods = new ArrayList<>();
    long id = -1;
    for (JsonNode r : archive) {
      periods.add(r.get("period").asString());
      if (r.get("period").asString().equals(period)) {
        id = r.get("id").asLong();
      }
    }
    assertThat(periods).containsExactly("Q2/2026", "Q1/2026", "Q4/2025", "Q3/2025");
    return id;
  }

  /** What every format must say about the demo's Q2/2026 round. */
  private static void content(String text) {
    assertThat(text)
        .contains("Fortschrittsbericht Q2/2026")
        .contains("Hansestadt Musterstadt")
        .contains("Berichtszeitraum 01.04.2026 bis 30.06.2026")
        .contains("Zusammenfassung")
        .contains("Veränderungen seit dem Bericht Q1/2026")
        .contains("im Plan → kritisch")
        .contains("Stand je Ziel")
        .contains("M-12")
        .contains("Zustimmung des Schulausschusses zur Vergabe an den zweitplatzierten Bieter.")
        .contains("Schnittstelle des Landes zum Servicekonto noch nicht freigegeben.")
        .contains("Finanzmittel je Ziel und Haushaltsjahr")
        .contains("Anlage: Überfällige Meilensteine");
  }

  @Test
  void theDemoArchiveRendersAsPdfUa() throws Exception {
    long id = report("Q2/2026");
    byte[] pdf = download("/api/v1/progress-reports/" + id + ".pdf", "application/pdf");
    assertThat(PdfUa.failures(pdf)).isEmpty();
    // rendered once, then served as kept: the snapshot never changes
    assertThat(
            jdbc.queryForObject(
                "select count(*) from progress_report_file where report_id = ? and format = 'PDF'",
                Integer.class,
                id))
        .isEqualTo(1);
    assertThat(download("/api/v1/progress-reports/" + id + ".pdf", "application/pdf"))
        .isEqualTo(pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de");
      assertThat(doc.getDocumentInformation().getTitle())
          .startsWith("Fortschrittsbericht Q2/2026 – ");
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertThat(bookmarks)
          .contains(
              "Zusammenfassung", "Stand je Ziel", "Maßnahmen", "Anlage: Überfällige Meilensteine");
      content(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "));
    }
  }

  @Test
  void theSameReportAsOdtAndDocxForEditing() throws Exception {
    long id = report("Q2/2026");
    byte[] odt =
        download(
            "/api/v1/progress-reports/" + id + ".odt", "application/vnd.oasis.opendocument.text");
    try (OdfTextDocument doc = OdfTextDocument.loadDocument(new ByteArrayInputStream(odt))) {
      String text =
          OdfTextExtractor.newOdfTextExtractor(doc.getContentRoot())
              .getText()
              .replaceAll("\\s+", " ");
      content(text);
      assertThat(doc.getOfficeMetadata().getLanguage()).isEqualTo("de-DE");
    }
    byte[] docx =
        download(
            "/api/v1/progress-reports/" + id + ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      content(extractor.getText().replaceAll("\\s+", " "));
      assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getStyle))
          .contains("Title", "Heading1", "Heading2");
      // the chart carries its text alternative
      assertThat(doc.getAllPictures()).isNotEmpty();
      assertThat(extractor.getText()).doesNotContain("${");
    }
  }
}
