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
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The pages under {@link TaggedPdfWriter}: a cursor running down them, a new page where the rest is
 * too short, text drawn as marked content tied to its structure element (with the parent tree
 * PDF/UA asks for), everything else drawn as an artifact; at the end the page numbers; the outline
 * and the metadata come from {@link PdfCatalog}. It owns the document and the two font faces it
 * borrows.
 */
final class PdfCanvas implements AutoCloseable {

  /** Something drawn into the page's content stream. */
  interface Drawing {
    void draw() throws IOException;
  }

  private static final Color RULE = new Color(0xc5, 0xca, 0xd3);

  private final PDDocument doc = new PDDocument();
  private final PDRectangle size;
  private final float margin;
  private TrueTypeFont regularFace;
  private TrueTypeFont boldFace;
  final PDFont regular;
  final PDFont bold;
  final LineBreaker breaker;
  private final PDStructureTreeRoot tree = new PDStructureTreeRoot();
  private final PDStructureElement root;
  private final Map<Integer, PDParentTreeValue> parents = new HashMap<>();
  private final List<PdfCatalog.Bookmark> bookmarks = new ArrayList<>();
  private String runningHeader;
  private float fontSize;
  private float leading;
  private float padding;
  private PDPage page;
  private PDPageContentStream content;
  private COSArray pageParents;
  private float y;

