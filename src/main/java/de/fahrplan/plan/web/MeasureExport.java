package de.fahrplan.plan.web;

import de.fahrplan.plan.MeasureList;
import de.fahrplan.shared.tabular.FormulaText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the measure list as CSV (UTF-8 with BOM, ';' – what German Excel opens correctly) or XLSX.
 * Cells that a spreadsheet would run as formulas are neutralised with a leading apostrophe.
 */
final class MeasureExport {

  private MeasureExport() {}

  static byte[] csv(List<List<String>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CSVPrinter printer =
        new CSVPrinter(
            new OutputStreamWriter(out, StandardCharsets.UTF_8),
            CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
      printer.printRecord(MeasureList.COLUMNS);
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(FormulaText::neutralised).toList());
      }
    }
    return out.toByteArray();
  }

  static byte[] xlsx(List<List<String>> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Maßnahmen");
      Row header = sheet.createRow(0);
      for (int c = 0; c < MeasureList.COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(MeasureList.COLUMNS.get(c));
      }
      // a text cell that looks like a formula is marked as text (quote prefix): shown and read back
      // unchanged
      var asText = wb.createCellStyle();
      asText.setQuotePrefixed(true);
      int r = 1;
      for (List<String> row : rows) {
        Row x = sheet.createRow(r++);
        for (int c = 0; c < row.size(); c++) {
          var cell = x.createCell(c);
          cell.setCellValue(row.get(c));
          if (!row.get(c).equals(FormulaText.neutralised(row.get(c)))) {
            cell.setCellStyle(asText);
          }
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setColumnWidth(1, 50 * 256);
      wb.write(out);
      return out.toByteArray();
    }
  }
}
