package de.fahrplan.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a tagged PDF/UA-1 document straight with PDFBox: headings, paragraphs and tables whose
 * header repeats on every page, with boxes drawn into cells as decoration. For documents of many
 * rows (the roadmap of 10,000 measures), where laying out XHTML (openhtmltopdf, ADR 0005) costs
 * seconds: here a row is a few lines of text, each cell one marked-content sequence tied to its
 * structure element, everything drawn that is not text an artifact.
 *
 * <p>Structure: Document → H1…H6, P, L, Figure, Table (see {@link PdfTable}). A header repeated on
 * a continuation page and the page numbers are pagination artifacts. Fonts are DejaVu Sans,
 * embedded as subsets; objects go into compressed object streams (PDF 1.7). This class lays out the
 * blocks; {@link PdfCanvas} keeps the pages, the marked content and the document's metadata.
 */
public final class TaggedPdfWriter implements AutoCloseable {

  public static final float MM = 72f / 25.4f;

  /**
   * A column: its header, its width in points, optionally labels placed along it, and whether its
   * text stands right-aligned (amounts).
   */
  public record Column(String header, float width, List<Label> labels, boolean right) {
    public Column(String header, float width) {
      this(header, width, List.of(), false);
    }

    public Column(String header, float width, List<Label> labels) {
      this(header, width, labels, false);
    }
  }

  /** A piece of a paragraph, bold or not („Erreicht:“ before the text). */
  public record Run(String text, boolean strong) {}

  /** A text placed at a fraction (0–1) of a cell's width, as the years above a timeline. */
  public record Label(String text, double at) {}

  /**
   * A box drawn as decoration into a cell: left and right as fractions of the cell's width, top and
   * height in points below the cell's top.
   */
  public record Box(double left, double right, float top, float height, Color color) {}

  /** A cell's text (wrapped; line breaks kept), its emphasis and colour, and its boxes. */
  public record Cell(String text, boolean strong, Color color, List<Box> boxes) {
    public static Cell of(String text) {
      return new Cell(text, false, TEXT, List.of());
    }

    public static Cell boxes(List<Box> boxes) {
      return new Cell("", false, TEXT, boxes);
    }
  }

  /** A body row. */
  public record Row(List<Cell> cells) {}

  public static final Color TEXT = new Color(0x1b, 0x1b, 0x1b);
  private static final Color HEADING = new Color(0xf4, 0xf5, 0xf7);

  static final DejaVu.Faces REGULAR = new DejaVu.Faces(DejaVu.REGULAR);
  static final DejaVu.Faces BOLD = new DejaVu.Faces(DejaVu.BOLD);

  private final PdfCanvas canvas;
  private final float bodySize;

  /**
   * A document of pages of {@code size} with {@code margin} points on every side and body text of
   * {@code fontSize} points; {@code author} is the municipality.
   */
  public TaggedPdfWriter(
      String title, String subject, String author, PDRectangle size, float margin, float fontSize) {
    this.canvas = new PdfCanvas(title, subject, author, size, margin, fontSize);
    this.bodySize = fontSize;
  }

  /** The width between the margins, in points. */
  public float width() {
    return canvas.width();
  }

  /** A heading of level 1–6 as in the roadmap: a large title, sections on a grey band. */
  public void heading(int level, String text) {
    float size = canvas.fontSize();
    heading(level, text, level == 1 ? size * 2 : size * 1.15f, 0, level > 1, false);
  }

  /**
   * A heading of level 1–6 in {@code points} points, {@code before} points below what precedes it,
   * kept on one page with what follows it; {@code band} lays it on a grey band, {@code bookmark}
   * lists it in the PDF's outline.
   */
  public void heading(
      int level, String text, float points, float before, boolean band, boolean bookmark) {
    float padding = canvas.padding();
    float margin = canvas.margin();
    PDStructureElement h = canvas.element("H" + level);
    List<String> lines = canvas.breaker.wrap(text, canvas.bold, points, width() - 2 * padding);
    float height = lines.size() * points * 1.25f + 2 * padding;
    if (canvas.pageBegun()) {
      canvas.down(before);
    }
    canvas.need(height + 4 * canvas.leading());
    float top = canvas.y();
    if (band) {
      canvas.artifact(() -> canvas.fill(margin, top - height, width(), height, HEADING));
    }
    if (bookmark) {
      canvas.bookmark(text);
    }
    float x = band ? margin + padding : margin;
    canvas.mark(
        h, () -> canvas.lines(lines, canvas.bold, points, TEXT, x, top - padding, Float.NaN));
    canvas.down(height + padding);
  }

  /** Text in the top margin of every page, e.g. „Entwurf – Diskussionsgrundlage“. */
  public void runningHeader(String text) {
    canvas.runningHeader(text);
  }

  /** Continues on a new page. */
  public void pageBreak() {
    canvas.newPage();
  }

  /** A paragraph of body text across the page's width; line breaks kept. */
  public void paragraph(String text) {
    paragraph(List.of(new Run(text, false)));
  }

  /** A paragraph of runs in regular and bold type. */
  public void paragraph(List<Run> runs) {
    block(canvas.element("P"), runs, 0);
  }

