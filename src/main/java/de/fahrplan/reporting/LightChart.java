package de.fahrplan.reporting;

import de.fahrplan.reporting.ReportSnapshot.GoalPart;
import de.fahrplan.shared.pdf.DejaVu;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;

/** The report's chart: the lights of each goal as stacked bars, readable without colour. */
final class LightChart {

  private LightChart() {}

  /**
   * Stacked bars of light shares per goal. Each share carries its count, and each light has a
   * pattern of its own besides its colour (legend below the bars), so that the chart reads without
   * colour vision and in black-and-white print.
   */
  static byte[] png(List<GoalPart> goals, Function<TrafficLight, String> name) {
    int label = 110;
    int width = 900;
    int row = 36;
    int legend = 34;
    BufferedImage img =
        new BufferedImage(
            label + width, goals.size() * row + 8 + legend, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
        java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setFont(FONT);
    List<TrafficLight> order =
        List.of(
            TrafficLight.COMPLETED,
            TrafficLight.ON_TRACK,
            TrafficLight.AT_RISK,
            TrafficLight.CRITICAL);
    int y = 8;
    for (GoalPart goal : goals) {
      int total = goal.unreported();
      for (TrafficLight l : ReportLayout.LIGHTS) {
        total += goal.count(l);
      }
      // the goal's code on the left (the full names are in the table and the text alternative)
      g.setColor(new Color(0x1b1b1b));
      String code =
          goal.label().contains(" – ")
              ? goal.label().substring(0, goal.label().indexOf(" – "))
              : goal.label();
      g.drawString(code.length() > 8 ? code.substring(0, 8) : code, 4, y + row - 18);
      double x = label;
      double scale = total == 0 ? 0 : (double) width / total;
      for (TrafficLight l : order) {
        segment(
            g,
            l,
            (int) Math.round(x),
            y,
            (int) Math.round(goal.count(l) * scale),
            row - 12,
            goal.count(l));
        x += goal.count(l) * scale;
      }
      segment(
          g,
          null,
          (int) Math.round(x),
          y,
          (int) Math.round(goal.unreported() * scale),
          row - 12,
          goal.unreported());
      y += row;
    }
    // legend: swatch with the pattern, then the name
    int lx = label;
    for (TrafficLight l : order) {
      segment(g, l, lx, y + 6, 22, 16, 0);
      g.setColor(new Color(0x1b1b1b));
      g.drawString(name.apply(l), lx + 28, y + 19);
      lx += 28 + g.getFontMetrics().stringWidth(name.apply(l)) + 24;
    }
    segment(g, null, lx, y + 6, 22, 16, 0);
    g.setColor(new Color(0x1b1b1b));
    g.drawString("ohne Sachstand", lx + 28, y + 19);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static final Map<TrafficLight, Color> COLORS =
      Map.of(
          TrafficLight.COMPLETED, new Color(0x1b4f8a),
          TrafficLight.ON_TRACK, new Color(0x2e7d32),
          TrafficLight.AT_RISK, new Color(0xa35c00),
          TrafficLight.CRITICAL, new Color(0xb3261e));

  /** One share: colour, the light's pattern (none, dots, stripes, cross-hatch), and its count. */
  private static void segment(Graphics2D g, TrafficLight l, int x, int y, int w, int h, int count) {
    if (w <= 0) {
      return;
    }
    g.setColor(l == null ? new Color(0x767676) : COLORS.get(l));
    g.fillRect(x, y, w, h);
    BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
    Graphics2D t = tile.createGraphics();
    t.setColor(new Color(255, 255, 255, 170));
    if (l == TrafficLight.ON_TRACK) {
      t.fillRect(3, 3, 2, 2);
    } else if (l == TrafficLight.AT_RISK) {
      t.drawLine(0, 7, 7, 0);
    } else if (l == TrafficLight.CRITICAL) {
      t.drawLine(0, 7, 7, 0);
      t.drawLine(0, 0, 7, 7);
    } else if (l == null) {
      t.drawLine(0, 4, 7, 4);
    }
    t.dispose();
    g.setPaint(new java.awt.TexturePaint(tile, new java.awt.Rectangle(0, 0, 8, 8)));
    g.fillRect(x, y, w, h);
    String text = String.valueOf(count);
    if (count > 0 && w >= g.getFontMetrics().stringWidth(text) + 8) {
      // the count on a dark box, so it stays legible over every pattern
      int tw = g.getFontMetrics().stringWidth(text);
      g.setColor(new Color(0x1b1b1b));
      g.fillRect(x + (w - tw) / 2 - 3, y + 3, tw + 6, h - 6);
      g.setColor(Color.WHITE);
      g.drawString(text, x + (w - tw) / 2, y + h - 7);
    }
  }

  /** The chart in words, for the image's text alternative. */
  static String alt(List<GoalPart> goals, Function<TrafficLight, String> name) {
    StringBuilder alt =
        new StringBuilder("Balkendiagramm, ein Balken je Ziel mit den Anteilen der Ampeln: ");
    for (GoalPart g : goals) {
      alt.append(g.label()).append(": ");
      for (TrafficLight l : ReportLayout.LIGHTS) {
        alt.append(g.count(l)).append(" ").append(name.apply(l)).append(", ");
      }
      alt.append(g.unreported()).append(" ohne Sachstand. ");
    }
    return alt.toString().strip();
  }

  /** DejaVu Sans, the font the PDF embeds, for the chart's labels. */
  private static final java.awt.Font FONT = DejaVu.chartFont(20f);
}
