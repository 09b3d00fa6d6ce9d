package de.fahrplan.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fahrplan.shared.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableReaderTest {

  @Test
  void readsUtf8CsvWithSemicolonsAndBom() {
    byte[] csv =
        "\uFEFFKennung;Bezeichnung\n1.201;Haushalt und Steuerung\n\n2.100;Bürgerbüro\n"
            .getBytes(StandardCharsets.UTF_8);
    TableReader.Table t = TableReader.read("liste.csv", csv, rows(100));
    assertThat(t.header()).containsExactly("Kennung", "Bezeichnung");
    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(1).cells()).containsExactly("2.100", "Bürgerbüro");
    assertThat(t.rows().get(1).number()).isEqualTo(3);
  }

  @Test
  void readsWindows1252CsvWithCommasAndKeepsUmlauts() {
    byte[] csv =
        "Kennung,Bezeichnung\nGPR,\"Gesamtpersonalrat, Geschäftsstelle\"\nFB 3,Straßenbau und Grünflächen\n"
            .getBytes(Charset.forName("windows-1252"));
    TableReader.Table t = TableReader.read("liste.csv", csv, rows(100));
    assertThat(t.rows().get(0).cells())
        .containsExactly("GPR", "Gesamtpersonalrat, Geschäftsstelle");
    assertThat(t.rows().get(1).cells().get(1)).isEqualTo("Straßenbau und Grünflächen");
  }

  @Test
  void readsXlsxWithDatesAndEmptyRows() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Einheiten");
      Row h = sheet.createRow(0);
      h.createCell(0).setCellValue("Kennung");
      h.createCell(1).setCellValue("Gültig ab");
      Row r = sheet.createRow(3);
      r.createCell(0).setCellValue("1.410");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
      r.createCell(1).setCellValue(LocalDate.of(2025, 2, 28));
      r.getCell(1).setCellStyle(date);
      wb.write(out);
      TableReader.Table t = TableReader.read("liste.xlsx", out.toByteArray(), rows(100));
      assertThat(t.rows())
          .singleElement()
          .satisfies(
              line -> {
                assertThat(line.number()).isEqualTo(4);
                assertThat(line.cells()).containsExactly("1.410", "2025-02-28");
              });
    }
  }

  @Test
  void refusesFilesThatAreNoTable() {
    assertThatThrownBy(
            () ->
                TableReader.read("x.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), rows(10)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations().get(0).code())
                    .isEqualTo("import.notXlsx"));
    byte[] garbage = new byte[200_000];
    new Random(7).nextBytes(garbage);
    garbage[10] = 0;
    assertThatThrownBy(() -> TableReader.read("x.csv", garbage, rows(10)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> TableReader.read("x.csv", new byte[0], rows(10)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                TableReader.read(
                    "x.csv", "Kennung;Bezeichnung\n".getBytes(StandardCharsets.UTF_8), rows(10)))
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations().get(0).code())
                    .isEqualTo("import.empty"));
  }

  @Test
  void limitsTheNumberOfRows() {
    StringBuilder csv = new StringBuilder("Kennung;Bezeichnung\n");
    for (int i = 0; i < 50; i++) {
      csv.append(i).append(";X\n");
    }
    assertThatThrownBy(
            () ->
                TableReader.read(
                    "x.csv", csv.toString().getBytes(StandardCharsets.UTF_8), rows(10)))
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations().get(0).code())
                    .isEqualTo("import.tooManyRows"));
  }

  private static TableReader.Limits rows(int maxRows) {
    return TableReader.Limits.forImport().withMaxRows(maxRows);
  }
}
