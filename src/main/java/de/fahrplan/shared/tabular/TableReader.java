package de.fahrplan.shared.tabular;

import de.fahrplan.shared.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the tables municipalities keep in Excel or CSV: XLSX (the first sheet, or the one chosen),
 * or CSV in UTF-8 or Windows-1252 with ';' or ',' as separator. Empty rows are skipped; the header
 * is found below a title block (or is the line chosen). Dates in XLSX cells come out as ISO dates;
 * everything else as the displayed text.
 *
 * <p>Every upload is read within {@link Limits}: the XLSX sheet is streamed (POI's SAX model, cells
 * by reference, so a far-right cell costs nothing until it is refused), a CSV's record shapes are
 * checked in one pass before any record is built, and the time budget is checked while reading.
 */
public final class TableReader {

  /** A data row with its line number in the file (1-based, as the user sees it). */
  public record Line(int number, List<String> cells) {}

  /**
   * A table: its header, its data lines, the line number of the header (1-based), the workbook's
   * sheet names (empty for CSV) and the sheet read (1-based).
   */
  public record Table(
      List<String> header, List<Line> rows, int headerLine, List<String> sheets, int sheet) {}

  /**
   * What the user chose when the guess was wrong: the sheet (1-based) and the header's line number
   * (1-based, as Excel shows it); null for the guess.
   */
  public record Layout(Integer sheet, Integer headerLine) {
    public static final Layout GUESSED = new Layout(null, null);
  }

  /** What one upload may hold and take; stated on the import pages and in docs/api.md. */
  public record Limits(
      int maxRows,
      int maxColumns,
      int maxCells,
      int maxCellChars,
      long maxChars,
      Duration timeBudget) {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 200;

    /** Filled cells: each is a string the server holds until the preview is written. */
    public static final int MAX_CELLS = 1_000_000;

    /** Excel's own limit for a cell. */
    public static final int MAX_CELL_CHARS = 32_767;

    public static final long MAX_CHARS = 20_000_000;
    public static final Duration TIME_BUDGET = Duration.ofSeconds(30);

    public static Limits forImport() {
      return new Limits(MAX_ROWS, MAX_COLUMNS, MAX_CELLS, MAX_CELL_CHARS, MAX_CHARS, TIME_BUDGET);
    }

    public Limits withMaxRows(int rows) {
      return new Limits(rows, maxColumns, maxCells, maxCellChars, maxChars, timeBudget);
    }

    public Limits withTimeBudget(Duration budget) {
      return new Limits(maxRows, maxColumns, maxCells, maxCellChars, maxChars, budget);
    }
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TableReader() {}

  public static Table read(String filename, byte[] bytes, Limits limits) {
    return read(filename, bytes, limits, Layout.GUESSED);
  }

  public static Table read(String filename, byte[] bytes, Limits limits, Layout layout) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInputException("file", "import.fileRequired");
    }
    TimeBudget time = TimeBudget.of(limits.timeBudget());
    boolean zip =
        bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    boolean xlsxName = filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    Collector lines = new Collector(limits, time);
    List<String> sheets = new ArrayList<>();
    int sheet = layout.sheet() == null ? 1 : layout.sheet();
    if (zip || xlsxName) {
      XlsxSheets.read(bytes, lines, sheet, sheets);
    } else {
      readCsv(bytes, lines);
      sheet = 1;
    }
    if (lines.lines.isEmpty()) {
      throw new InvalidInputException("file", "import.empty");
    }
    int headerAt =
        layout.headerLine() == null
            ? headerIndex(lines.lines)
            : chosenHeader(lines.lines, layout.headerLine());
    List<String> header = lines.lines.get(headerAt).cells().stream().map(String::trim).toList();
    List<Line> rows = lines.lines.subList(headerAt + 1, lines.lines.size());
    if (rows.isEmpty()) {
      throw new InvalidInputException("file", "import.empty");
    }
    return new Table(
        header, List.copyOf(rows), lines.lines.get(headerAt).number(), List.copyOf(sheets), sheet);
  }

  /** The line the user named as header: it must be a filled line of the sheet. */
  private static int chosenHeader(List<Line> lines, int number) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).number() == number) {
        return i;
      }
    }
    throw new InvalidInputException("headerLine", "import.noHeaderLine", number);
  }

  /** How many of the first lines may be a title block above the header. */
  static final int TITLE_LINES = 10;

  /**
   * The header line: lists kept in Excel often start with a title block (the list's name, a date, a
   * blank line) above the real header. The header is the first of the first lines that fills at
   * least two cells and at least half as many as the fullest of them – a title fills one.
   */
  static int headerIndex(List<Line> lines) {
    int look = Math.min(TITLE_LINES, lines.size());
    long fullest = 0;
    for (int i = 0; i < look; i++) {
      fullest = Math.max(fullest, filled(lines.get(i)));
    }
    for (int i = 0; i < look; i++) {
      long n = filled(lines.get(i));
      if (n >= 2 && n * 2 >= fullest) {
        return i;
      }
    }
    return 0;
  }

  private static long filled(Line line) {
    return line.cells().stream().filter(c -> !c.isBlank()).count();
  }

  private static void readCsv(byte[] bytes, Collector lines) {
    String text = decode(bytes);
    if (text.indexOf('\0') >= 0) {
      throw new InvalidInputException("file", "import.unreadable", "keine Text- oder XLSX-Datei");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
    CsvShape.check(text, delimiter, lines.limits, lines.time);
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    try {
      for (CSVRecord record : format.parse(new StringReader(text))) {
        lines.add((int) record.getRecordNumber(), record.toList());
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      // the shape check finds what commons-csv refuses; this is the net under it
      throw new InvalidInputException("file", "import.csvUnreadable");
    }
  }

  /** Keeps the non-empty rows and applies the limits as they come. */
  static final class Collector {
    final Limits limits;
    final TimeBudget time;
    final List<Line> lines = new ArrayList<>();
    long chars;
    int filledCells;

    Collector(Limits limits, TimeBudget time) {
      this.limits = limits;
      this.time = time;
    }

    void add(int number, List<String> cells) {
      time.check();
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        return;
      }
      if (lines.size() > limits.maxRows()) {
        throw new InvalidInputException("file", "import.tooManyRows", limits.maxRows());
      }
      List<String> trimmed = new ArrayList<>(cells.size());
      for (String cell : cells) {
        String value = cell == null ? "" : cell.trim();
        if (value.length() > limits.maxCellChars()) {
          throw new InvalidInputException(
              "file", "import.cellTooLong", String.valueOf(number), limits.maxCellChars());
        }
        chars += value.length();
        filledCells += value.isEmpty() ? 0 : 1;
        trimmed.add(value);
      }
      if (filledCells > limits.maxCells()) {
        throw new InvalidInputException("file", "import.tooManyCells", limits.maxCells());
      }
      if (chars > limits.maxChars()) {
        throw new InvalidInputException("file", "import.tooLargeInside");
      }
      lines.add(new Line(number, List.copyOf(trimmed)));
    }
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

  /**
   * Headers compare by letters and digits only, without case and umlaut spelling: "Nr." = "Nr",
   * "Geplantes Ende" = "geplantes_ende", "Gültig ab" = "Gueltig ab".
   */
  public static String headerKey(String header) {
    String s =
        header
            .trim()
            .toLowerCase(Locale.GERMAN)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss");
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALPHANUMERIC.matcher(s).replaceAll("");
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(ch -> ch == c).count();
  }
}
