package de.fahrplan.plan;

import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap (Gantt) of a strategy version as server-side SVG: measures grouped by goal or field
 * of action, planned and actual bars, milestones, dependency arrows and today's line. The SVG
 * carries a title and a description, and every bar its own title, so the same chart serves page,
 * print and screen readers (the plan tree is the table alternative).
 */
@Service
public class Roadmap {

  /** Time resolution of the chart. */
  public enum Zoom {
    YEAR(6),
    QUARTER(16),
    MONTH(40);

    final int pixelsPerMonth;

    Zoom(int pixelsPerMonth) {
      this.pixelsPerMonth = pixelsPerMonth;
    }
  }

  /** Grouping of the rows. */
  public enum Grouping {
    GOAL,
    FIELD_OF_ACTION
  }

  static final int LABEL_WIDTH = 340;
  static final int ROW = 26;
  static final int HEADER = 46;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  private static final String PLANNED = "#5b7db8";
  private static final String ACTUAL = "#14305c";
  private static final String ALERT = "#a3001b";
  private static final String GRID = "#c5cad3";
  private static final String TEXT = "#1b1b1b";

  private final Measures measures;
  private final Dependencies dependencies;
  private final Milestones milestones;
  private final Strategies strategies;
  private final java.time.Clock clock;

