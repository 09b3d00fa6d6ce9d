package de.fahrplan.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.shared.pdf.TaggedPdfWriter.Box;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Cell;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Column;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Label;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Row;
import de.fahrplan.support.PdfUa;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Tagged tables written straight with PDFBox: structure, pagination, text, PDF/UA-1. */
class TaggedPdfWriterTest {

  private static final float MM = TaggedPdfWriter.MM;

  private static List<Column> columns() {
    return List.of(
        new Column("Kürzel", 20 * MM),
        new Column("Maßnahme", 60 * MM),
        new Column("Zeitachse", 90 * MM, List.of(new Label("2025", 0), new Label("2026", 0.5))));
  }

  private static Row row(int i, String title) {
    return new Row(
        List.of(
            Cell.of("M-" + i),
            Cell.of(title),
            Cell.boxes(List.of(new Box(0.1, 0.6, 1, 5, Color.BLUE)))));
  }

  /** Rows 1 … {@code count}, titled {@code title} and their number. */
  private static List<Row> rows(int count, String title) {
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(row(i, title + i));
    }
    return rows;
  }

  private static byte[] table(List<Row> rows) {
    try (TaggedPdfWriter pdf =
        new TaggedPdfWriter(
            "Roadmap Test", "Testplan", "Musterstadt", PDRectangle.A4, 15 * MM, 9)) {
      pdf.heading(1, "Roadmap Test");
      pdf.paragraph("Einleitung\nzweite Zeile");
      pdf.heading(2, "Ziel A");
      pdf.table(columns(), rows, 8 * MM);
      return pdf.finish();
    }
  }

  private static List<PDStructureElement> all(PDStructureNode node, String type) {
    List<PDStructureElement> found = new ArrayList<>();
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if (e.getStructureType().equals(type)) {
          found.add(e);
        }
        found.addAll(all(e, type));
      }
    }
    return found;
  }

  @Test
  void aTableOverSeveralPagesIsTaggedOnceAndPassesPdfUa() throws Exception {
    byte[] bytes = table(rows(150, "Maßnahme Nummer "));
    assertThat(PdfUa.failures(bytes)).as("veraPDF, PDF/UA-1").isEmpty();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(2);
      var tree = doc.getDocumentCatalog().getStructureTreeRoot();
      // one header row although the header is drawn on every page; one row per measure
      assertThat(all(tree, "THead")).hasSize(1);
      assertThat(all(tree, "TH")).hasSize(3);
      assertThat(all(tree, "TR")).hasSize(151);
      assertThat(all(tree, "TD")).hasSize(450);
      assertThat(all(tree, "H1")).hasSize(1);
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Roadmap Test");
      PDFTextStripper text = new PDFTextStripper();
      text.setStartPage(2);
      text.setEndPage(2);
      String second = text.getText(doc);
      assertThat(second).as("the header repeated").contains("Kürzel").contains("Maßnahme");
      assertThat(second).contains("Seite 2 von " + doc.getNumberOfPages());
      String whole = new PDFTextStripper().getText(doc);
      for (int i = 1; i <= 150; i++) {
        assertThat(whole).contains("Maßnahme Nummer " + i + "\n");
      }
    }
  }

  @Test
  void aRowTallerThanAPageGoesOnOnTheNextWithEveryLine() throws Exception {
    StringBuilder longText = new StringBuilder();
    for (int i = 1; i <= 120; i++) {
      longText.append("Zeile").append(i).append('\n');
    }
    byte[] bytes = table(List.of(row(1, longText.toString()), row(2, "danach")));
    assertThat(PdfUa.failures(bytes)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      String whole = new PDFTextStripper().getText(doc);
      for (int i = 1; i <= 120; i++) {
        assertThat(whole).contains("Zeile" + i + "\n");
      }
      assertThat(whole).contains("danach");
      // the cell is one TD with content on two pages
      assertThat(all(doc.getDocumentCatalog().getStructureTreeRoot(), "TD")).hasSize(6);
    }
  }

  @Test
  void longWordsAreBrokenAndMissingCharactersShownAsQuestionMarks() throws Exception {
    String word = "Digitalisierungsbeschleunigungsmaßnahmenkatalogfortschreibungsverfahren";
    byte[] bytes = table(List.of(row(1, word + "\tmit Tab 中 und ✓")));
    assertThat(PdfUa.failures(bytes)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      String whole = new PDFTextStripper().getText(doc);
      assertThat(whole.replace("\n", "")).contains(word);
      assertThat(whole).contains("mit Tab ? und ✓");
    }
  }

  @Test
  void aPictureWithItsAlternativeAndADamagedOneAsItsText() throws Exception {
    var png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(
        new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
        "png",
        png);
    byte[] bytes;
    try (TaggedPdfWriter pdf =
        new TaggedPdfWriter("Bilder", "Test", "Musterstadt", PDRectangle.A4, 15 * MM, 9)) {
      pdf.figure(png.toByteArray(), "Logo der Musterstadt", 50 * MM, 25 * MM);
      pdf.figure(new byte[] {1, 2, 3}, "Ampeln je Ziel als Tabelle unten", 50 * MM, 25 * MM);
      bytes = pdf.finish();
    }
    assertThat(PdfUa.failures(bytes)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      var figures = all(doc.getDocumentCatalog().getStructureTreeRoot(), "Figure");
      assertThat(figures).hasSize(1);
      assertThat(figures.get(0).getAlternateDescription()).isEqualTo("Logo der Musterstadt");
      assertThat(new PDFTextStripper().getText(doc)).contains("Ampeln je Ziel als Tabelle unten");
    }
  }

  @Test
  void tenThousandRowsAreWritten() throws Exception {
    byte[] bytes = table(rows(10_000, "Maßnahme "));
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper text = new PDFTextStripper();
      text.setStartPage(doc.getNumberOfPages());
      assertThat(text.getText(doc)).contains("Maßnahme 10000");
      assertThat(all(doc.getDocumentCatalog().getStructureTreeRoot(), "TR")).hasSize(10_001);
    }
    assertThat(bytes.length).as("compressed object streams").isLessThan(3_000_000);
  }

  /**
   * The parsed fonts are kept for the next document, never lent to two at once: documents written
   * at the same time on several threads each hold their own text in their own font subsets, and a
   * face stays for the next document.
   */
  @Test
  void documentsWrittenAtOnceKeepTheirOwnTextAndFewFacesStay() throws Exception {
    String[] words = {"Ärger über Öl", "Straße und Weg", "Café à la carte", "Œuvre ÿ ß"};
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<byte[]>> written = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String title = words[i % words.length] + " ";
        written.add(pool.submit(() -> table(rows(300, title))));
      }
      for (int i = 0; i < written.size(); i++) {
        try (PDDocument doc = Loader.loadPDF(written.get(i).get())) {
          String text = new PDFTextStripper().getText(doc);
          assertThat(text).contains(words[i % words.length] + " 300").doesNotContain("?");
        }
      }
    } finally {
      pool.shutdown();
    }
    assertThat(TaggedPdfWriter.REGULAR.kept()).isTrue();
    assertThat(TaggedPdfWriter.BOLD.kept()).isTrue();
  }

  /**
   * A column sized to its longest word keeps that word whole at every type size: the width it is
   * given (the word's, plus the padding, less the padding) comes back a hair short through float
   * arithmetic, which broke „Verantwortlich“ into „Verantwortlic“ and „h“ in the strategy
   * document's measure tables.
   */
  @Test
  void aWordThatJustFitsItsColumnStaysWholeAtEveryTypeSize() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      var regular =
          org.apache.pdfbox.pdmodel.font.PDType0Font.load(
              doc, new java.io.ByteArrayInputStream(DejaVu.bytes(DejaVu.REGULAR)));
      var bold =
          org.apache.pdfbox.pdmodel.font.PDType0Font.load(
              doc, new java.io.ByteArrayInputStream(DejaVu.bytes(DejaVu.BOLD)));
      LineBreaker breaker = new LineBreaker(regular, bold);
      int broken = 0;
      for (String word :
          List.of("Verantwortlich", "Federführung", "Kindertagesstätten", "01.01.2024\u00a0–")) {
        for (int hundredths = 700; hundredths <= 1200; hundredths++) {
          float size = hundredths / 100f;
          float padding = size * 0.35f;
          // as ColumnWidths sizes the column and PdfTable wraps its text
          float column = breaker.metrics(bold).width(word) / 1000 * size + 2 * padding;
          if (breaker.wrap(word, bold, size, column - 2 * padding).size() > 1) {
            broken++;
          }
        }
      }
      assertThat(broken).isZero();
    }
  }
}
