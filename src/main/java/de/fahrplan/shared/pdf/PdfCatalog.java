package de.fahrplan.shared.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;

/**
 * What PDF/UA-1 asks of a tagged document's catalog besides its pages: title shown instead of the
 * file name, language, the marked flag and structure tree, XMP metadata naming PDF/UA part 1 – and
 * the outline of the headings asked for as bookmarks.
 */
final class PdfCatalog {

  /** A heading listed in the outline, pointing at {@code top} on its page. */
  record Bookmark(String title, PDPage page, float top) {}

  private PdfCatalog() {}

  static void describe(
      PDDocument doc, PDStructureTreeRoot tree, String title, String subject, String author)
      throws IOException {
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
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
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

  /** The bookmarks in order, each pointing at its place on its page; none, no outline. */
  static void outline(PDDocument doc, List<Bookmark> bookmarks) {
    if (bookmarks.isEmpty()) {
      return;
    }
    PDDocumentOutline outline = new PDDocumentOutline();
    for (Bookmark b : bookmarks) {
      PDPageXYZDestination destination = new PDPageXYZDestination();
      destination.setPage(b.page());
      destination.setTop(Math.round(b.top()));
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle(b.title());
      item.setDestination(destination);
      outline.addLast(item);
    }
    doc.getDocumentCatalog().setDocumentOutline(outline);
  }
}
