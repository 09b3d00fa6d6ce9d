package de.fahrplan.plan;

import de.fahrplan.shared.pdf.TaggedPdfWriter;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Box;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Cell;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Column;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Label;
import de.fahrplan.shared.pdf.TaggedPdfWriter.Row;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.Formats;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.awt.Color;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap as a printable PDF/UA document (A3 landscape): per goal or field of action a heading
 * and a table, one row per measure, with the dates and milestones as text and the bars drawn beside
 * them. A table instead of one big picture: it breaks across pages, screen readers read it row by
 * row, and the bars are decoration (artifacts). Written straight with PDFBox ({@link
 * TaggedPdfWriter}, ADR 0021): 1,000 measures in a few hundred milliseconds, 10,000 linearly.
 */
@Service
public class RoadmapPdf {

  private static final Color PLANNED = new Color(0x5b, 0x7d, 0xb8);
  private static final Color ACTUAL = new Color(0x14, 0x30, 0x5c);
  private static final Color LATE = new Color(0xa3, 0x00, 0x1b);
  private static final float MM = TaggedPdfWriter.MM;
  private static final float[] WIDTHS = {14 * MM, 70 * MM, 24 * MM, 40 * MM, 40 * MM};

  private final Roadmap roadmap;
  private final Measures measures;
  private final Milestones milestones;
  private final Strategies strategies;
  private final MessageSource messages;
  private final java.time.Clock clock;

  RoadmapPdf(
      Roadmap roadmap,
      Measures measures,
      Milestones milestones,
      Strategies strategies,
      MessageSource messages,
      java.time.Clock clock) {
    this.clock = clock;
    this.roadmap = roadmap;
    this.measures = measures;
    this.milestones = milestones;
    this.strategies = strategies;
    this.messages = messages;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public byte[] pdf(long versionId, Roadmap.Grouping grouping) {
    VersionView version = strategies.version(versionId);
    LocalDate today = LocalDate.now(clock);
    Timeline timeline =
        new Timeline(
            LocalDate.of(version.startYear(), 1, 1), LocalDate.of(version.endYear() + 1, 1, 1));
    List<MeasureView> all = measures.all(versionId);
    Map<Long, List<MilestoneView>> milestones = this.milestones.ofVersion(versionId);
    ChartText german = ChartText.german(messages);
    List<Roadmap.Group> groups = roadmap.groups(versionId, grouping, all, german);
    int count = groups.stream().mapToInt(g -> g.measures().size()).sum();
    String title = "Roadmap " + version.label();
    String subject =
        count
            + " Maßnahmen von "
            + version.startYear()
            + " bis "
            + version.endYear()
            + ", gruppiert nach "
            + (grouping == Roadmap.Grouping.GOAL ? "Zielen" : "Handlungsfeldern")
            + ". Stand: "
            + Formats.GERMAN_DATE.format(today)
            + ".";
    try (TaggedPdfWriter pdf =
        new TaggedPdfWriter(
            title,
            subject,
            version.label(),
            new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth()),
            12 * MM,
            8)) {
      List<Column> columns = columns(pdf.width(), version, timeline);
      float timelineWidth = columns.get(columns.size() - 1).width();
      pdf.heading(1, title);
      pdf.paragraph(subject);
      pdf.paragraph(
          "Balken oben: geplanter Zeitraum, Balken unten: tatsächlicher Zeitraum, Quadrate:"
              + " Meilensteine (rot: überfällig). Alle Angaben stehen auch als Text in der Zeile.");
      for (Roadmap.Group g : groups) {
        List<Row> rows = new ArrayList<>(g.measures().size());
        for (MeasureView m : g.measures()) {
          rows.add(
              row(
                  m,
                  milestones.getOrDefault(m.id(), List.of()),
                  timeline,
                  timelineWidth,
                  today,
                  german));
        }
        pdf.heading(2, g.label());
        pdf.table(columns, rows, 8 * MM);
      }
      return pdf.finish();
    }
  }