  /** A bulleted list: L → LI → LBody, the bullets drawn as decoration. */
  public void bullets(List<String> items) {
    PDStructureElement list = canvas.element("L");
    for (String item : items) {
      PDStructureElement body = PdfCanvas.element(PdfCanvas.element(list, "LI"), "LBody");
      canvas.need(canvas.leading());
      float centre = canvas.y() - canvas.fontSize() * 0.65f;
      float x = canvas.margin() + 1.5f * MM;
      canvas.artifact(() -> canvas.dot(x, centre, canvas.fontSize() * 0.16f));
      block(body, List.of(new Run(item, false)), 4 * MM);
      canvas.down(-canvas.padding());
    }
    canvas.down(canvas.padding());
  }

  /**
   * A picture with its text alternative, scaled to fit {@code maxWidth} × {@code maxHeight} points
   * and the page. A picture PDFBox cannot read (a damaged upload) is replaced by its text
   * alternative: the document is still written.
   */
  public void figure(byte[] image, String alt, float maxWidth, float maxHeight) {
    PDImageXObject picture;
    try {
      picture = canvas.picture(image);
    } catch (IOException | IllegalArgumentException e) {
      paragraph(alt);
      return;
    }
    float scale =
        Math.min(
            Math.min(maxWidth, width()) / picture.getWidth(),
            Math.min(maxHeight, canvas.pageHeight()) / picture.getHeight());
    float w = picture.getWidth() * scale;
    float h = picture.getHeight() * scale;
    canvas.need(h + canvas.padding());
    PDStructureElement figure = canvas.element("Figure");
    figure.setAlternateDescription(alt);
    float bottom = canvas.y() - h;
    canvas.mark(figure, () -> canvas.image(picture, canvas.margin(), bottom, w, h));
    canvas.moveTo(bottom - 2 * canvas.padding());
  }

  /** Lines of runs into {@code element}, {@code indent} points in, going on over pages. */
  private void block(PDStructureElement element, List<Run> runs, float indent) {
    float leading = canvas.leading();
    List<List<LineBreaker.Segment>> lines =
        canvas.breaker.wrapRuns(runs, canvas.fontSize(), width() - indent);
    int from = 0;
    while (from < lines.size()) {
      canvas.need(leading);
      int to = Math.min(lines.size(), from + Math.max(1, (int) (canvas.rest() / leading)));
      List<List<LineBreaker.Segment>> part = lines.subList(from, to);
      float top = canvas.y();
      canvas.mark(element, () -> canvas.segments(part, canvas.margin() + indent, top));
      canvas.down((to - from) * leading);
      from = to;
    }
    canvas.down(canvas.padding() * 2);
  }

  /**
   * A table: the header at its start and, as pagination artifact, again on every page it continues
   * on; a row taller than what is left of a page goes on to the next. {@code minRowHeight} leaves
   * room for boxes.
   */
  public void table(List<Column> columns, List<Row> rows, float minRowHeight) {
    table(null, columns, rows, minRowHeight);
  }

  /** A table with a caption above it (bold), kept on one page with the header and first row. */
  public void table(String caption, List<Column> columns, List<Row> rows, float minRowHeight) {
    new PdfTable(canvas, columns, minRowHeight).draw(caption, rows);
  }

  /**
   * A table of text across the page, its columns sized as browsers do: each as wide as its longest
   * line where all fit, else shrunk towards its longest word; where even the longest words do not
   * fit, the table is set smaller (down to 7 points) rather than breaking words. {@code right} are
   * the indexes of right-aligned columns (amounts).
   */
  public void textTable(
      String caption, List<String> head, List<List<String>> rows, Set<Integer> right) {
    float[][] widths = widths(head, rows);
    float least = 0;
    for (float w : widths[1]) {
      least += w;
    }
    if (least > width()) {
      // every width grows with the type size: this size fits the longest words
      canvas.textSize(Math.max(7, canvas.fontSize() * width() / least * 0.995f));
      widths = widths(head, rows);
    }
    List<Row> cells = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      cells.add(new Row(row.stream().map(Cell::of).toList()));
    }
    table(caption, columns(head, widths[0], widths[1], right), cells, 0);
    canvas.textSize(bodySize);
  }

  /** Per column the width of its longest line and of its longest word, in points. */
  private float[][] widths(List<String> head, List<List<String>> rows) {
    LineBreaker breaker = canvas.breaker;
    return ColumnWidths.measure(
        head,
        rows,
        breaker.metrics(canvas.bold),
        breaker.metrics(canvas.regular),
        canvas.fontSize(),
        canvas.padding());
  }

  /** The text table's columns, filling the page by {@link ColumnWidths#fill}'s rule. */
  private List<Column> columns(
      List<String> head, float[] natural, float[] least, Set<Integer> right) {
    float[] widths = ColumnWidths.fill(natural, least, width());
    List<Column> columns = new ArrayList<>(head.size());
    for (int i = 0; i < head.size(); i++) {
      columns.add(new Column(head.get(i), widths[i], List.of(), right.contains(i)));
    }
    return columns;
  }

  /** The finished PDF: page numbers, structure tree, metadata; objects in compressed streams. */
  public byte[] finish() {
    return canvas.finish();
  }

  @Override
  public void close() {
    canvas.close();
  }
}
