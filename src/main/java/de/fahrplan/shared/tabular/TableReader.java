package de.fahrplan.shared.tabular;

import de.fahrplan.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the tables municipalities keep in Excel or CSV: XLSX (first sheet), or CSV in UTF-8 or
 * Windows-1252 with ';' or ',' as separator. Empty rows are skipped; the first non-empty row is the
 * header. Dates in XLSX cells come out as ISO dates; everything else as the displayed text.
 */
public final class TableReader {

  /** A data row with its line number in the file (1-based, as the user sees it). */
  public record Line(int number, List<String> cells) {}

  /** Header and data rows. */
  public record Table(List<String> header, List<Line> rows) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TableReader() {}

  public static Table read(String filename, byte[] bytes, int maxRows) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInputException("file", "import.fileRequired");
    }
    boolean zip =
        bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    boolean xlsxName = filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    List<Line> lines = zip || xlsxName ? readXlsx(bytes, maxRows) : readCsv(bytes, maxRows);
    if (lines.isEmpty()) {
      throw new InvalidInputException("file", "import.empty");
    }
    List<String> header = lines.get(0).cells().stream().map(String::trim).toList();
    List<Line> rows = lines.subList(1, lines.size());
    if (rows.isEmpty()) {
      throw new InvalidInputException("file", "import.empty");
    }
    return new Table(header, List.copyOf(rows));
  }

  private static List<Line> readXlsx(byte[] bytes, int maxRows) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.GERMANY);
      List<Line> lines = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
          cells.add(text(row.getCell(c), formatter));
        }
        add(lines, row.getRowNum() + 1, cells, maxRows);
      }
      return lines;
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // POI signals broken, encrypted and zip-bomb files with various exceptions: all mean "not a
      // usable XLSX"
      throw new InvalidInputException("file", "import.notXlsx");
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(
          cell.getLocalDateTimeCellValue().toLocalDate());
    }
    return formatter.formatCellValue(cell).trim();
  }

  private static List<Line> readCsv(byte[] bytes, int maxRows) {
    String text = decode(bytes);
    if (text.indexOf('\0') >= 0) {
      throw new InvalidInputException("file", "import.unreadable", "keine Text- oder XLSX-Datei");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    List<Line> lines = new ArrayList<>();
    try {
      for (CSVRecord record : format.parse(new StringReader(text))) {
        add(lines, (int) record.getRecordNumber(), record.toList(), maxRows);
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new InvalidInputException("file", "import.unreadable", String.valueOf(e.getMessage()));
    }
    return lines;
  }

  private static void add(List<Line> lines, int number, List<String> cells, int maxRows) {
    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
      return;
    }
    if (lines.size() > maxRows) {
      throw new InvalidInputException("file", "import.tooManyRows", maxRows);
    }
    lines.add(new Line(number, cells.stream().map(c -> c == null ? "" : c.trim()).toList()));
  }

  /**
   * Strict UTF-8 first; a file that is not valid UTF-8 is read as Windows-1252 (Excel's default).
   */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(ch -> ch == c).count();
  }
}
