package de.fahrplan.documents;

import de.fahrplan.documents.Document.Block;
import de.fahrplan.documents.Document.Bullets;
import de.fahrplan.documents.Document.Facts;
import de.fahrplan.documents.Document.Figure;
import de.fahrplan.documents.Document.Heading;
import de.fahrplan.documents.Document.PageBreak;
import de.fahrplan.documents.Document.Paragraph;
import de.fahrplan.documents.Document.Table;
import de.fahrplan.shared.pdf.TaggedPdfWriter;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Run;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.attribute.office.OfficeValueAttribute;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableCellElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.dom.element.text.TextListElement;
import org.odftoolkit.odfdom.dom.element.text.TextListItemElement;
import org.odftoolkit.odfdom.incubator.doc.draw.OdfDrawFrame;
import org.odftoolkit.odfdom.incubator.doc.draw.OdfDrawImage;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextHeading;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Writes a {@link Document} as tagged PDF, as ODT (odfdom) and as DOCX (Apache POI). */
public final class DocumentFiles {

  private DocumentFiles() {}

  /** The document in one of the formats; {@code author} is the municipality. */
  public static byte[] write(Document doc, Format format, String author) {
    return switch (format) {
      case PDF -> pdf(doc, author);
      case ODT -> odt(doc);
      case DOCX -> docx(doc);
    };
  }

