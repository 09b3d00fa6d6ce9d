package de.fahrplan.plan.web;

import de.fahrplan.plan.MeasureList;
import de.fahrplan.shared.tabular.FormulaText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the measure list as CSV (UTF-8 with BOM, ';' – what German Excel opens correctly) or XLSX.
 * Cells that a spreadsheet would run as formulas are neutralised with a leading apostrophe; in
 * XLSX, dates are dates.
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
      // a date as a date, shown as 31.12.2026: sorted and filtered by time, not by its digits
      var asDate = wb.createCellStyle();
      asDate.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
      int r = 1;
      for (List<String> row : rows) {
        Row x = sheet.createRow(r++);
        for (int c = 0; c < row.size(); c++) {
          var cell = x.createCell(c);
          String value = row.get(c);
          if (MeasureList.DATE_COLUMNS.contains(MeasureList.COLUMNS.get(c)) && !value.isEmpty()) {
            cell.setCellValue(LocalDate.parse(value, MeasureList.DATE));
            cell.setCellStyle(asDate);
          } else {
            cell.setCellValue(value);
            if (!value.equals(FormulaText.neutralised(value))) {
              cell.setCellStyle(asText);
            }
          }
        }
      }
      for (int c = 0; c < MeasureList.COLUMNS.size(); c++) {
        if (MeasureList.DATE_COLUMNS.contains(MeasureList.COLUMNS.get(c))) {
          sheet.setColumnWidth(c, 12 * 256);
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setColumnWidth(1, 50 * 256);
      wb.write(out);
      return out.toByteArray();
    }
  }
}
