package de.fahrplan.plan;

import static de.fahrplan.plan.Roadmap.*;

import de.fahrplan.plan.Roadmap.Group;
import de.fahrplan.plan.Roadmap.Zoom;
import de.fahrplan.strategy.VersionView;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Lays out and writes one roadmap SVG (StAX writes and escapes the XML). */
final class RoadmapDrawing {
  private final VersionView version;
  private final List<Group> groups;
  private final Map<Long, List<MilestoneView>> milestones;
  private final List<DependencyView> dependencies;
  private final Zoom zoom;
  private final LocalDate today;
  private final LocalDate from;
  private final LocalDate to;
  private final ChartText words;
  private final Map<Long, int[]> barOf = new HashMap<>();
  private final StringWriter buffer = new StringWriter();
  private XMLStreamWriter w;

  RoadmapDrawing(
      VersionView version,
      List<Group> groups,
      Map<Long, List<MilestoneView>> milestones,
      List<DependencyView> dependencies,
      Zoom zoom,
      LocalDate today,
      ChartText words) {
    this.version = version;
    this.words = words;
    this.groups = groups;
    this.milestones = milestones;
    this.dependencies = dependencies;
    this.zoom = zoom;
    this.today = today;
    this.from = LocalDate.of(version.startYear(), 1, 1);
    this.to = LocalDate.of(version.endYear() + 1, 1, 1);
  }

  int x(LocalDate date) {
    LocalDate d = date.isBefore(from) ? from : date.isAfter(to) ? to : date;
    long months = ChronoUnit.MONTHS.between(from, d.withDayOfMonth(1));
    double inMonth = (d.getDayOfMonth() - 1) / (double) d.lengthOfMonth();
    return LABEL_WIDTH + (int) Math.round((months + inMonth) * zoom.pixelsPerMonth);
  }

