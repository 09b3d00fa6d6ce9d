package de.fahrplan.plan;

import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.io.StringWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The priority matrix of a strategy version as server-side SVG: benefit (up) against effort
 * (right), one point per rated measure, four labelled quadrants. Title, description and a title per
 * point make it readable without sight; the page adds the same data as a table.
 */
@Service
public class PriorityMatrix {

  static final int SIZE = 480;
  static final int LEFT = 70;
  static final int TOP = 40;

  /** How far measures on the same spot stand from it, on a circle. */
  private static final double SPREAD = 14;

  private static final String TEXT = "#1b1b1b";
  private static final String GRID = "#c5cad3";
  private static final Map<PriorityClass, String> COLOURS =
      Map.of(
          PriorityClass.HIGH, "#a3001b",
          PriorityClass.MEDIUM, "#14305c",
          PriorityClass.LOW, "#4c5460");

  private final Measures measures;
  private final Strategies strategies;
  private final MessageSource messages;

  PriorityMatrix(Measures measures, Strategies strategies, MessageSource messages) {
    this.measures = measures;
    this.strategies = strategies;
    this.messages = messages;
  }

  /** The chart, and the measures placed on it (for the page's table). */
  public record Chart(String svg, List<MeasureView> placed) {}

  @MemberOnly
  @Transactional(readOnly = true)
  public Chart chart(long versionId) {
    VersionView version = strategies.version(versionId);
    List<MeasureView> all = measures.all(versionId);
    List<MeasureView> placed =
        all.stream()
            .filter(m -> m.priority().benefit() != null && m.priority().effort() != null)
            .toList();
    try {
      StringWriter buffer = new StringWriter();
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      draw(w, ChartText.reader(messages), version, placed, all.size() - placed.size());
      w.close();
      return new Chart(buffer.toString(), placed);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void draw(
      XMLStreamWriter w,
      ChartText words,
      VersionView version,
      List<MeasureView> placed,
      int unplaced)
      throws XMLStreamException {
    int width = LEFT + SIZE + 30;
    int height = TOP + SIZE + 60;
    w.writeStartElement("svg");
    w.writeDefaultNamespace("http://www.w3.org/2000/svg");
    attrs(
        w,
        "role",
        "img",
        "aria-labelledby",
        "matrix-title matrix-desc",
        "width",
        width,
        "height",
        height,
        "viewBox",
        "0 0 " + width + " " + height,
        "font-family",
        "Fira Sans, sans-serif",
        "font-size",
        12);
    text(w, "title", words.get("chart.matrix.title", words.version(version)), "id", "matrix-title");
    text(
        w,
        "desc",
        words.get("chart.matrix.desc", placed.size())
            + (unplaced > 0 ? " " + words.get("chart.matrix.unrated", unplaced) : ""),
        "id",
        "matrix-desc");
    int half = SIZE / 2;
    quadrant(w, LEFT, TOP, "#e8f3e8", words.get("chart.matrix.quickWins"));
    quadrant(w, LEFT + half, TOP, "#e6ecf6", words.get("chart.matrix.majorProjects"));
    quadrant(w, LEFT, TOP + half, "#f4f5f7", words.get("chart.matrix.fillIns"));
    quadrant(w, LEFT + half, TOP + half, "#f9ece9", words.get("chart.matrix.reconsider"));
    for (int i = 0; i <= 3; i++) {
      int x = LEFT + i * SIZE / 3;
      int y = TOP + SIZE - i * SIZE / 3;
      empty(w, "line", "x1", x, "y1", TOP, "x2", x, "y2", TOP + SIZE, "stroke", GRID);
      empty(w, "line", "x1", LEFT, "y1", y, "x2", LEFT + SIZE, "y2", y, "stroke", GRID);
      text(
          w,
          "text",
          String.valueOf(i),
          "x",
          x,
          "y",
          TOP + SIZE + 16,
          "text-anchor",
          "middle",
          "fill",
          TEXT);
      text(
          w,
          "text",
          String.valueOf(i),
          "x",
          LEFT - 8,
          "y",
          y + 4,
          "text-anchor",
          "end",
          "fill",
          TEXT);
    }
    text(
        w,
        "text",
        words.get("chart.matrix.effortAxis"),
        "x",
        LEFT + half,
        "y",
        TOP + SIZE + 40,
        "text-anchor",
        "middle",
        "font-weight",
        "bold",
        "fill",
        TEXT);
    text(
        w,
        "text",
        words.get("chart.matrix.benefitAxis"),
        "x",
        18,
        "y",
        TOP + half,
        "text-anchor",
        "middle",
        "font-weight",
        "bold",
        "fill",
        TEXT,
        "transform",
        "rotate(-90 18 " + (TOP + half) + ")");
    // measures on the same spot are spread on a small circle around it
    Map<String, List<MeasureView>> spots = new LinkedHashMap<>();
    for (MeasureView m : placed) {
      spots.computeIfAbsent(spot(m), k -> new ArrayList<>()).add(m);
    }
    for (List<MeasureView> spot : spots.values()) {
      // the spot moved inside the square as a whole, so that its circle keeps its points apart
      double inset = 6 + (spot.size() > 1 ? SPREAD : 0);
      MeasureView first = spot.get(0);
      double x0 = inside(LEFT + first.priority().effort() / 3 * SIZE, LEFT, inset);
      double y0 = inside(TOP + SIZE - first.priority().benefit() / 3 * SIZE, TOP, inset);
      for (int i = 0; i < spot.size(); i++) {
        MeasureView m = spot.get(i);
        // from the top, clockwise: two points stand one above the other, their codes apart
        double angle = 2 * Math.PI * i / spot.size() - Math.PI / 2;
        double cx = spot.size() > 1 ? x0 + Math.cos(angle) * SPREAD : x0;
        double cy = spot.size() > 1 ? y0 + Math.sin(angle) * SPREAD : y0;
        // near the right edge the code stands left of its point, inside the chart
        boolean left = cx > LEFT + SIZE - 40;
        w.writeStartElement("g");
        text(w, "title", pointTitle(m, words));
        String colour =
            COLOURS.getOrDefault(m.priority().effective(), COLOURS.get(PriorityClass.LOW));
        empty(w, "circle", "cx", round(cx), "cy", round(cy), "r", 6, "fill", colour);
        text(
            w,
            "text",
            m.code(),
            "x",
            round(left ? cx - 8 : cx + 8),
            "y",
            round(cy - 6),
            "text-anchor",
            left ? "end" : "start",
            "fill",
            TEXT,
            "font-size",
            11);
        w.writeEndElement();
      }
    }
    w.writeEndElement();
  }

  /**
   * {@code value} kept {@code inset} away from both edges of the square starting at {@code start}.
   */
  private static double inside(double value, int start, double inset) {
    return Math.max(start + inset, Math.min(start + SIZE - inset, value));
  }

  private static String spot(MeasureView m) {
    return round(m.priority().effort()) + "/" + round(m.priority().benefit());
  }

  static String pointTitle(MeasureView m, ChartText words) {
    Priority p = m.priority();
    String title =
        words.get(
            "chart.matrix.point",
            m.label(),
            words.oneDecimal(p.benefit()),
            words.oneDecimal(p.effort()));
    if (p.effective() != null) {
      title =
          words.get(
              "chart.matrix.pointPriority", title, words.get("priorityClass." + p.effective()));
    }
    return p.score() == null ? title : words.get("chart.matrix.pointScore", title, p.score());
  }

  private static String round(double value) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
  }

  private static void quadrant(XMLStreamWriter w, int x, int y, String fill, String label)
      throws XMLStreamException {
    empty(w, "rect", "x", x, "y", y, "width", SIZE / 2, "height", SIZE / 2, "fill", fill);
    text(w, "text", label, "x", x + 8, "y", y + 18, "fill", TEXT, "font-style", "italic");
  }

  private static void empty(XMLStreamWriter w, String name, Object... attributes)
      throws XMLStreamException {
    w.writeEmptyElement(name);
    attrs(w, attributes);
  }

  private static void text(XMLStreamWriter w, String name, String content, Object... attributes)
      throws XMLStreamException {
    w.writeStartElement(name);
    attrs(w, attributes);
    w.writeCharacters(content);
    w.writeEndElement();
  }

  private static void attrs(XMLStreamWriter w, Object... keysAndValues) throws XMLStreamException {
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      w.writeAttribute((String) keysAndValues[i], String.valueOf(keysAndValues[i + 1]));
    }
  }
}
