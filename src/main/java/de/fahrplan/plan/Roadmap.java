package de.fahrplan.plan;

import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
  private final Strategies strategies;

  Roadmap(Measures measures, Strategies strategies) {
    this.measures = measures;
    this.strategies = strategies;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public String svg(long versionId, Grouping grouping, Zoom zoom) {
    VersionView version = strategies.version(versionId);
    List<MeasureView> all = measures.all(versionId);
    Map<Long, List<MilestoneView>> milestones = measures.milestonesOfVersion(versionId);
    List<DependencyView> dependencies = measures.allDependencies(versionId);
    List<Group> groups = groups(versionId, grouping, all);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    return new Drawing(version, groups, milestones, dependencies, zoom, today).render();
  }

  /** A heading row with its measures. */
  record Group(String label, List<MeasureView> measures) {}

  private List<Group> groups(long versionId, Grouping grouping, List<MeasureView> all) {
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

  /** Lays out and writes one SVG. */
  private static final class Drawing {
    final VersionView version;
    final List<Group> groups;
    final Map<Long, List<MilestoneView>> milestones;
    final List<DependencyView> dependencies;
    final Zoom zoom;
    final LocalDate today;
    final LocalDate from;
    final LocalDate to;
    final StringBuilder out = new StringBuilder();
    final Map<Long, int[]> barOf = new HashMap<>();

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
      int rows = groups.stream().mapToInt(g -> 1 + g.measures().size()).sum();
      int width = x(to) + 20;
      int height = HEADER + rows * ROW + 10;
      long measureCount = groups.stream().mapToLong(g -> g.measures().size()).sum();
      out.append(
              "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"roadmap-title roadmap-desc\"")
          .append(" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(height)
          .append("\" viewBox=\"0 0 ")
          .append(width)
          .append(' ')
          .append(height)
          .append("\" font-family=\"Fira Sans, sans-serif\" font-size=\"12\">");
      out.append("<title id=\"roadmap-title\">")
          .append(esc("Roadmap " + version.label()))
          .append("</title>");
      out.append("<desc id=\"roadmap-desc\">")
          .append(
              esc(
                  measureCount
                      + " Maßnahmen von "
                      + version.startYear()
                      + " bis "
                      + version.endYear()
                      + ". Hellblaue Balken: geplanter Zeitraum, dunkelblaue Balken: tatsächlicher Zeitraum, Rauten: Meilensteine"
                      + " (gefüllt: erreicht, rot: überfällig), Pfeile: Abhängigkeiten, rote Linie: heute ("
                      + DATE.format(today)
                      + ")."))
          .append("</desc>");
      out.append(
              "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
          .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
          .append(TEXT)
          .append("\"/></marker></defs>");
      grid(height);
      int y = HEADER;
      for (Group group : groups) {
        out.append("<text x=\"4\" y=\"")
            .append(y + 18)
            .append("\" font-weight=\"bold\" fill=\"")
            .append(TEXT)
            .append("\">")
            .append(esc(shorten(group.label(), 52)))
            .append("</text>");
        y += ROW;
        for (MeasureView m : group.measures()) {
          measure(m, y);
          y += ROW;
        }
      }
      arrows();
      if (!today.isBefore(from) && today.isBefore(to)) {
        int tx = x(today);
        out.append("<line x1=\"")
            .append(tx)
            .append("\" y1=\"")
            .append(HEADER - 6)
            .append("\" x2=\"")
            .append(tx)
            .append("\" y2=\"")
            .append(height - 4)
            .append("\" stroke=\"")
            .append(ALERT)
            .append("\" stroke-width=\"2\" stroke-dasharray=\"4 3\"><title>")
            .append(esc("heute, " + DATE.format(today)))
            .append("</title></line>");
      }
      out.append("</svg>");
      return out.toString();
    }

    void grid(int height) {
      for (LocalDate d = from; d.isBefore(to); d = d.plusMonths(1)) {
        boolean year = d.getMonthValue() == 1;
        boolean quarter = (d.getMonthValue() - 1) % 3 == 0;
        if (!year && !(zoom != Zoom.YEAR && quarter) && zoom != Zoom.MONTH) {
          continue;
        }
        int gx = x(d);
        out.append("<line x1=\"")
            .append(gx)
            .append("\" y1=\"")
            .append(year ? 4 : 24)
            .append("\" x2=\"")
            .append(gx)
            .append("\" y2=\"")
            .append(height - 4)
            .append("\" stroke=\"")
            .append(GRID)
            .append("\" stroke-width=\"")
            .append(year ? 1.5 : 0.75)
            .append("\"/>");
        String label =
            year
                ? String.valueOf(d.getYear())
                : zoom == Zoom.MONTH
                    ? d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.GERMAN)
                    : "Q" + ((d.getMonthValue() - 1) / 3 + 1);
        out.append("<text x=\"")
            .append(gx + 3)
            .append("\" y=\"")
            .append(year ? 16 : 36)
            .append("\" fill=\"")
            .append(TEXT)
            .append("\"")
            .append(year ? " font-weight=\"bold\"" : "")
            .append(">")
            .append(esc(label))
            .append("</text>");
      }
    }

    void measure(MeasureView m, int y) {
      out.append("<g><title>").append(esc(barTitle(m))).append("</title>");
      out.append("<text x=\"14\" y=\"")
          .append(y + 17)
          .append("\" fill=\"")
          .append(TEXT)
          .append("\">")
          .append(esc(shorten(m.label(), 48)))
          .append("</text>");
      if (m.plannedStart() != null && m.plannedEnd() != null) {
        int x1 = x(m.plannedStart());
        int x2 = Math.max(x(m.plannedEnd()), x1 + 3);
        barOf.put(m.id(), new int[] {x1, x2, y + ROW / 2});
        out.append("<rect x=\"")
            .append(x1)
            .append("\" y=\"")
            .append(y + 5)
            .append("\" width=\"")
            .append(x2 - x1)
            .append("\" height=\"16\" rx=\"2\" fill=\"")
            .append(PLANNED)
            .append("\"/>");
      }
      if (m.actualStart() != null) {
        LocalDate end =
            m.actualEnd() != null
                ? m.actualEnd()
                : (today.isBefore(m.actualStart()) ? m.actualStart() : today);
        int x1 = x(m.actualStart());
        int x2 = Math.max(x(end), x1 + 3);
        out.append("<rect x=\"")
            .append(x1)
            .append("\" y=\"")
            .append(y + 10)
            .append("\" width=\"")
            .append(x2 - x1)
            .append("\" height=\"6\" fill=\"")
            .append(ACTUAL)
            .append("\"/>");
      }
      for (MilestoneView ms : milestones.getOrDefault(m.id(), List.of())) {
        int mx = x(ms.plannedDate());
        int my = y + ROW / 2;
        String fill = ms.done() ? ACTUAL : ms.overdue() ? ALERT : "#ffffff";
        out.append("<path d=\"M")
            .append(mx)
            .append(',')
            .append(my - 7)
            .append(" L")
            .append(mx + 7)
            .append(',')
            .append(my)
            .append(" L")
            .append(mx)
            .append(',')
            .append(my + 7)
            .append(" L")
            .append(mx - 7)
            .append(',')
            .append(my)
            .append(" z\" fill=\"")
            .append(fill)
            .append("\" stroke=\"")
            .append(ms.overdue() ? ALERT : ACTUAL)
            .append("\" stroke-width=\"1.5\"><title>")
            .append(
                esc(
                    "Meilenstein "
                        + ms.title()
                        + ": "
                        + DATE.format(ms.plannedDate())
                        + (ms.done() ? ", erreicht" : ms.overdue() ? ", überfällig" : "")))
            .append("</title></path>");
      }
      out.append("</g>");
    }

    void arrows() {
      for (DependencyView d : dependencies) {
        int[] from = barOf.get(d.predecessorId());
        int[] to = barOf.get(d.successorId());
        if (from == null || to == null) {
          continue;
        }
        int mid = Math.max(from[1] + 8, Math.min(to[0] - 8, from[1] + 8));
        out.append("<path d=\"M")
            .append(from[1])
            .append(',')
            .append(from[2])
            .append(" H")
            .append(mid)
            .append(" V")
            .append(to[2])
            .append(" H")
            .append(to[0])
            .append("\" fill=\"none\" stroke=\"")
            .append(d.conflict() ? ALERT : TEXT)
            .append("\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"><title>")
            .append(
                esc(
                    d.predecessorLabel()
                        + " vor "
                        + d.successorLabel()
                        + (d.conflict() ? " (Termine widersprechen sich)" : "")))
            .append("</title></path>");
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

    static String esc(String s) {
      return s.replace("&", "&amp;")
          .replace("<", "&lt;")
          .replace(">", "&gt;")
          .replace("\"", "&quot;");
    }
  }
}
