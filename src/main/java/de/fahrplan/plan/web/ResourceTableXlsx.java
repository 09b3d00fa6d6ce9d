package de.fahrplan.plan.web;

import de.fahrplan.plan.ResourceTable;
import de.fahrplan.shared.tabular.FormulaText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The resource table as an Excel workbook: one block each for staff, consumptive and investive
 * money.
 */
final class ResourceTableXlsx {

  /** One block of the sheet: its heading, the value of a cell, and the number format. */
  record Block(String heading, Function<ResourceTable.Cell, BigDecimal> value, String format) {}

  private ResourceTableXlsx() {}

  static byte[] write(
      ResourceTable table,
      String title,
      String groupHeading,
      String totalLabel,
      List<Block> blocks,
      java.util.function.Function<ResourceTable.PartnerShare.Kind, String> shareLabel)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Ressourcen");
      Font boldFont = wb.createFont();
      boldFont.setBold(true);
      CellStyle bold = wb.createCellStyle();
      bold.setFont(boldFont);
      int r = 0;
      Row titleRow = sheet.createRow(r++);
      titleRow.createCell(0).setCellValue(title);
      titleRow.getCell(0).setCellStyle(bold);
      for (Block block : blocks) {
        CellStyle number = wb.createCellStyle();
        number.setDataFormat(wb.createDataFormat().getFormat(block.format()));
        r++;
        Row heading = sheet.createRow(r++);
        heading.createCell(0).setCellValue(block.heading());
        heading.getCell(0).setCellStyle(bold);
        Row header = sheet.createRow(r++);
        header.createCell(0).setCellValue(groupHeading);
        int c = 1;
        for (Integer year : table.years()) {
          header.createCell(c++).setCellValue(year);
        }
        header.createCell(c).setCellValue(totalLabel);
        for (ResourceTable.Row row : table.rows()) {
          r = writeRow(sheet, r, row, row.label(), table.years(), block, number);
        }
        r = writeRow(sheet, r, table.total(), totalLabel, table.years(), block, number);
      }
      // partner shares beside the table (money, not in its totals), as on the page
      if (!table.shares().isEmpty()) {
        CellStyle euro = wb.createCellStyle();
        euro.setDataFormat(wb.createDataFormat().getFormat("#,##0.00 €"));
        r++;
        for (ResourceTable.PartnerShare share : table.shares()) {
          Row x = sheet.createRow(r++);
          x.createCell(0).setCellValue(shareLabel.apply(share.kind()) + " (€)");
          int c = 1;
          for (Integer year : table.years()) {
            var cell = x.createCell(c++);
            cell.setCellValue(share.years().get(year).doubleValue());
            cell.setCellStyle(euro);
          }
          var total = x.createCell(c);
          total.setCellValue(share.total().doubleValue());
          total.setCellStyle(euro);
        }
      }
      sheet.setColumnWidth(0, 60 * 256);
      for (int c = 1; c <= table.years().size() + 1; c++) {
        sheet.setColumnWidth(c, 16 * 256);
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static int writeRow(
      Sheet sheet,
      int r,
      ResourceTable.Row row,
      String label,
      List<Integer> years,
      Block block,
      CellStyle number) {
    Row x = sheet.createRow(r);
    x.createCell(0).setCellValue(FormulaText.neutralised(label));
    int c = 1;
    for (Integer year : years) {
      var cell = x.createCell(c++);
      cell.setCellValue(block.value().apply(row.years().get(year)).doubleValue());
      cell.setCellStyle(number);
    }
    var total = x.createCell(c);
    total.setCellValue(block.value().apply(row.total()).doubleValue());
    total.setCellStyle(number);
    return r + 1;
  }
}