  Roadmap(
      Measures measures,
      Dependencies dependencies,
      Milestones milestones,
      Strategies strategies,
      java.time.Clock clock) {
    this.clock = clock;
    this.measures = measures;
    this.dependencies = dependencies;
    this.milestones = milestones;
    this.strategies = strategies;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public String svg(long versionId, Grouping grouping, Zoom zoom) {
    VersionView version = strategies.version(versionId);
    List<MeasureView> all = measures.all(versionId);
    Map<Long, List<MilestoneView>> milestones = this.milestones.ofVersion(versionId);
    List<DependencyView> dependencies = this.dependencies.ofVersion(versionId);
    List<Group> groups = groups(versionId, grouping, all);
    LocalDate today = LocalDate.now(clock);
    return new Drawing(version, groups, milestones, dependencies, zoom, today).render();
  }

  /** A heading row with its measures. */
  record Group(String label, List<MeasureView> measures) {}

  /** The rows of the chart: groups with their measures, empty groups left out. */
  List<Group> groups(long versionId, Grouping grouping, List<MeasureView> all) {
    List<GoalView> goals = strategies.goals(versionId);
    Map<Long, GoalView> goalById = goals.stream().collect(Collectors.toMap(GoalView::id, g -> g));
    List<Group> groups = new ArrayList<>();
    if (grouping == Grouping.GOAL) {
      for (GoalView g : goals) {
        groups.add(
            new Group(
                "Ziel " + g.label(), all.stream().filter(m -> primary(m, goalById) == g).toList()));
      }
    } else {
      for (FieldOfActionView f : strategies.fieldsOfAction(versionId)) {
        groups.add(
            new Group(
                f.label(),
                all.stream()
                    .filter(
                        m -> {
                          GoalView g = primary(m, goalById);
                          return g != null
                              && g.fieldOfActionIds().stream()
                                  .sorted()
                                  .findFirst()
                                  .map(f.id()::equals)
                                  .orElse(false);
                        })
                    .toList()));
      }
    }
    return groups.stream().filter(g -> !g.measures().isEmpty()).toList();
  }

  private static GoalView primary(MeasureView m, Map<Long, GoalView> goals) {
    return m.goalIds().stream()
        .map(goals::get)
        .filter(g -> g != null)
        .min(Comparator.comparing(GoalView::code))
        .orElse(null);
  }

  /** Lays out and writes one SVG (StAX writes and escapes the XML). */
  private static final class Drawing {
    final VersionView version;
    final List<Group> groups;
    final Map<Long, List<MilestoneView>> milestones;
    final List<DependencyView> dependencies;
    final Zoom zoom;
    final LocalDate today;
    final LocalDate from;
    final LocalDate to;
    final Map<Long, int[]> barOf = new HashMap<>();
    final StringWriter buffer = new StringWriter();
    XMLStreamWriter w;

    Drawing(
        VersionView version,
        List<Group> groups,
        Map<Long, List<MilestoneView>> milestones,
        List<DependencyView> dependencies,
        Zoom zoom,
        LocalDate today) {
      this.version = version;
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
      text("title", "Roadmap " + version.label(), "id", "roadmap-title");
      text(
          "desc",
          measureCount
              + " Maßnahmen von "
              + version.startYear()
              + " bis "
              + version.endYear()
              + ". Hellblaue Balken: geplanter Zeitraum, dunkelblaue Balken: tatsächlicher Zeitraum, Rauten: Meilensteine"
              + " (gefüllt: erreicht, rot: überfällig), Pfeile: Abhängigkeiten, rote Linie: heute ("
              + DATE.format(today)
              + ").",
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
        text("title", "heute, " + DATE.format(today));
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
                : zoom == Zoom.MONTH
                    ? d.getMonth().getDisplayName(TextStyle.SHORT, Locale.GERMAN)
                    : "Q" + ((d.getMonthValue() - 1) / 3 + 1);
        if (year) {
          text("text", label, "x", gx + 3, "y", 16, "fill", TEXT, "font-weight", "bold");
        } else {
          text("text", label, "x", gx + 3, "y", 36, "fill", TEXT);
        }
      }
    }

    void measure(MeasureView m, int y) throws XMLStreamException {
      w.writeStartElement("g");
      text("title", barTitle(m));
      text("text", shorten(m.label(), 48), "x", 14, "y", y + 17, "fill", TEXT);
      if (m.plannedStart() != null && m.plannedEnd() != null) {
        int x1 = x(m.plannedStart());
        int x2 = Math.max(x(m.plannedEnd()), x1 + 3);
        barOf.put(m.id(), new int[] {x1, x2, y + ROW / 2});
        empty(
            "rect", "x", x1, "y", y + 5, "width", x2 - x1, "height", 16, "rx", 2, "fill", PLANNED);
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
            "M" + mx + "," + (my - 7) + " L" + (mx + 7) + "," + my + " L" + mx + "," + (my + 7)
                + " L" + (mx - 7) + "," + my + " z";
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
            "Meilenstein "
                + ms.title()
                + ": "
                + DATE.format(ms.plannedDate())
                + milestoneState(ms));
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
            d.predecessorLabel()
                + " vor "
                + d.successorLabel()
                + (d.conflict() ? " (Termine widersprechen sich)" : ""));
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

    static String barTitle(MeasureView m) {
      StringBuilder t = new StringBuilder(m.label());
      if (m.plannedStart() != null && m.plannedEnd() != null) {
        t.append(": geplant ")
            .append(DATE.format(m.plannedStart()))
            .append(" bis ")
            .append(DATE.format(m.plannedEnd()));
      }
      if (m.actualStart() != null) {
        t.append(", tatsächlich ab ").append(DATE.format(m.actualStart()));
        if (m.actualEnd() != null) {
          t.append(" bis ").append(DATE.format(m.actualEnd()));
        }
      }
      return t.toString();
    }

    static String shorten(String s, int max) {
      return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
  }

  /** Where a milestone stands on the timeline: the day it was reached, else the day expected. */
  static LocalDate markDate(MilestoneView ms) {
    return ms.done() && ms.actualDate() != null ? ms.actualDate() : ms.dueDate();
  }

  /** " (erreicht 28.09.2026)", " (verschoben auf 31.12.2026, überfällig)" – after the plan date. */
  static String milestoneState(MilestoneView ms) {
    List<String> parts = new ArrayList<>();
    if (ms.done()) {
      parts.add(ms.actualDate() == null ? "erreicht" : "erreicht " + DATE.format(ms.actualDate()));
    } else if (ms.forecastDate() != null) {
      parts.add("verschoben auf " + DATE.format(ms.forecastDate()));
    }
    if (ms.overdue()) {
      parts.add("überfällig");
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }
}
