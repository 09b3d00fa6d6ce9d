package de.fahrplan.reliability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The files of the security battery, generated here: what an attacker or a broken export sends to
 * the imports. Each is named as the import would see it (filename decides nothing for a zip).
 */
public final class HostileFiles {

  /** A hostile upload: its name, its bytes and the message code the import must answer with. */
  public record HostileFile(String label, String filename, byte[] bytes, String expectedCode) {}

  private HostileFiles() {}

  private static Map<String, HostileFile> all;

  /** Generated once per test JVM (the high-ratio file takes a few seconds). */
  public static synchronized Map<String, HostileFile> all() {
    if (all != null) {
      return all;
    }
    Map<String, HostileFile> files = new LinkedHashMap<>();
    for (HostileFile f :
        new HostileFile[] {
          sparseWideXlsx(),
          highRatioXlsx(),
          hugeColumnCsv(),
          zipBomb(),
          xxeXlsx(),
          billionLaughs(),
          garbageXlsx(),
          garbageCsv(),
          unclosedQuoteCsv(),
          textAfterQuoteCsv(),
          overlongCell(),
          manyCellsCsv()
        }) {
      files.put(f.label(), f);
    }
    all = Collections.unmodifiableMap(files);
    return all;
  }

  /** 20,000 rows with one cell in column A and one in the last column, XFD: 221 KB. */
  public static HostileFile sparseWideXlsx() {
    return new HostileFile(
        "sparse wide XLSX",
        "liste.xlsx",
        streamed(
            sheet -> {
              for (int r = 0; r < 20_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Kennung");
                row.createCell(16_383).setCellValue("x");
              }
            }),
        "import.tooManyColumnsAt");
  }

  /** 60,000 rows of repeated text: about 1 MB that inflates twelve-fold and more. */
  public static HostileFile highRatioXlsx() {
    return new HostileFile(
        "high ratio XLSX",
        "liste.xlsx",
        streamed(
            sheet -> {
              String text = "Digitalisierung der Verwaltung ".repeat(4);
              for (int r = 0; r < 60_000; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 4; c++) {
                  row.createCell(c).setCellValue(text);
                }
              }
            }),
        "import.tooManyRows");
  }

  /** The header and then five million separators on one line. */
  public static HostileFile hugeColumnCsv() {
    String csv = "Kennung;Bezeichnung\n" + ";".repeat(5_000_000) + "\n";
    return csv("huge-column CSV", csv, "import.tooManyColumns");
  }

  /** 200 MB of zeros in one entry, under 1 MB packed. */
  public static HostileFile zipBomb() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HostileFile("zip bomb", "liste.xlsx", bytes.toByteArray(), "import.notXlsx");
  }

  /** A sheet whose cell is an external entity pointing at /etc/passwd. */
  public static HostileFile xxeXlsx() {
    String sheet =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>Kennung</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row>
        </sheetData></worksheet>""";
    return new HostileFile("XXE", "liste.xlsx", withSheet(sheet), "import.notXlsx");
  }

  /** Nested entities that expand to a billion "lol"s. */
  public static HostileFile billionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + dtd
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>"
            + "</row></sheetData></worksheet>";
    return new HostileFile("billion laughs", "liste.xlsx", withSheet(sheet), "import.notXlsx");
  }

  public static HostileFile garbageXlsx() {
    byte[] bytes = random(2 * 1024 * 1024, 11);
    bytes[0] = 'P';
    bytes[1] = 'K';
    bytes[2] = 3;
    bytes[3] = 4;
    return new HostileFile("garbage XLSX", "liste.xlsx", bytes, "import.notXlsx");
  }

  public static HostileFile garbageCsv() {
    byte[] bytes = random(2 * 1024 * 1024, 12);
    bytes[100] = 0;
    return new HostileFile("garbage CSV", "liste.csv", bytes, "import.unreadable");
  }

  /** A well-formed CSV of 20,000 rows, for the time budget. */
  public static HostileFile manyRowsCsv() {
    StringBuilder csv = new StringBuilder("Kennung;Bezeichnung\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("M-").append(i).append(";Maßnahme ").append(i).append('\n');
    }
    return csv("many rows CSV", csv.toString(), null);
  }

  public static HostileFile unclosedQuoteCsv() {
    String csv = "Kennung;Bezeichnung\nM-1;\"Digitale Akte\nM-2;Portal\n";
    return csv("unclosed quote CSV", csv, "import.unclosedQuote");
  }

  public static HostileFile textAfterQuoteCsv() {
    String csv = "Kennung;Bezeichnung\nM-1;\"Digitale\" Akte\n";
    return csv("text after quote CSV", csv, "import.textAfterQuote");
  }

  /** 19,000 rows of 60 one-character cells: within rows and columns, over the cell limit. */
  public static HostileFile manyCellsCsv() {
    String row = "x;".repeat(59) + "x\n";
    String csv = row + row.repeat(19_000);
    return csv("many cells CSV", csv, "import.tooManyCells");
  }

  public static HostileFile overlongCell() {
    String csv = "Kennung;Bezeichnung\nM-1;" + "x".repeat(40_000) + "\n";
    return csv("overlong cell CSV", csv, "import.cellTooLong");
  }

  private static HostileFile csv(String label, String text, String expectedCode) {
    return new HostileFile(label, "liste.csv", text.getBytes(StandardCharsets.UTF_8), expectedCode);
  }

  private interface SheetFiller {
    void fill(Sheet sheet);
  }

  private static byte[] streamed(SheetFiller filler) {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.setCompressTempFiles(true);
      filler.fill(wb.createSheet("Maßnahmen"));
      wb.write(out);
      wb.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real workbook whose first sheet is replaced by the given XML. */
  private static byte[] withSheet(String sheetXml) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("Maßnahmen").createRow(0).createCell(0).setCellValue("Kennung");
      wb.write(plain);
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
          ZipOutputStream zip = new ZipOutputStream(out)) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          zip.putNextEntry(new ZipEntry(e.getName()));
          zip.write(
              e.getName().equals("xl/worksheets/sheet1.xml")
                  ? sheetXml.getBytes(StandardCharsets.UTF_8)
                  : in.readAllBytes());
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