  String render() {
    try {
      w = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      draw();
      w.close();
      return buffer.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  void draw() throws XMLStreamException {
    int rows = groups.stream().mapToInt(g -> 1 + g.measures().size()).sum();
    int width = x(to) + 20;
    int height = HEADER + rows * ROW + 10;
    long measureCount = groups.stream().mapToLong(g -> g.measures().size()).sum();
    w.writeStartElement("svg");
    w.writeDefaultNamespace("http://www.w3.org/2000/svg");
    attrs(
        "role",
        "img",
        "aria-labelledby",
        "roadmap-title roadmap-desc",
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
    text("title", words.get("chart.roadmap.title", words.version(version)), "id", "roadmap-title");
    text(
        "desc",
        words.get(
            "chart.roadmap.desc",
            measureCount,
            String.valueOf(version.startYear()),
            String.valueOf(version.endYear()),
            words.date(today)),
        "id",
        "roadmap-desc");
    w.writeStartElement("defs");
    start(
        "marker",
        "id",
        "arrow",
        "viewBox",
        "0 0 10 10",
        "refX",
        9,
        "refY",
        5,
        "markerWidth",
        7,
        "markerHeight",
        7,
        "orient",
        "auto-start-reverse");
    empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", TEXT);
    w.writeEndElement();
    w.writeEndElement();
    grid(height);
    int y = HEADER;
    for (Group group : groups) {
      text(
          "text",
          shorten(group.label(), 52),
          "x",
          4,
          "y",
          y + 18,
          "font-weight",
          "bold",
          "fill",
          TEXT);
      y += ROW;
      for (MeasureView m : group.measures()) {
        measure(m, y);
        y += ROW;
      }
    }
    arrows();
    if (!today.isBefore(from) && today.isBefore(to)) {
      int tx = x(today);
      start(
          "line",
          "x1",
          tx,
          "y1",
          HEADER - 6,
          "x2",
          tx,
          "y2",
          height - 4,
          "stroke",
          ALERT,
          "stroke-width",
          2,
          "stroke-dasharray",
          "4 3");
      text("title", words.get("chart.roadmap.today", words.date(today)));
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  void grid(int height) throws XMLStreamException {
    for (LocalDate d = from; d.isBefore(to); d = d.plusMonths(1)) {
      boolean year = d.getMonthValue() == 1;
      boolean quarter = (d.getMonthValue() - 1) % 3 == 0;
      if (!year && !(zoom != Zoom.YEAR && quarter) && zoom != Zoom.MONTH) {
        continue;
      }
      int gx = x(d);
      empty(
          "line",
          "x1",
          gx,
          "y1",
          year ? 4 : 24,
          "x2",
          gx,
          "y2",
          height - 4,
          "stroke",
          GRID,
          "stroke-width",
          year ? "1.5" : "0.75");
      String label =
          year
              ? String.valueOf(d.getYear())
              : zoom == Zoom.MONTH ? words.month(d) : "Q" + ((d.getMonthValue() - 1) / 3 + 1);
      if (year) {
        text("text", label, "x", gx + 3, "y", 16, "fill", TEXT, "font-weight", "bold");
      } else {
        text("text", label, "x", gx + 3, "y", 36, "fill", TEXT);
      }
    }
  }

  void measure(MeasureView m, int y) throws XMLStreamException {
    w.writeStartElement("g");
    text("title", barTitle(m, words));
    text("text", shorten(m.label(), 48), "x", 14, "y", y + 17, "fill", TEXT);
    if (m.plannedStart() != null && m.plannedEnd() != null) {
      int x1 = x(m.plannedStart());
      int x2 = Math.max(x(m.plannedEnd()), x1 + 3);
      barOf.put(m.id(), new int[] {x1, x2, y + ROW / 2});
      empty("rect", "x", x1, "y", y + 5, "width", x2 - x1, "height", 16, "rx", 2, "fill", PLANNED);
    }
    if (m.actualStart() != null) {
      LocalDate end =
          m.actualEnd() != null
              ? m.actualEnd()
              : (today.isBefore(m.actualStart()) ? m.actualStart() : today);
      int x1 = x(m.actualStart());
      int x2 = Math.max(x(end), x1 + 3);
      empty("rect", "x", x1, "y", y + 10, "width", x2 - x1, "height", 6, "fill", ACTUAL);
    }
    for (MilestoneView ms : milestones.getOrDefault(m.id(), List.of())) {
      int mx = x(markDate(ms));
      int my = y + ROW / 2;
      String fill = ms.done() ? ACTUAL : ms.overdue() ? ALERT : "#ffffff";
      String d =
          "M" + mx + "," + (my - 7) + " L" + (mx + 7) + "," + my + " L" + mx + "," + (my + 7) + " L"
              + (mx - 7) + "," + my + " z";
      start(
          "path",
          "d",
          d,
          "fill",
          fill,
          "stroke",
          ms.overdue() ? ALERT : ACTUAL,
          "stroke-width",
          "1.5");
      text(
          "title",
          words.get(
              "chart.roadmap.milestone",
              ms.title(),
              words.date(ms.plannedDate()) + milestoneState(ms, words)));
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  void arrows() throws XMLStreamException {
    for (DependencyView d : dependencies) {
      int[] a = barOf.get(d.predecessorId());
      int[] b = barOf.get(d.successorId());
      if (a == null || b == null) {
        continue;
      }
      int mid = a[1] + 8;
      start(
          "path",
          "d",
          "M" + a[1] + "," + a[2] + " H" + mid + " V" + b[2] + " H" + b[0],
          "fill",
          "none",
          "stroke",
          d.conflict() ? ALERT : TEXT,
          "stroke-width",
          "1.2",
          "marker-end",
          "url(#arrow)");
      text(
          "title",
          words.get(
              d.conflict() ? "chart.roadmap.conflict" : "chart.roadmap.dependency",
              d.predecessorLabel(),
              d.successorLabel()));
      w.writeEndElement();
    }
  }

  void start(String name, Object... attributes) throws XMLStreamException {
    w.writeStartElement(name);
    attrs(attributes);
  }

  void empty(String name, Object... attributes) throws XMLStreamException {
    w.writeEmptyElement(name);
    attrs(attributes);
  }

  void text(String name, String content, Object... attributes) throws XMLStreamException {
    w.writeStartElement(name);
    attrs(attributes);
    w.writeCharacters(content);
    w.writeEndElement();
  }

  void attrs(Object... keysAndValues) throws XMLStreamException {
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      w.writeAttribute((String) keysAndValues[i], String.valueOf(keysAndValues[i + 1]));
    }
  }

  static String barTitle(MeasureView m, ChartText words) {
    String title = m.label();
    if (m.plannedStart() != null && m.plannedEnd() != null) {
      title =
          words.get(
              "chart.roadmap.planned",
              title,
              words.date(m.plannedStart()),
              words.date(m.plannedEnd()));
    }
    if (m.actualStart() != null) {
      title =
          m.actualEnd() == null
              ? words.get("chart.roadmap.actualFrom", title, words.date(m.actualStart()))
              : words.get(
                  "chart.roadmap.actualFromTo",
                  title,
                  words.date(m.actualStart()),
                  words.date(m.actualEnd()));
    }
    return title;
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
