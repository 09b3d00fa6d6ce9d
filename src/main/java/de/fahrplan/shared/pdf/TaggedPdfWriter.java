package de.fahrplan.shared.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;

/**
 * Writes a tagged PDF/UA-1 document straight with PDFBox: headings, paragraphs and tables whose
 * header repeats on every page, with boxes drawn into cells as decoration. For documents of many
 * rows (the roadmap of 10,000 measures), where laying out XHTML (openhtmltopdf, ADR 0005) costs
 * seconds: here a row is a few lines of text, each cell one marked-content sequence tied to its
 * structure element, everything drawn that is not text an artifact.
 *
 * <p>Structure: Document → H1…H6, P, Table → THead → TR → TH (scope column), TBody → TR → TD. A
 * header repeated on a continuation page and the page numbers are pagination artifacts. Fonts are
 * DejaVu Sans, embedded as subsets; objects go into compressed object streams (PDF 1.7).
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

  private record Bookmark(String title, PDPage page, float top) {}

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
  private static final Color RULE = new Color(0xc5, 0xca, 0xd3);
  private static final Color HEAD = new Color(0xee, 0xf1, 0xf5);
  private static final Color HEADING = new Color(0xf4, 0xf5, 0xf7);

  static final DejaVu.Faces REGULAR = new DejaVu.Faces(DejaVu.REGULAR);
  static final DejaVu.Faces BOLD = new DejaVu.Faces(DejaVu.BOLD);

  private final PDDocument doc = new PDDocument();
  private final PDRectangle size;
  private final float margin;
  private final float bodySize;
  private float fontSize;
  private float leading;
  private float padding;
  private TrueTypeFont regularFace;
  private TrueTypeFont boldFace;
  private final PDFont regular;
  private final PDFont bold;
  private final PDStructureTreeRoot tree = new PDStructureTreeRoot();
  private final PDStructureElement root;
  private final Map<Integer, PDParentTreeValue> parents = new HashMap<>();
  private final LineBreaker breaker;

  private final List<Bookmark> bookmarks = new ArrayList<>();
  private String runningHeader;
  private PDPage page;
  private PDPageContentStream content;
  private COSArray pageParents;
  private float y;

  /**
   * A document of pages of {@code size} with {@code margin} points on every side and body text of
   * {@code fontSize} points; {@code author} is the municipality.
   */
  public TaggedPdfWriter(
      String title, String subject, String author, PDRectangle size, float margin, float fontSize) {
    this.size = size;
    this.margin = margin;
    this.bodySize = fontSize;
    textSize(fontSize);
    try {
      regularFace = REGULAR.borrow();
      boldFace = BOLD.borrow();
      regular = PDType0Font.load(doc, regularFace, true);
      bold = PDType0Font.load(doc, boldFace, true);
      breaker = new LineBreaker(regular, bold);
      describe(title, subject, author);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    root = new PDStructureElement("Document", tree);
    tree.appendKid(root);
  }

  private void textSize(float size) {
    this.fontSize = size;
    this.leading = size * 1.25f;
    this.padding = size * 0.35f;
  }

  /** The width between the margins, in points. */
  public float width() {
    return size.getWidth() - 2 * margin;
  }

  /** A heading of level 1–6 as in the roadmap: a large title, sections on a grey band. */
  public void heading(int level, String text) {
    heading(level, text, level == 1 ? fontSize * 2 : fontSize * 1.15f, 0, level > 1, false);
  }

  /**
   * A heading of level 1–6 in {@code points} points, {@code before} points below what precedes it,
   * kept on one page with what follows it; {@code band} lays it on a grey band, {@code bookmark}
   * lists it in the PDF's outline.
   */
  public void heading(
      int level, String text, float points, float before, boolean band, boolean bookmark) {
    PDStructureElement h = element(root, "H" + level);
    List<String> lines = breaker.wrap(text, bold, points, width() - 2 * padding);
    float height = lines.size() * points * 1.25f + 2 * padding;
    if (page != null && y < size.getHeight() - margin - 1) {
      y -= before;
    }
    need(height + 4 * leading);
    if (band) {
      artifact(() -> fill(margin, y - height, width(), height, HEADING));
    }
    if (bookmark) {
      bookmarks.add(new Bookmark(text, page, y));
    }
    float top = y - padding;
    float x = band ? margin + padding : margin;
    mark(h, () -> lines(lines, bold, points, TEXT, x, top, Float.NaN));
    y -= height + padding;
  }

  /** Text in the top margin of every page, e.g. „Entwurf – Diskussionsgrundlage“. */
  public void runningHeader(String text) {
    this.runningHeader = text;
  }

  /** Continues on a new page. */
  public void pageBreak() {
    newPage();
  }

  /** A paragraph of body text across the page's width; line breaks kept. */
  public void paragraph(String text) {
    paragraph(List.of(new Run(text, false)));
  }

  /** A paragraph of runs in regular and bold type. */
  public void paragraph(List<Run> runs) {
    block(element(root, "P"), runs, 0);
  }

  /** A bulleted list: L → LI → LBody, the bullets drawn as decoration. */
  public void bullets(List<String> items) {
    PDStructureElement list = element(root, "L");
    for (String item : items) {
      PDStructureElement body = element(element(list, "LI"), "LBody");
      if (page == null || y - margin < leading) {
        newPage();
      }
      float centre = y - fontSize * 0.65f;
      artifact(() -> dot(margin + 1.5f * MM, centre, fontSize * 0.16f));
      block(body, List.of(new Run(item, false)), 4 * MM);
      y += padding;
    }
    y -= padding;
  }

  /**
   * A picture with its text alternative, scaled to fit {@code maxWidth} × {@code maxHeight} points
   * and the page. A picture PDFBox cannot read (a damaged upload) is replaced by its text
   * alternative: the document is still written.
   */
  public void figure(byte[] image, String alt, float maxWidth, float maxHeight) {
    org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject picture;
    try {
      picture =
          org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(
              doc, image, "figure");
    } catch (IOException | IllegalArgumentException e) {
      paragraph(alt);
      return;
    }
    float scale =
        Math.min(
            Math.min(maxWidth, width()) / picture.getWidth(),
            Math.min(maxHeight, size.getHeight() - 2 * margin) / picture.getHeight());
    float w = picture.getWidth() * scale;
    float h = picture.getHeight() * scale;
    need(h + padding);
    PDStructureElement figure = element(root, "Figure");
    figure.setAlternateDescription(alt);
    float bottom = y - h;
    mark(figure, () -> content.drawImage(picture, margin, bottom, w, h));
    y = bottom - 2 * padding;
  }

  /** Lines of runs into {@code element}, {@code indent} points in, going on over pages. */
  private void block(PDStructureElement element, List<Run> runs, float indent) {
    List<List<LineBreaker.Segment>> lines = breaker.wrapRuns(runs, fontSize, width() - indent);
    int from = 0;
    while (from < lines.size()) {
      if (page == null || y - margin < leading) {
        newPage();
      }
      int to = Math.min(lines.size(), from + Math.max(1, (int) ((y - margin) / leading)));
      List<List<LineBreaker.Segment>> part = lines.subList(from, to);
      float top = y;
      mark(element, () -> segments(part, margin + indent, top));
      y -= (to - from) * leading;
      from = to;
    }
    y -= padding * 2;
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
    PDStructureElement table = element(root, "Table");
    List<String> captionLines =
        caption == null ? List.of() : breaker.wrap(caption, bold, fontSize, width() - 2 * padding);
    PDStructureElement captionElement = captionLines.isEmpty() ? null : element(table, "Caption");
    PDStructureElement headRow = element(element(table, "THead"), "TR");
    List<PDStructureElement> headers = new ArrayList<>();
    for (Column c : columns) {
      PDStructureElement th = element(headRow, "TH");
      PDTableAttributeObject scope = new PDTableAttributeObject();
      scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
      th.addAttribute(scope);
      headers.add(th);
    }
    PDStructureElement body = element(table, "TBody");
    float headHeight = headHeight(columns);
    List<List<List<String>>> first =
        rows.isEmpty() ? List.of() : List.of(lines(columns, rows.get(0)));
    need(
        captionLines.size() * leading
            + headHeight
            + (first.isEmpty() ? 0 : height(first.get(0), minRowHeight)));
    if (!captionLines.isEmpty()) {
      text(captionElement, captionLines, bold, TEXT, margin, y, Float.NaN);
      y -= captionLines.size() * leading + padding;
    }
    header(columns, headers);
    for (Row row : rows) {
      List<List<String>> lines = lines(columns, row);
      List<PDStructureElement> cells = new ArrayList<>();
      PDStructureElement tr = element(body, "TR");
      for (int i = 0; i < columns.size(); i++) {
        cells.add(element(tr, "TD"));
      }
      int from = 0;
      int most = lines.stream().mapToInt(List::size).max().orElse(0);
      do {
        // a row that fits on a fresh page is not split; a taller one is split here
        float needed = height(lines, minRowHeight) - from * leading;
        float fresh = size.getHeight() - 2 * margin - headHeight;
        if (needed > y - margin && (needed <= fresh || y - margin < 2 * (leading + padding))) {
          newPage();
          header(columns, null);
        }
        float rest = y - margin - 2 * padding;
        int fit = Math.max(1, (int) (rest / leading));
        int to = Math.min(most, from + fit);
        float rowHeight =
            Math.max((to - from) * leading + 2 * padding, from == 0 ? minRowHeight : 0);
        if (from == 0 && rowHeight > y - margin) {
          rowHeight = y - margin;
        }
        float top = y;
        float x = margin;
        for (int i = 0; i < columns.size(); i++) {
          Cell cell = row.cells().get(i);
          List<String> cellLines = lines.get(i);
          if (from < cellLines.size()) {
            Column column = columns.get(i);
            text(
                cells.get(i),
                cellLines.subList(from, Math.min(to, cellLines.size())),
                cell.strong() ? bold : regular,
                cell.color(),
                x + padding,
                top - padding,
                column.right() ? x + column.width() - padding : Float.NaN);
          }
          if (from == 0 && !cell.boxes().isEmpty()) {
            float left = x;
            float width = columns.get(i).width();
            artifact(() -> cell.boxes().forEach(b -> box(b, left, top, width)));
          }
          x += columns.get(i).width();
        }
        float bottom = top - rowHeight;
        artifact(() -> rule(bottom));
        y = bottom;
        from = to;
      } while (from < most);
    }
    y -= padding * 2;
  }

  /**
   * A table of text across the page, its columns sized as browsers do: each as wide as its longest
   * line where all fit, else shrunk towards its longest word; where even the longest words do not
   * fit, the table is set smaller (down to 7 points) rather than breaking words. {@code right} are
   * the indexes of right-aligned columns (amounts).
   */
  public void textTable(
      String caption, List<String> head, List<List<String>> rows, java.util.Set<Integer> right) {
    float[][] widths = widths(head, rows);
    float least = 0;
    for (float w : widths[1]) {
      least += w;
    }
    if (least > width()) {
      // every width grows with the type size: this size fits the longest words
      textSize(Math.max(7, fontSize * width() / least * 0.995f));
      widths = widths(head, rows);
    }
    List<Row> cells = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      cells.add(new Row(row.stream().map(Cell::of).toList()));
    }
    table(caption, columns(head, widths[0], widths[1], right), cells, 0);
    textSize(bodySize);
  }

  /** Per column the width of its longest line and of its longest word, in points. */
  private float[][] widths(List<String> head, List<List<String>> rows) {
    return ColumnWidths.measure(
        head, rows, breaker.metrics(bold), breaker.metrics(regular), fontSize, padding);
  }

  /** The text table's columns, filling the page by {@link ColumnWidths#fill}'s rule. */
  private List<Column> columns(
      List<String> head, float[] natural, float[] least, java.util.Set<Integer> right) {
    float[] widths = ColumnWidths.fill(natural, least, width());
    List<Column> columns = new ArrayList<>(head.size());
    for (int i = 0; i < head.size(); i++) {
      columns.add(new Column(head.get(i), widths[i], List.of(), right.contains(i)));
    }
    return columns;
  }

  /** The finished PDF: page numbers, structure tree, metadata; objects in compressed streams. */
  public byte[] finish() {
    try {
      closePage();
      int count = doc.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        PDPage p = doc.getPage(i);
        try (PDPageContentStream footer =
            new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
          String text = "Seite " + (i + 1) + " von " + count;
          float w = breaker.metrics(regular).width(text) / 1000 * fontSize;
          footer.appendRawCommands("/Artifact <</Type /Pagination>> BDC\n");
          footer.beginText();
          footer.setFont(regular, fontSize);
          footer.setNonStrokingColor(TEXT);
          footer.newLineAtOffset(size.getWidth() - margin - w, margin / 2);
          PDPageContentStream body = content;
          content = footer;
          show(regular, text);
          footer.endText();
          footer.endMarkedContent();
          if (runningHeader != null) {
            float h = breaker.metrics(bold).width(runningHeader) / 1000 * fontSize;
            float top = size.getHeight() - margin / 2;
            footer.appendRawCommands("/Artifact <</Type /Pagination>> BDC\n");
            lines(
                List.of(runningHeader),
                bold,
                fontSize,
                TEXT,
                (size.getWidth() - h) / 2,
                top,
                Float.NaN);
            footer.endMarkedContent();
          }
          content = body;
        }
      }
      outline();
      PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
      parentTree.setNumbers(parents);
      tree.setParentTree(parentTree);
      tree.setParentTreeNextKey(count);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out, CompressParameters.DEFAULT_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The headings asked for as bookmarks, in order, each pointing at its place on its page. */
  private void outline() {
    if (bookmarks.isEmpty()) {
      return;
    }
    var outline =
        new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline();
    for (Bookmark b : bookmarks) {
      var destination =
          new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination
              .PDPageXYZDestination();
      destination.setPage(b.page());
      destination.setTop(Math.round(b.top()));
      var item =
          new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem();
      item.setTitle(b.title());
      item.setDestination(destination);
      outline.addLast(item);
    }
    doc.getDocumentCatalog().setDocumentOutline(outline);
  }

  @Override
  public void close() {
    try {
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // the document is done with the faces, its subsets written or abandoned
      REGULAR.giveBack(regularFace);
      BOLD.giveBack(boldFace);
      regularFace = null;
      boldFace = null;
    }
  }

  // --- layout -------------------------------------------------------------------------------

  private float headHeight(List<Column> columns) {
    int most = 1;
    for (Column c : columns) {
      most =
          Math.max(most, breaker.wrap(c.header(), bold, fontSize, c.width() - 2 * padding).size());
    }
    return most * leading + 2 * padding;
  }

  /** The header row; tagged into {@code headers} at the table's start, else an artifact. */
  private void header(List<Column> columns, List<PDStructureElement> headers) {
    float height = headHeight(columns);
    float top = y;
    artifact(() -> fill(margin, top - height, width(), height, HEAD));
    float x = margin;
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      PDStructureElement th = headers == null ? null : headers.get(i);
      if (c.labels().isEmpty()) {
        List<String> lines = breaker.wrap(c.header(), bold, fontSize, c.width() - 2 * padding);
        if (th == null) {
          float left = x;
          float right = c.right() ? left + c.width() - padding : Float.NaN;
          artifact(() -> lines(lines, bold, fontSize, TEXT, left + padding, top - padding, right));
        } else {
          float right = c.right() ? x + c.width() - padding : Float.NaN;
          text(th, lines, bold, TEXT, x + padding, top - padding, right);
        }
      } else {
        for (Label l : c.labels()) {
          float at = x + (float) l.at() * c.width();
          List<String> one = List.of(l.text());
          if (th == null) {
            artifact(() -> lines(one, bold, fontSize, TEXT, at, top - padding, Float.NaN));
          } else {
            text(th, one, bold, TEXT, at, top - padding, Float.NaN);
          }
        }
      }
      x += c.width();
    }
    y -= height;
  }

  private List<List<String>> lines(List<Column> columns, Row row) {
    List<List<String>> lines = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = row.cells().get(i);
      lines.add(
          breaker.wrap(
              cell.text(),
              cell.strong() ? bold : regular,
              fontSize,
              columns.get(i).width() - 2 * padding));
    }
    return lines;
  }

  private float height(List<List<String>> lines, float minRowHeight) {
    int most = lines.stream().mapToInt(List::size).max().orElse(0);
    return Math.max(most * leading + 2 * padding, minRowHeight);
  }

  /** Starts a new page when less than {@code height} points are left on this one. */
  private void need(float height) {
    if (page == null || y - height < margin) {
      newPage();
    }
  }

  private void newPage() {
    closePage();
    page = new PDPage(size);
    doc.addPage(page);
    page.getCOSObject().setInt(COSName.STRUCT_PARENTS, parents.size());
    try {
      content = new PDPageContentStream(doc, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pageParents = new COSArray();
    y = size.getHeight() - margin;
  }

  private void closePage() {
    if (content != null) {
      try {
        content.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      parents.put(parents.size(), new PDParentTreeValue(pageParents));
      content = null;
    }
  }

  // --- drawing ------------------------------------------------------------------------------

  private interface Drawing {
    void draw() throws IOException;
  }

  /** Lines of body text as one marked-content sequence of {@code element}. */
  private void text(
      PDStructureElement element,
      List<String> lines,
      PDFont font,
      Color color,
      float x,
      float top,
      float right) {
    mark(element, () -> lines(lines, font, fontSize, color, x, top, right));
  }

  /** Real content: what {@code drawing} draws is one marked-content sequence of {@code element}. */
  private void mark(PDStructureElement element, Drawing drawing) {
    if (page == null) {
      newPage();
    }
    int mcid = pageParents.size();
    try {
      content.appendRawCommands("/" + element.getStructureType() + " <</MCID " + mcid + ">> BDC\n");
      drawing.draw();
      content.endMarkedContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (element.getPage() == null) {
      element.setPage(page);
    }
    if (element.getPage().getCOSObject() == page.getCOSObject()) {
      org.apache.pdfbox.cos.COSDictionary properties = new org.apache.pdfbox.cos.COSDictionary();
      properties.setInt(COSName.MCID, mcid);
      element.appendKid(
          org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent.create(
              COSName.getPDFName(element.getStructureType()), properties));
    } else {
      PDMarkedContentReference ref = new PDMarkedContentReference();
      ref.setMCID(mcid);
      ref.setPage(page);
      element.appendKid(ref);
    }
    pageParents.add(element);
  }

  /** Lines in one font from {@code top} down; right-aligned at {@code right} unless NaN. */
  private void lines(
      List<String> lines, PDFont font, float size, Color color, float x, float top, float right)
      throws IOException {
    FontMetrics metrics = breaker.metrics(font);
    content.beginText();
    content.setFont(font, size);
    content.setNonStrokingColor(color);
    float baseline = top - size;
    for (String line : lines) {
      float at = Float.isNaN(right) ? x : right - metrics.width(line) / 1000 * size;
      content.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(at, baseline));
      show(font, line);
      baseline -= size * 1.25f;
    }
    content.endText();
  }

  /** Lines of segments (regular and bold pieces) from {@code top} down. */
  private void segments(List<List<LineBreaker.Segment>> lines, float x, float top)
      throws IOException {
    content.beginText();
    content.setNonStrokingColor(TEXT);
    float baseline = top - fontSize;
    for (List<LineBreaker.Segment> line : lines) {
      content.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(x, baseline));
      for (LineBreaker.Segment segment : line) {
        content.setFont(segment.font(), fontSize);
        show(segment.font(), segment.text());
      }
      baseline -= leading;
    }
    content.endText();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Shows a line as the font's glyph codes. Not {@code showText}: PDFBox applies the font's glyph
   * substitutions (GSUB) there, which DejaVu Sans does not need for these texts and which took most
   * of the time of a large table.
   */
  private void show(PDFont font, String line) throws IOException {
    PDType0Font type0 = (PDType0Font) font;
    line.codePoints().forEach(type0::addToSubset);
    byte[] codes = type0.encode(line);
    StringBuilder hex = new StringBuilder(codes.length * 2 + 6).append('<');
    for (byte b : codes) {
      hex.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }
    content.appendRawCommands(hex.append("> Tj\n").toString());
  }

  private void artifact(Drawing drawing) {
    if (page == null) {
      newPage();
    }
    try {
      content.beginMarkedContent(COSName.ARTIFACT);
      drawing.draw();
      content.endMarkedContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void fill(float x, float y, float width, float height, Color color) throws IOException {
    content.setNonStrokingColor(color);
    content.addRect(x, y, width, height);
    content.fill();
  }

  /** A filled circle (a list bullet): four Bézier quarters. */
  private void dot(float x, float y, float r) throws IOException {
    float k = r * 0.5523f;
    content.setNonStrokingColor(TEXT);
    content.moveTo(x - r, y);
    content.curveTo(x - r, y + k, x - k, y + r, x, y + r);
    content.curveTo(x + k, y + r, x + r, y + k, x + r, y);
    content.curveTo(x + r, y - k, x + k, y - r, x, y - r);
    content.curveTo(x - k, y - r, x - r, y - k, x - r, y);
    content.fill();
  }

  private void rule(float at) throws IOException {
    content.setStrokingColor(RULE);
    content.setLineWidth(0.5f);
    content.moveTo(margin, at);
    content.lineTo(margin + width(), at);
    content.stroke();
  }

  private void box(Box b, float left, float top, float width) {
    try {
      float x = left + (float) b.left() * width;
      float w = (float) (b.right() - b.left()) * width;
      fill(x, top - b.top() - b.height(), w, b.height(), b.color());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PDStructureElement element(PDStructureNode parent, String type) {
    PDStructureElement element = new PDStructureElement(type, parent);
    parent.appendKid(element);
    return element;
  }

  // --- document -----------------------------------------------------------------------------

  private void describe(String title, String subject, String author) throws IOException {
    doc.setVersion(1.7f);
    var info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setSubject(subject);
    info.setAuthor(author);
    info.setProducer("Fahrplan");
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setLanguage("de");
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    catalog.setMarkInfo(mark);
    catalog.setStructureTreeRoot(tree);
    PDViewerPreferences preferences =
        new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    var dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addCreator(author);
    dc.addLanguage("de");
    XMPSchema ua = new XMPSchema(xmp, "http://www.aiim.org/pdfua/ns/id/", "pdfuaid");
    ua.addProperty(
        xmp.getTypeMapping().createInteger(ua.getNamespace(), ua.getPrefix(), "part", 1));
    xmp.addSchema(ua);
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(XmpWriter.bytes(xmp));
    catalog.setMetadata(metadata);
  }
}
