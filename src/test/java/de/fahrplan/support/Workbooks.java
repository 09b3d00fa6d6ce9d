package de.fahrplan.support;

/** Excel files as municipalities keep them, made in the tests (POI). */
public final class Workbooks {

  private Workbooks() {}

  /** An XLSX workbook: sheets by name, each a list of rows (null cells stay empty). */
  public static byte[] workbook(java.util.Map<String, Object[][]> sheets) throws Exception {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      for (var s : sheets.entrySet()) {
        var sheet = wb.createSheet(s.getKey());
        Object[][] rows = s.getValue();
        for (int r = 0; r < rows.length; r++) {
          if (rows[r] == null) {
            continue;
          }
          var row = sheet.createRow(r);
          for (int c = 0; c < rows[r].length; c++) {
            Object v = rows[r][c];
            if (v instanceof Number n) {
              row.createCell(c).setCellValue(n.doubleValue());
            } else if (v instanceof String text && text.startsWith("=")) {
              row.createCell(c).setCellFormula(text.substring(1));
            } else if (v != null) {
              row.createCell(c).setCellValue(v.toString());
            }
          }
        }
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /**
   * A list as a department keeps it: notes on the first sheet, a title block, the years side by
   * side („Kosten 2026“, „VZÄ 2026“), „7.1“ numbered under „7“, a unit by a name the municipality
   * does not know, a line of Excel sums without a label. The sheet is chosen, the unit mapped,
   * staff and money land in their budget years – and the same file again changes nothing.
   */
  /**
   * The department's list with codes {@code prefix-7}, {@code prefix-7.1}, {@code prefix-7.2}, led
   * by {@code lead} with {@code participant} taking part (each test its own, as they share the
   * database).
   */
  public static byte[] departmentList(String prefix, String lead, String participant)
      throws Exception {
    var sheets = new java.util.LinkedHashMap<String, Object[][]>();
    sheets.put(
        "Hinweise",
        new Object[][] {{"Bitte nur das Blatt „Maßnahmen“ ausfüllen."}, {"Fragen an das IT-Amt."}});
    sheets.put(
        "Maßnahmen",
        new Object[][] {
          {"Digitalisierungsprogramm Bauverwaltung"},
          {"Stand: 15.11.2026"},
          null,
          {
            "Nr.",
            "Maßnahme",
            "Ziel",
            "Federführung",
            "Beteiligte",
            "Kosten 2026",
            "Kosten 2027",
            "Investitionen 2027",
            "VZÄ 2026",
            "Bemerkung"
          },
          {
            prefix + "-7",
            "Digitale Bauakte",
            "A",
            lead,
            participant,
            "12.500,00 €",
            8000,
            null,
            1.5,
            "mit dem Bauamt abstimmen"
          },
          {prefix + "-7.1", "Altakten scannen", "A", participant, null, "2.000", null, null, "0,5"},
          {prefix + "-7.2", "Fachverfahren anbinden", "A", null, null, null, null, "40.000"},
          {null, null, null, null, null, "=SUM(F5:F7)", "=SUM(G5:G7)", "=SUM(H5:H7)", "=SUM(I5:I7)"}
        });
    return workbook(sheets);
  }
}
