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

/**
 * The start-up warm-up must lay out what real reports lay out – every section – or the first real
 * report is compiled at half speed again; and it must render cleanly, since its failures are only
 * logged.
 */
@FahrplanTest
class ReportWarmUpTest {

  @Autowired MessageSource messages;

  @Test
  void theSampleReportCoversEverySectionAndIsATaggedPdf() throws Exception {
    byte[] pdf = new ReportWarmUp(messages).renderSample();

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
    // a message source of its own: the shared one belongs to the test application
    ApplicationContextRunner runner =
        new ApplicationContextRunner()
            .withBean(
                MessageSource.class, org.springframework.context.support.StaticMessageSource::new)
            .withUserConfiguration(ReportWarmUp.class);
    runner.run(started -> assertThat(started).hasSingleBean(ReportWarmUp.class));
    runner
        .withPropertyValues("fahrplan.reports.warm-up=false")
        .run(started -> assertThat(started).doesNotHaveBean(ReportWarmUp.class));
  }
}