  /**
   * The document as tagged PDF (PDF/UA-1), A4, written straight with PDFBox (ADR 0021): headings
   * (the level-1 ones bookmarked), paragraphs, lists, tables with their header on every page,
   * pictures with their text alternative; the draft note at the top of every page.
   */
  public static byte[] pdf(Document doc, String author) {
    float mm = TaggedPdfWriter.MM;
    try (TaggedPdfWriter pdf =
        new TaggedPdfWriter(doc.title(), doc.subject(), author, PDRectangle.A4, 20 * mm, 9.5f)) {
      if (doc.draftNote() != null) {
        pdf.runningHeader(doc.draftNote());
      }
      for (Block b : doc.blocks()) {
        switch (b) {
          case Heading h -> {
            switch (h.level()) {
              case 0 -> pdf.heading(1, h.text(), 24, 30 * mm, false, false);
              case 1 -> pdf.heading(2, h.text(), 15, 6 * mm, false, true);
              default -> pdf.heading(3, h.text(), 11, 3 * mm, false, false);
            }
          }
          case Paragraph p -> pdf.paragraph(List.of(new Run(p.text(), p.emphasis())));
          case Bullets l -> pdf.bullets(l.items());
          case Document.Labelled l ->
              pdf.paragraph(
                  List.of(new Run(l.label() + ":", true), new Run(" " + l.text(), false)));
          case Facts f -> {
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < f.pairs().size(); i++) {
              String[] pair = f.pairs().get(i);
              runs.add(new Run((i == 0 ? "" : " · ") + pair[0] + ":", true));
              runs.add(new Run(" " + pair[1], false));
            }
            pdf.paragraph(runs);
          }
          case Table t -> pdf.textTable(t.caption(), t.head(), t.rows(), t.numeric());
          case Figure f -> {
            if (f.caption() == null) {
              pdf.figure(f.png(), f.alt(), pdf.width(), 25 * mm);
            } else {
              pdf.figure(f.png(), f.alt(), 170 * mm, 200 * mm);
              pdf.paragraph(f.caption());
            }
          }
          case PageBreak p -> pdf.pageBreak();
        }
      }
      return pdf.finish();
    }
  }

  // --- ODT ------------------------------------------------------------------------------------

  public static byte[] odt(Document doc) {
    try (OdfTextDocument odt = OdfTextDocument.newTextDocument()) {
      odt.getOfficeMetadata().setTitle(doc.title());
      odt.getOfficeMetadata().setSubject(doc.subject());
      odt.getOfficeMetadata().setLanguage("de-DE");
      if (doc.draftNote() != null) {
        // in the header of the default master page: on every page
        for (var master : odt.getOfficeMasterStyles()) {
          var header =
              org.odftoolkit.odfdom.pkg.OdfElement.findFirstChildNode(
                  org.odftoolkit.odfdom.dom.element.style.StyleHeaderElement.class, master);
          if (header == null) {
            header = master.newStyleHeaderElement();
          }
          while (header.getFirstChild() != null) {
            header.removeChild(header.getFirstChild());
          }
          header.newTextPElement().setTextContent(doc.draftNote());
        }
      }
      OfficeTextElement root = odt.getContentRoot();
      // the empty paragraph of the blank template
      while (root.getLastChild() instanceof OdfTextParagraph p && p.getTextContent().isEmpty()) {
        root.removeChild(p);
      }
      int images = 0;
      int tables = 0;
      for (Block b : doc.blocks()) {
        switch (b) {
          case Heading h -> {
            OdfTextHeading heading =
                new OdfTextHeading(
                    odt.getContentDom(), h.level() == 0 ? "Title" : "Heading_20_" + h.level());
            heading.setTextOutlineLevelAttribute(Math.max(1, h.level()));
            heading.addContent(h.text());
            root.appendChild(heading);
          }
          case Paragraph p -> {
            OdfTextParagraph para = odt.newParagraph();
            if (p.emphasis()) {
              para.setStyleName("Heading");
            }
            para.addContentWhitespace(p.text());
          }
          case Bullets l -> list(odt, root, l.items());
          // line breaks the owner typed stay line breaks (text:line-break)
          case Document.Labelled l ->
              odt.newParagraph().addContentWhitespace(l.label() + ": " + l.text());
          case Facts f -> list(odt, root, f.pairs().stream().map(x -> x[0] + ": " + x[1]).toList());
          case Table t -> table(odt, root, t, ++tables);
          case Figure f -> {
            OdfTextParagraph para = odt.newParagraph();
            OdfDrawFrame frame = new OdfDrawFrame(odt.getContentDom());
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(f.png()));
            double widthCm = f.caption() == null ? 4 : 16;
            double heightCm = widthCm * img.getHeight() / img.getWidth();
            frame.setSvgWidthAttribute(String.format(Locale.ROOT, "%.2fcm", widthCm));
            frame.setSvgHeightAttribute(String.format(Locale.ROOT, "%.2fcm", heightCm));
            frame.setTextAnchorTypeAttribute("as-char");
            frame.newSvgTitleElement().setTextContent(f.alt());
            OdfDrawImage image = new OdfDrawImage(odt.getContentDom());
            frame.appendChild(image);
            image.newImage(
                f.png(),
                "Pictures/image" + (++images) + extension(f.contentType()),
                f.contentType());
            para.appendChild(frame);
            if (f.caption() != null) {
              odt.newParagraph(f.caption());
            }
          }
          case PageBreak pb -> {
            var style =
                odt.getContentDom()
                    .getOrCreateAutomaticStyles()
                    .newStyle(org.odftoolkit.odfdom.dom.style.OdfStyleFamily.Paragraph);
            style.setProperty(
                org.odftoolkit.odfdom.dom.style.props.OdfParagraphProperties.BreakAfter, "page");
            odt.newParagraph().setStyleName(style.getStyleNameAttribute());
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      odt.save(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("ODT „" + doc.title() + "“ could not be written", e);
    }
  }

  /**
   * A table written element by element: odfdom's cell-by-position API walks the rows for every
   * cell, which made an annex of 3,000 overdue milestones take seconds.
   */
  private static void table(OdfTextDocument odt, OfficeTextElement root, Table t, int number)
      throws Exception {
    odt.newParagraph(t.caption());
    TableTableElement table = root.newTableTableElement();
    table.setTableNameAttribute("Tabelle" + number);
    table.newTableTableColumnElement().setTableNumberColumnsRepeatedAttribute(t.head().size());
    row(table.newTableTableHeaderRowsElement().newTableTableRowElement(), t.head());
    for (List<String> cells : t.rows()) {
      row(table.newTableTableRowElement(), cells);
    }
  }

  private static void row(TableTableRowElement row, List<String> cells) {
    for (String text : cells) {
      TableTableCellElement cell = row.newTableTableCellElement(0, "string");
      cell.removeAttributeNS(OfficeValueAttribute.ATTRIBUTE_NAME.getUri(), "value");
      cell.newTextPElement().setTextContent(text);
    }
  }

  private static void list(OdfTextDocument odt, OfficeTextElement root, List<String> items)
      throws Exception {
    TextListElement list = root.newTextListElement();
    for (String item : items) {
      TextListItemElement li = list.newTextListItemElement();
      li.newTextPElement().setTextContent(item);
    }
  }

  private static String extension(String contentType) {
    return "image/jpeg".equals(contentType) ? ".jpg" : ".png";
  }

  // --- DOCX -----------------------------------------------------------------------------------

  public static byte[] docx(Document doc) {
    try (XWPFDocument docx = new XWPFDocument()) {
      docx.getProperties().getCoreProperties().setTitle(doc.title());
      docx.getProperties().getCoreProperties().setSubjectProperty(doc.subject());
      styles(docx);
      if (doc.draftNote() != null) {
        docx.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
            .createParagraph()
            .createRun()
            .setText(doc.draftNote());
      }
      for (Block b : doc.blocks()) {
        switch (b) {
          case Heading h -> {
            XWPFParagraph p = docx.createParagraph();
            p.setStyle(h.level() == 0 ? "Title" : "Heading" + h.level());
            p.createRun().setText(h.text());
          }
          case Paragraph p -> {
            XWPFRun run = docx.createParagraph().createRun();
            run.setBold(p.emphasis());
            lines(run, p.text());
          }
          case Bullets l -> l.items().forEach(i -> bullet(docx, i));
          case Document.Labelled l -> {
            XWPFParagraph p = docx.createParagraph();
            XWPFRun label = p.createRun();
            label.setBold(true);
            label.setText(l.label() + ": ");
            lines(p.createRun(), l.text());
          }
          case Facts f -> f.pairs().forEach(x -> bullet(docx, x[0] + ": " + x[1]));
          case Table t -> {
            XWPFParagraph caption = docx.createParagraph();
            caption.setStyle("Caption");
            caption.createRun().setText(t.caption());
            XWPFTable table = docx.createTable(t.rows().size() + 1, t.head().size());
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            for (int c = 0; c < t.head().size(); c++) {
              XWPFRun run = head.getCell(c).getParagraphs().get(0).createRun();
              run.setBold(true);
              run.setText(t.head().get(c));
            }
            for (int r = 0; r < t.rows().size(); r++) {
              List<String> row = t.rows().get(r);
              for (int c = 0; c < row.size(); c++) {
                table.getRow(r + 1).getCell(c).setText(row.get(c));
              }
            }
          }
          case Figure f -> {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(f.png()));
            int widthPt = f.caption() == null ? 110 : 450;
            int heightPt = widthPt * img.getHeight() / img.getWidth();
            XWPFRun run = docx.createParagraph().createRun();
            run.addPicture(
                new ByteArrayInputStream(f.png()),
                "image/jpeg".equals(f.contentType())
                    ? org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG
                    : org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                "abbildung" + extension(f.contentType()),
                Units.toEMU(widthPt),
                Units.toEMU(heightPt));
            // the text alternative, as Word's "Alternativtext"
            run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(f.alt());
            if (f.caption() != null) {
              XWPFParagraph caption = docx.createParagraph();
              caption.setStyle("Caption");
              caption.createRun().setText(f.caption());
            }
          }
          case PageBreak pb -> docx.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      docx.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("DOCX „" + doc.title() + "“ could not be written", e);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void lines(XWPFRun run, String text) {
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
  }

  private static void bullet(XWPFDocument docx, String text) {
    XWPFParagraph p = docx.createParagraph();
    p.setStyle("ListParagraph");
    p.createRun().setText("– " + text);
  }

  /** Title, headings and caption as real Word styles: the navigation pane and outline use them. */
  private static void styles(XWPFDocument docx) {
    XWPFStyles styles = docx.createStyles();
    style(styles, "Title", "Title", 0, 48);
    style(styles, "Heading1", "heading 1", 1, 32);
    style(styles, "Heading2", "heading 2", 2, 26);
    style(styles, "Caption", "caption", -1, 20);
    style(styles, "ListParagraph", "List Paragraph", -1, 22);
  }

  private static void style(
      XWPFStyles styles, String id, String name, int outline, int halfPoints) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.addNewName().setVal(name);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewQFormat();
    if (outline >= 0) {
      ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(Math.max(0, outline - 1)));
    }
    var rpr = ct.addNewRPr();
    rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    if (outline >= 0 || "Caption".equals(id)) {
      rpr.addNewB();
    }
    rpr.addNewLang().setVal("de-DE");
    styles.addStyle(new XWPFStyle(ct));
  }
}
