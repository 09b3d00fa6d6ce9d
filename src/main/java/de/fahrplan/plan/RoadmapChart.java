package de.fahrplan.plan;

import de.fahrplan.shared.pdf.DejaVu;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The roadmap as a picture for documents: one bar per measure from its planned start to its planned
 * end, milestones as diamonds (filled when reached). The dates themselves stand in the time plan's
 * table beside it; the picture's text alternative says so.
 */
final class RoadmapChart {

  /** Beyond this many measures a picture is no longer readable on a page: the table stays. */
  static final int MAX_ROWS = 80;

  private static final Font FONT = DejaVu.chartFont(16f);
  // the roadmap's own palette, so the picture looks like the page
  private static final Color TEXT = Color.decode(Roadmap.TEXT);
  private static final Color GRID = Color.decode(Roadmap.GRID);
  private static final Color BAR = Color.decode(Roadmap.PLANNED);
  private static final Color MILESTONE = Color.decode(Roadmap.ACTUAL);
  private static final int LABEL = 120;
  private static final int WIDTH = 1000;
  private static final int ROW = 24;
  private static final int HEAD = 36;

  private RoadmapChart() {}

  static byte[] png(
      List<MeasureView> measures,
      Map<Long, List<MilestoneView>> milestones,
      int startYear,
      int endYear) {
    LocalDate from = LocalDate.of(startYear, 1, 1);
    LocalDate to = LocalDate.of(endYear + 1, 1, 1);
    double perDay = (double) WIDTH / ChronoUnit.DAYS.between(from, to);
    BufferedImage img =
        new BufferedImage(
            LABEL + WIDTH + 10, HEAD + measures.size() * ROW + 8, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setFont(FONT);
    for (int year = startYear; year <= endYear + 1; year++) {
      int x =
          LABEL
              + (int) Math.round(ChronoUnit.DAYS.between(from, LocalDate.of(year, 1, 1)) * perDay);
      g.setColor(GRID);
      g.drawLine(x, HEAD - 6, x, img.getHeight());
      if (year <= endYear) {
        g.setColor(TEXT);
        g.drawString(String.valueOf(year), x + 4, HEAD - 12);
      }
    }
    int y = HEAD;
    for (MeasureView m : measures) {
      g.setColor(TEXT);
      g.drawString(m.code().length() > 10 ? m.code().substring(0, 10) : m.code(), 4, y + ROW - 7);
      if (m.plannedStart() != null && m.plannedEnd() != null) {
        int x1 = x(m.plannedStart(), from, to, perDay);
        int x2 = Math.max(x1 + 3, x(m.plannedEnd(), from, to, perDay));
        g.setColor(BAR);
        g.fillRect(x1, y + 6, x2 - x1, ROW - 12);
      }
      for (MilestoneView ms : milestones.getOrDefault(m.id(), List.of())) {
        int x =
            x(
                ms.done() && ms.actualDate() != null ? ms.actualDate() : ms.dueDate(),
                from,
                to,
                perDay);
        int[] xs = {x, x + 6, x, x - 6};
        int[] ys = {y + 3, y + ROW / 2, y + ROW - 3, y + ROW / 2};
        g.setColor(MILESTONE);
        if (ms.done()) {
          g.fillPolygon(xs, ys, 4);
        } else {
          g.setColor(Color.WHITE);
          g.fillPolygon(xs, ys, 4);
          g.setColor(MILESTONE);
          g.drawPolygon(xs, ys, 4);
        }
      }
      y += ROW;
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String alt(int measures, int startYear, int endYear) {
    return "Zeitplan als Balkendiagramm von "
        + startYear
        + " bis "
        + endYear
        + ": je Maßnahme ein Balken vom geplanten Beginn bis zum geplanten Ende ("
        + measures
        + " Maßnahmen), Meilensteine als Rauten (gefüllt: erreicht)."
        + " Die Daten stehen in der Tabelle „Zeitplan“.";
  }

  private static int x(LocalDate d, LocalDate from, LocalDate to, double perDay) {
    LocalDate clamped = d.isBefore(from) ? from : d.isAfter(to) ? to : d;
    return LABEL + (int) Math.round(ChronoUnit.DAYS.between(from, clamped) * perDay);
  }
}
