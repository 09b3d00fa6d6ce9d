package de.fahrplan.shared.tabular;

import de.fahrplan.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The XLSX side of {@link TableReader}: one sheet streamed with POI's SAX model from a temporary
 * file (zip entries read on demand), its parts held in memory bounded, every broken, encrypted or
 * zip-bomb file refused as „not a usable XLSX“.
 */
final class XlsxSheets {

  /** Inflated size of the XLSX parts held in memory (shared strings, styles). */
  private static final long MAX_PART_BYTES = 64L * 1024 * 1024;

  private XlsxSheets() {}

  /** Reads sheet {@code chosen} (1-based) and lists every sheet's name in {@code names}. */
  static void read(byte[] bytes, TableReader.Collector lines, int chosen, List<String> names) {
    Path file = null;
    try {
      // from a file POI reads the zip entries on demand; from a stream it would inflate all at once
      file = Files.createTempFile("fahrplan-import", ".xlsx");
      Files.write(file, bytes);
      OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      try {
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
          try (InputStream sheet = sheets.next()) {
            names.add(sheets.getSheetName());
            if (names.size() == chosen) {
              XMLReader parser = XMLHelper.newXMLReader();
              parser.setContentHandler(
                  new XSSFSheetXMLHandler(
                      styles(pkg),
                      sharedStrings(pkg),
                      new SheetRows(lines),
                      new IsoDates(),
                      false));
              parser.parse(new InputSource(sheet));
            }
          }
        }
        if (names.isEmpty()) {
          throw new InvalidInputException("file", "import.notXlsx");
        }
        if (chosen < 1 || chosen > names.size()) {
          throw new InvalidInputException("sheet", "import.noSheet", chosen, names.size());
        }
      } finally {
        pkg.revert();
      }
    } catch (Exception e) {
      InvalidInputException refusal = refusalIn(e);
      // POI signals broken, encrypted and zip-bomb files with various exceptions: all mean "not a
      // usable XLSX"
      throw refusal != null ? refusal : new InvalidInputException("file", "import.notXlsx");
    } finally {
      deleteQuietly(file);
    }
  }

  private static SharedStrings sharedStrings(OPCPackage pkg) throws Exception {
    List<PackagePart> parts =
        pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new ReadOnlySharedStringsTable(pkg);
    }
    try (InputStream in = bounded(parts.get(0).getInputStream())) {
      return new ReadOnlySharedStringsTable(in, false);
    }
  }

  private static StylesTable styles(OPCPackage pkg) throws Exception {
    List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
    if (parts.isEmpty()) {
      return null;
    }
    try (InputStream in = bounded(parts.get(0).getInputStream())) {
      return new StylesTable(in);
    }
  }

  private static InputStream bounded(InputStream in) throws IOException {
    return BoundedInputStream.builder()
        .setInputStream(in)
        .setMaxCount(MAX_PART_BYTES)
        .setOnMaxCount(
            (max, count) -> {
              throw new InvalidInputException("file", "import.tooLargeInside");
            })
        .get();
  }

  /** The refusal thrown from inside POI or the XML parser, which may have wrapped it. */
  private static InvalidInputException refusalIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException refusal) {
        return refusal;
      }
    }
    return null;
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }

  /** Cells come by reference ("C7"); a row is filled up to its last cell that holds a value. */
  private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final TableReader.Collector lines;
    private final List<String> cells = new ArrayList<>();
    private int lastColumn = -1;

    SheetRows(TableReader.Collector lines) {
      this.lines = lines;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
      lastColumn = -1;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? lastColumn + 1 : new CellReference(reference).getCol();
      lastColumn = column;
      if (value == null || value.isBlank()) {
        return;
      }
      if (column >= lines.limits.maxColumns()) {
        throw new InvalidInputException(
            "file", "import.tooManyColumnsAt", reference, lines.limits.maxColumns());
      }
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value);
    }

    @Override
    public void endRow(int rowNum) {
      lines.add(rowNum + 1, cells);
    }
  }

  /** Date-formatted numbers as ISO dates (what the imports parse), the rest as Excel shows it. */
  private static final class IsoDates extends DataFormatter {
    IsoDates() {
      super(Locale.GERMANY);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(
            DateUtil.getLocalDateTime(value).toLocalDate());
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}
