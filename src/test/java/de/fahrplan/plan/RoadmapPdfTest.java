package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.PdfUa;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** The roadmap as PDF: tagged for PDF/UA (structure, language, title, embedded fonts), readable. */
@FahrplanTest
class RoadmapPdfTest {

  @Autowired MockMvc mvc;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private long inForce() {
    return jdbc.queryForObject(
        "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'IN_FORCE'",
        Long.class);
  }

  @Test
  void roadmapPdfIsTaggedGermanTitledAndCarriesEveryMeasureAsText() throws Exception {
    byte[] pdf =
        mvc.perform(
                get("/api/v1/roadmap.pdf?groupBy=fieldOfAction&strategyVersion=" + inForce())
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andExpect(status().isOk())
            .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
            .andExpect(
                header()
                    .string(
                        HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.containsString("roadmap-2024-2030.pdf")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var catalog = doc.getDocumentCatalog();
      assertThat(catalog.getLanguage()).isEqualTo("de");
      assertThat(catalog.getMarkInfo()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(doc.getDocumentInformation().getTitle()).startsWith("Roadmap Digitale Strategie");
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      assertThat(PdfUa.failures(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("HF 1")
          .contains("M-1")
          .contains("Einführung eines Dokumentenmanagementsystems")
          .contains("geplant 01.01.2024 – 31.12.2026")
          .contains("Ausschreibung DMS veröffentlicht 30.06.2024 (erreicht 15.07.2024)")
          .contains("M-14");
    }
  }

  @Test
  void theVeraPdfCheckRefusesAnUntaggedPdf() throws Exception {
    try (PDDocument plain = new PDDocument()) {
      plain.addPage(new PDPage());
      var out = new java.io.ByteArrayOutputStream();
      plain.save(out);
      assertThat(PdfUa.failures(out.toByteArray()))
          .as("an untagged PDF without title or language")
          .isNotEmpty();
    }
  }

  @Test
  void anUnknownGroupingIsRefused() throws Exception {
    mvc.perform(
            get("/api/v1/roadmap.pdf?groupBy=quer")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isUnprocessableContent());
  }
}