  private static List<Column> columns(float width, VersionView version, Timeline timeline) {
    float rest = width;
    for (float w : WIDTHS) {
      rest -= w;
    }
    List<Label> years = new ArrayList<>();
    for (int y = version.startYear(); y <= version.endYear(); y++) {
      years.add(new Label(String.valueOf(y), timeline.at(LocalDate.of(y, 1, 1))));
    }
    return List.of(
        new Column("Kürzel", WIDTHS[0]),
        new Column("Maßnahme", WIDTHS[1]),
        new Column("Status", WIDTHS[2]),
        new Column("Zeitraum geplant / tatsächlich", WIDTHS[3]),
        new Column("Meilensteine", WIDTHS[4]),
        new Column("Zeitachse", rest, years));
  }

  /** Dates as fractions of the strategy's years. */
  private record Timeline(LocalDate from, LocalDate to) {
    double at(LocalDate d) {
      LocalDate c = d.isBefore(from) ? from : d.isAfter(to) ? to : d;
      return (double) ChronoUnit.DAYS.between(from, c) / ChronoUnit.DAYS.between(from, to);
    }

    /** A bar from start to end, at least {@code least} of the width so that a day shows. */
    Box bar(LocalDate start, LocalDate end, double least, float top, Color color) {
      double left = at(start);
      return new Box(left, Math.max(at(end), left + least), top, 2.2f * MM, color);
    }
  }

  private Row row(
      MeasureView m,
      List<MilestoneView> ms,
      Timeline timeline,
      float timelineWidth,
      LocalDate today,
      ChartText german) {
    boolean hasPlan = m.plannedStart() != null && m.plannedEnd() != null;
    LocalDate actualEnd =
        m.actualEnd() != null
            ? m.actualEnd()
            : m.actualStart() != null && m.actualStart().isBefore(today) ? today : m.actualStart();
    double least = 1.2 * MM / timelineWidth;
    double half = MM / timelineWidth;
    StringBuilder text = new StringBuilder();
    boolean overdue = false;
    List<Box> boxes = new ArrayList<>();
    if (hasPlan) {
      boxes.add(timeline.bar(m.plannedStart(), m.plannedEnd(), least, 0.5f * MM, PLANNED));
    }
    if (m.actualStart() != null) {
      boxes.add(timeline.bar(m.actualStart(), actualEnd, least, 3 * MM, ACTUAL));
    }
    for (MilestoneView milestone : ms) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(milestone.title())
          .append(" ")
          .append(Formats.GERMAN_DATE.format(milestone.plannedDate()))
          .append(Roadmap.milestoneState(milestone, german));
      overdue |= milestone.overdue();
      double at = timeline.at(Roadmap.markDate(milestone));
      boxes.add(
          new Box(
              at - half,
              at + half,
              1.2f * MM,
              2 * MM,
              milestone.overdue() ? LATE : TaggedPdfWriter.TEXT));
    }
    String planned =
        hasPlan
            ? "geplant "
                + Formats.GERMAN_DATE.format(m.plannedStart())
                + " – "
                + Formats.GERMAN_DATE.format(m.plannedEnd())
            : "ohne Planung";
    String actual =
        m.actualStart() == null
            ? ""
            : "\ntatsächlich ab "
                + Formats.GERMAN_DATE.format(m.actualStart())
                + (m.actualEnd() == null
                    ? ""
                    : " bis " + Formats.GERMAN_DATE.format(m.actualEnd()));
    return new Row(
        List.of(
            Cell.of(m.code()),
            Cell.of(m.title()),
            Cell.of(messages.getMessage("measureStatus." + m.status().name(), null, Locale.GERMAN)),
            Cell.of(planned + actual),
            new Cell(text.toString(), overdue, overdue ? LATE : TaggedPdfWriter.TEXT, List.of()),
            Cell.boxes(boxes)));
  }
}
