package de.fahrplan.plan;

import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.pdf.TaggedPdf;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.Formats;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The roadmap as a printable PDF/UA document (A3 landscape): one table row per measure, grouped by
 * goal or field of action, with the dates and milestones as text and the bars drawn beside them. A
 * table instead of one big picture: it breaks across pages, screen readers read it row by row, and
 * the bars (backgrounds) are marked as decoration.
 */
@Service
public class RoadmapPdf {

  /** A year label above the timeline, at {@code left} percent. */
  public record YearMark(String label, String left) {}

  /** A milestone on the timeline. */
  public record Mark(String left, boolean overdue) {}

  /** One measure's row; positions and widths in percent of the timeline, as text for CSS. */
  public record Row(
      String code,
      String title,
      String status,
      String planned,
      String actual,
      String milestones,
      boolean overdue,
      String plannedLeft,
      String plannedWidth,
      String actualLeft,
      String actualWidth,
      List<Mark> marks) {}

  /** A heading (goal or field of action) with its rows. */
  public record Group(String label, List<Row> rows) {}

  private final Roadmap roadmap;
  private final Measures measures;
  private final Milestones milestones;
  private final Strategies strategies;
  private final SpringTemplateEngine templates;
  private final MessageSource messages;
  private final java.time.Clock clock;

  RoadmapPdf(
      Roadmap roadmap,
      Measures measures,
      Milestones milestones,
      Strategies strategies,
      SpringTemplateEngine templates,
      MessageSource messages,
      java.time.Clock clock) {
    this.clock = clock;
    this.roadmap = roadmap;
    this.measures = measures;
    this.milestones = milestones;
    this.strategies = strategies;
    this.templates = templates;
    this.messages = messages;
  }

  /**
   * openhtmltopdf lays the whole document out in memory: for 10,000 measures with 40,000 milestones
   * a server with 1 GB heap answered no PDF in the benchmark (1,000 take 2–4 s). Above this size
   * the PDF is refused with a pointer to the SVG roadmap and the Excel list.
   */
  static final int MAX_MEASURES = 3000;

  @MemberOnly
  @Transactional(readOnly = true)
  public byte[] pdf(long versionId, Roadmap.Grouping grouping) {
    VersionView version = strategies.version(versionId);
    LocalDate today = LocalDate.now(clock);
    LocalDate from = LocalDate.of(version.startYear(), 1, 1);
    LocalDate to = LocalDate.of(version.endYear() + 1, 1, 1);
    List<MeasureView> all = measures.all(versionId);
    if (all.size() > MAX_MEASURES) {
      throw new InvalidInputException(null, "roadmap.tooLargeForPdf", all.size(), MAX_MEASURES);
    }
    Map<Long, List<MilestoneView>> milestones = this.milestones.ofVersion(versionId);
    List<Group> groups = new ArrayList<>();
    int count = 0;
    for (Roadmap.Group g : roadmap.groups(versionId, grouping, all)) {
      List<Row> rows = new ArrayList<>();
      for (MeasureView m : g.measures()) {
        rows.add(row(m, milestones.getOrDefault(m.id(), List.of()), from, to, today));
      }
      count += rows.size();
      groups.add(new Group(g.label(), rows));
    }
    List<YearMark> years = new ArrayList<>();
    for (int y = version.startYear(); y <= version.endYear(); y++) {
      years.add(new YearMark(String.valueOf(y), percent(LocalDate.of(y, 1, 1), from, to)));
    }
    Context context = new Context(Locale.GERMAN);
    String title = "Roadmap " + version.label();
    context.setVariable("title", title);
    context.setVariable(
        "subject",
        count
            + " Maßnahmen von "
            + version.startYear()
            + " bis "
            + version.endYear()
            + ", gruppiert nach "
            + (grouping == Roadmap.Grouping.GOAL ? "Zielen" : "Handlungsfeldern")
            + ". Stand: "
            + Formats.GERMAN_DATE.format(today)
            + ".");
    context.setVariable(
        "legend",
        "Balken oben: geplanter Zeitraum, Balken unten: tatsächlicher Zeitraum, Quadrate:"
            + " Meilensteine (rot: überfällig). Alle Angaben stehen auch als Text in der Zeile.");
    context.setVariable("municipality", version.label());
    context.setVariable("years", years);
    context.setVariable("groups", groups);
    return TaggedPdf.render(templates.process("pdf/roadmap", context), title);
  }

  private Row row(
      MeasureView m, List<MilestoneView> ms, LocalDate from, LocalDate to, LocalDate today) {
    boolean hasPlan = m.plannedStart() != null && m.plannedEnd() != null;
    LocalDate actualEnd =
        m.actualEnd() != null
            ? m.actualEnd()
            : m.actualStart() != null && m.actualStart().isBefore(today) ? today : m.actualStart();
    StringBuilder text = new StringBuilder();
    boolean overdue = false;
    List<Mark> marks = new ArrayList<>();
    for (MilestoneView ms1 : ms) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(ms1.title()).append(" ").append(Formats.GERMAN_DATE.format(ms1.plannedDate()));
      text.append(Roadmap.milestoneState(ms1));
      overdue |= ms1.overdue();
      marks.add(new Mark(percent(Roadmap.markDate(ms1), from, to), ms1.overdue()));
    }
    return new Row(
        m.code(),
        m.title(),
        messages.getMessage("measureStatus." + m.status().name(), null, Locale.GERMAN),
        hasPlan
            ? "geplant "
                + Formats.GERMAN_DATE.format(m.plannedStart())
                + " – "
                + Formats.GERMAN_DATE.format(m.plannedEnd())
            : "ohne Planung",
        m.actualStart() == null
            ? ""
            : "tatsächlich ab "
                + Formats.GERMAN_DATE.format(m.actualStart())
                + (m.actualEnd() == null
                    ? ""
                    : " bis " + Formats.GERMAN_DATE.format(m.actualEnd())),
        text.toString(),
        overdue,
        hasPlan ? percent(m.plannedStart(), from, to) : null,
        hasPlan ? width(m.plannedStart(), m.plannedEnd(), from, to) : null,
        m.actualStart() == null ? null : percent(m.actualStart(), from, to),
        m.actualStart() == null ? null : width(m.actualStart(), actualEnd, from, to),
        marks);
  }

  private static double position(LocalDate d, LocalDate from, LocalDate to) {
    LocalDate c = d.isBefore(from) ? from : d.isAfter(to) ? to : d;
    return 100.0 * ChronoUnit.DAYS.between(from, c) / ChronoUnit.DAYS.between(from, to);
  }

  private static String percent(LocalDate d, LocalDate from, LocalDate to) {
    return String.format(Locale.ROOT, "%.2f", position(d, from, to));
  }

  private static String width(LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
    double w = Math.max(0.4, position(end, from, to) - position(start, from, to));
    return String.format(Locale.ROOT, "%.2f", w);
  }
}
