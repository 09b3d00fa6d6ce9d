package de.fahrplan.shared.pdf;

import de.fahrplan.shared.pdf.TaggedPdfWriter.Box;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Cell;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Column;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Label;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Row;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * One table of {@link TaggedPdfWriter#table}: Table → Caption, THead → TR → TH (scope column),
 * TBody → TR → TD. The header stands at the table's start and, as a pagination artifact, again on
 * every page the table continues on; a row taller than what is left of a page goes on to the next,
 * a row taller than a page is split.
 */
final class PdfTable {

  private static final Color HEAD = new Color(0xee, 0xf1, 0xf5);

  private final PdfCanvas canvas;
  private final List<Column> columns;
  private final float minRowHeight;
  private final float headHeight;

  PdfTable(PdfCanvas canvas, List<Column> columns, float minRowHeight) {
    this.canvas = canvas;
    this.columns = columns;
    this.minRowHeight = minRowHeight;
    this.headHeight = headHeight();
  }

  /** Draws the table with its caption (bold, none if null), kept with the header and first row. */
  void draw(String caption, List<Row> rows) {
    float padding = canvas.padding();
    float leading = canvas.leading();
    PDStructureElement table = canvas.element("Table");
    List<String> captionLines =
        caption == null
            ? List.of()
            : canvas.breaker.wrap(
                caption, canvas.bold, canvas.fontSize(), canvas.width() - 2 * padding);
    PDStructureElement captionElement =
        captionLines.isEmpty() ? null : PdfCanvas.element(table, "Caption");
    PDStructureElement headRow = PdfCanvas.element(PdfCanvas.element(table, "THead"), "TR");
    List<PDStructureElement> headers = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      PDStructureElement th = PdfCanvas.element(headRow, "TH");
      PDTableAttributeObject scope = new PDTableAttributeObject();
      scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
      th.addAttribute(scope);
      headers.add(th);
    }
    PDStructureElement body = PdfCanvas.element(table, "TBody");
    float firstRow = rows.isEmpty() ? 0 : height(lines(rows.get(0)));
    canvas.need(captionLines.size() * leading + headHeight + firstRow);
    if (!captionLines.isEmpty()) {
      canvas.text(
          captionElement,
          captionLines,
          canvas.bold,
          TaggedPdfWriter.TEXT,
          canvas.margin(),
          canvas.y(),
          Float.NaN);
      canvas.down(captionLines.size() * leading + padding);
    }
    header(headers);
    for (Row row : rows) {
      row(body, row);
    }
    canvas.down(padding * 2);
  }

  private void row(PDStructureElement body, Row row) {
    float padding = canvas.padding();
    float leading = canvas.leading();
    List<List<String>> lines = lines(row);
    List<PDStructureElement> cells = new ArrayList<>();
    PDStructureElement tr = PdfCanvas.element(body, "TR");
    for (int i = 0; i < columns.size(); i++) {
      cells.add(PdfCanvas.element(tr, "TD"));
    }
    int from = 0;
    int most = lines.stream().mapToInt(List::size).max().orElse(0);
    do {
      // a row that fits on a fresh page is not split; a taller one is split here
      float needed = height(lines) - from * leading;
      float fresh = canvas.pageHeight() - headHeight;
      if (needed > canvas.rest() && (needed <= fresh || canvas.rest() < 2 * (leading + padding))) {
        canvas.newPage();
        header(null);
      }
      int fit = Math.max(1, (int) ((canvas.rest() - 2 * padding) / leading));
      int to = Math.min(most, from + fit);
      float rowHeight = Math.max((to - from) * leading + 2 * padding, from == 0 ? minRowHeight : 0);
      if (from == 0 && rowHeight > canvas.rest()) {
        rowHeight = canvas.rest();
      }
      float top = canvas.y();
      float x = canvas.margin();
      for (int i = 0; i < columns.size(); i++) {
        Cell cell = row.cells().get(i);
        Column column = columns.get(i);
        List<String> cellLines = lines.get(i);
        if (from < cellLines.size()) {
          canvas.text(
              cells.get(i),
              cellLines.subList(from, Math.min(to, cellLines.size())),
              cell.strong() ? canvas.bold : canvas.regular,
              cell.color(),
              x + padding,
              top - padding,
              column.right() ? x + column.width() - padding : Float.NaN);
        }
        if (from == 0 && !cell.boxes().isEmpty()) {
          float left = x;
          canvas.artifact(
              () -> {
                for (Box b : cell.boxes()) {
                  box(b, left, top, column.width());
                }
              });
        }
        x += column.width();
      }
      float bottom = top - rowHeight;
      canvas.artifact(() -> canvas.rule(bottom));
      canvas.moveTo(bottom);
      from = to;
    } while (from < most);
  }

  private void box(Box b, float left, float top, float width) throws java.io.IOException {
    float x = left + (float) b.left() * width;
    float w = (float) (b.right() - b.left()) * width;
    canvas.fill(x, top - b.top() - b.height(), w, b.height(), b.color());
  }

  private float headHeight() {
    int most = 1;
    for (Column c : columns) {
      most = Math.max(most, headerLines(c).size());
    }
    return most * canvas.leading() + 2 * canvas.padding();
  }

  private List<String> headerLines(Column c) {
    return canvas.breaker.wrap(
        c.header(), canvas.bold, canvas.fontSize(), c.width() - 2 * canvas.padding());
  }

  /** The header row; tagged into {@code headers} at the table's start, else an artifact. */
  private void header(List<PDStructureElement> headers) {
    float padding = canvas.padding();
    float top = canvas.y();
    canvas.artifact(
        () -> canvas.fill(canvas.margin(), top - headHeight, canvas.width(), headHeight, HEAD));
    float x = canvas.margin();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      PDStructureElement th = headers == null ? null : headers.get(i);
      if (c.labels().isEmpty()) {
        float right = c.right() ? x + c.width() - padding : Float.NaN;
        headerText(th, headerLines(c), x + padding, top - padding, right);
      } else {
        for (Label l : c.labels()) {
          float at = x + (float) l.at() * c.width();
          headerText(th, List.of(l.text()), at, top - padding, Float.NaN);
        }
      }
      x += c.width();
    }
    canvas.down(headHeight);
  }

  /** A header's text: real content of {@code th}, or an artifact where th is null (repeated). */
  private void headerText(
      PDStructureElement th, List<String> lines, float x, float top, float right) {
    if (th == null) {
      canvas.artifact(
          () ->
              canvas.lines(
                  lines, canvas.bold, canvas.fontSize(), TaggedPdfWriter.TEXT, x, top, right));
    } else {
      canvas.text(th, lines, canvas.bold, TaggedPdfWriter.TEXT, x, top, right);
    }
  }

  private List<List<String>> lines(Row row) {
    List<List<String>> lines = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = row.cells().get(i);
      lines.add(
          canvas.breaker.wrap(
              cell.text(),
              cell.strong() ? canvas.bold : canvas.regular,
              canvas.fontSize(),
              columns.get(i).width() - 2 * canvas.padding()));
    }
    return lines;
  }

  private float height(List<List<String>> lines) {
    int most = lines.stream().mapToInt(List::size).max().orElse(0);
    return Math.max(most * canvas.leading() + 2 * canvas.padding(), minRowHeight);
  }
}
