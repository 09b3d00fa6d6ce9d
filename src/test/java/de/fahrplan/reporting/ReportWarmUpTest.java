package de.fahrplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.PdfUa;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The start-up warm-up must lay out what real reports lay out – every section – or the first real
 * report is compiled at half speed again; and it must render cleanly, since its failures are only
 * logged.
 */
@FahrplanTest
class ReportWarmUpTest {

  @Autowired MessageSource messages;
  @Autowired SpringTemplateEngine templates;

  @Test
  void theSampleReportCoversEverySectionAndIsATaggedPdf() throws Exception {
    byte[] pdf = new ReportWarmUp(messages, templates).renderSample();

    assertThat(PdfUa.failures(pdf)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).as("a sample of real size").isGreaterThan(40);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Einleitung")
          .contains("Zusammenfassung")
          .contains("Stand je Ziel")
          .contains("Online-Anteil")
          .contains("M-" + ReportWarmUp.SAMPLE_MEASURES + " – Beispielmaßnahme")
          .contains("Entscheidungsbedarf")
          .contains("Personal und Finanzmittel je Ziel und Haushaltsjahr")
          .contains("Überplanmäßige Maßnahmen")
          .contains("Inhalt")
          .contains("Anlage: Überfällige Meilensteine");
    }
  }

  @Test
  void onUnlessSwitchedOff() {
    // beans of their own: the shared template engine is MessageSourceAware, and a context that
    // held it would hand it its own message source, closed after this test (every page after it
    // then failed with "MessageSource not initialized")
    ApplicationContextRunner runner =
        new ApplicationContextRunner()
            .withBean(
                MessageSource.class, org.springframework.context.support.StaticMessageSource::new)
            .withBean(SpringTemplateEngine.class, SpringTemplateEngine::new)
            .withUserConfiguration(ReportWarmUp.class);
    runner.run(started -> assertThat(started).hasSingleBean(ReportWarmUp.class));
    runner
        .withPropertyValues("fahrplan.reports.warm-up=false")
        .run(started -> assertThat(started).doesNotHaveBean(ReportWarmUp.class));
  }
}