  PdfCanvas(
      String title, String subject, String author, PDRectangle size, float margin, float fontSize) {
    this.size = size;
    this.margin = margin;
    textSize(fontSize);
    try {
      regularFace = TaggedPdfWriter.REGULAR.borrow();
      boldFace = TaggedPdfWriter.BOLD.borrow();
      regular = PDType0Font.load(doc, regularFace, true);
      bold = PDType0Font.load(doc, boldFace, true);
      breaker = new LineBreaker(regular, bold);
      PdfCatalog.describe(doc, tree, title, subject, author);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    root = element(tree, "Document");
  }

  // --- type and cursor ----------------------------------------------------------------------

  /** Body text of {@code size} points; leading and cell padding follow it. */
  void textSize(float size) {
    this.fontSize = size;
    this.leading = size * 1.25f;
    this.padding = size * 0.35f;
  }

  float fontSize() {
    return fontSize;
  }

  float leading() {
    return leading;
  }

  float padding() {
    return padding;
  }

  float margin() {
    return margin;
  }

  /** The width between the margins, in points. */
  float width() {
    return size.getWidth() - 2 * margin;
  }

  /** The height between the margins of a fresh page, in points. */
  float pageHeight() {
    return size.getHeight() - 2 * margin;
  }

  /** Where the cursor stands, in points from the page's bottom. */
  float y() {
    return y;
  }

  /** What is left of this page below the cursor, in points. */
  float rest() {
    return y - margin;
  }

  /** Whether something already stands on this page. */
  boolean pageBegun() {
    return page != null && y < size.getHeight() - margin - 1;
  }

  void down(float points) {
    y -= points;
  }

  void moveTo(float at) {
    y = at;
  }

  /** Starts a new page when less than {@code height} points are left on this one. */
  void need(float height) {
    if (page == null || y - height < margin) {
      newPage();
    }
  }

  void newPage() {
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

  // --- structure ----------------------------------------------------------------------------

  /** A structure element of {@code type} below the document. */
  PDStructureElement element(String type) {
    return element(root, type);
  }

  static PDStructureElement element(PDStructureNode parent, String type) {
    PDStructureElement element = new PDStructureElement(type, parent);
    parent.appendKid(element);
    return element;
  }

  /** Lists {@code title} in the PDF's outline, pointing at the cursor's place on this page. */
  void bookmark(String title) {
    bookmarks.add(new PdfCatalog.Bookmark(title, page, y));
  }

  /** Text in the top margin of every page. */
  void runningHeader(String text) {
    this.runningHeader = text;
  }

  /** Real content: what {@code drawing} draws is one marked-content sequence of {@code element}. */
  void mark(PDStructureElement element, Drawing drawing) {
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
      COSDictionary properties = new COSDictionary();
      properties.setInt(COSName.MCID, mcid);
      element.appendKid(
          PDMarkedContent.create(COSName.getPDFName(element.getStructureType()), properties));
    } else {
      PDMarkedContentReference ref = new PDMarkedContentReference();
      ref.setMCID(mcid);
      ref.setPage(page);
      element.appendKid(ref);
    }
    pageParents.add(element);
  }

  /** Decoration: what {@code drawing} draws is an artifact, not read out. */
  void artifact(Drawing drawing) {
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

  // --- drawing ------------------------------------------------------------------------------

  /** Lines of body text as one marked-content sequence of {@code element}. */
  void text(
      PDStructureElement element,
      List<String> lines,
      PDFont font,
      Color color,
      float x,
      float top,
      float right) {
    mark(element, () -> lines(lines, font, fontSize, color, x, top, right));
  }

  /** Lines in one font from {@code top} down; right-aligned at {@code right} unless NaN. */
  void lines(
      List<String> lines, PDFont font, float size, Color color, float x, float top, float right)
      throws IOException {
    PdfText.lines(content, breaker.metrics(font), lines, font, size, color, x, top, right);
  }

  /** Lines of segments (regular and bold pieces) from {@code top} down. */
  void segments(List<List<LineBreaker.Segment>> lines, float x, float top) throws IOException {
    PdfText.segments(content, lines, fontSize, leading, x, top);
  }

  /** A picture as the document can embed it; throws where PDFBox cannot read the bytes. */
  PDImageXObject picture(byte[] image) throws IOException {
    return PDImageXObject.createFromByteArray(doc, image, "figure");
  }

  void image(PDImageXObject picture, float x, float y, float width, float height)
      throws IOException {
    content.drawImage(picture, x, y, width, height);
  }

  void fill(float x, float y, float width, float height, Color color) throws IOException {
    content.setNonStrokingColor(color);
    content.addRect(x, y, width, height);
    content.fill();
  }

  /** A filled circle (a list bullet): four Bézier quarters. */
  void dot(float x, float y, float r) throws IOException {
    float k = r * 0.5523f;
    content.setNonStrokingColor(TaggedPdfWriter.TEXT);
    content.moveTo(x - r, y);
    content.curveTo(x - r, y + k, x - k, y + r, x, y + r);
    content.curveTo(x + k, y + r, x + r, y + k, x + r, y);
    content.curveTo(x + r, y - k, x + k, y - r, x, y - r);
    content.curveTo(x - k, y - r, x - r, y - k, x - r, y);
    content.fill();
  }

  /** A thin line across the page at {@code at}. */
  void rule(float at) throws IOException {
    content.setStrokingColor(RULE);
    content.setLineWidth(0.5f);
    content.moveTo(margin, at);
    content.lineTo(margin + width(), at);
    content.stroke();
  }

  // --- document -----------------------------------------------------------------------------

  /** The finished PDF: page numbers, structure tree, metadata; objects in compressed streams. */
  byte[] finish() {
    try {
      closePage();
      int count = doc.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        paginate(doc.getPage(i), "Seite " + (i + 1) + " von " + count);
      }
      PdfCatalog.outline(doc, bookmarks);
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

  /** The page number bottom right and the running header, both pagination artifacts. */
  private void paginate(PDPage p, String number) throws IOException {
    try (PDPageContentStream footer =
        new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
      float w = breaker.metrics(regular).width(number) / 1000 * fontSize;
      footer.appendRawCommands("/Artifact <</Type /Pagination>> BDC\n");
      footer.beginText();
      footer.setFont(regular, fontSize);
      footer.setNonStrokingColor(TaggedPdfWriter.TEXT);
      footer.newLineAtOffset(size.getWidth() - margin - w, margin / 2);
      PdfText.show(footer, regular, number);
      footer.endText();
      footer.endMarkedContent();
      if (runningHeader != null) {
        float h = breaker.metrics(bold).width(runningHeader) / 1000 * fontSize;
        float top = size.getHeight() - margin / 2;
        footer.appendRawCommands("/Artifact <</Type /Pagination>> BDC\n");
        PdfText.lines(
            footer,
            breaker.metrics(bold),
            List.of(runningHeader),
            bold,
            fontSize,
            TaggedPdfWriter.TEXT,
            (size.getWidth() - h) / 2,
            top,
            Float.NaN);
        footer.endMarkedContent();
      }
    }
  }

  @Override
  public void close() {
    try {
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // the document is done with the faces, its subsets written or abandoned
      TaggedPdfWriter.REGULAR.giveBack(regularFace);
      TaggedPdfWriter.BOLD.giveBack(boldFace);
      regularFace = null;
      boldFace = null;
    }
  }
}
