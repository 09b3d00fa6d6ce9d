package de.fahrplan.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A document's XMP metadata as bytes, written with XML factories found once: looking them up (a
 * search of the class path for providers) for every document cost as much as the metadata itself.
 * JAXP factories are not promised to be thread-safe, so the one serializer is used under a lock
 * (writing the metadata takes microseconds).
 */
final class XmpWriter {

  private static final XmpSerializer SERIALIZER =
      new XmpSerializer(
          TransformerFactory.newDefaultInstance(), DocumentBuilderFactory.newDefaultInstance());

  private XmpWriter() {}

  static byte[] bytes(XMPMetadata xmp) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      synchronized (SERIALIZER) {
        SERIALIZER.serialize(xmp, out, true);
      }
    } catch (TransformerException e) {
      throw new IOException(e);
    }
    return out.toByteArray();
  }
}
