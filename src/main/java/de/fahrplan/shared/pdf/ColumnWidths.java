package de.fahrplan.shared.pdf;

import java.util.List;

/**
 * The column widths of a text table, sized as browsers do ({@link TaggedPdfWriter#textTable}): each
 * column between its longest word and its longest line.
 */
final class ColumnWidths {

  private ColumnWidths() {}

  /** Per column the width of its longest line and of its longest word, in points. */
  static float[][] measure(
      List<String> head,
      List<List<String>> rows,
      FontMetrics headFont,
      FontMetrics bodyFont,
      float fontSize,
      float padding) {
    int n = head.size();
    float[] natural = new float[n];
    float[] least = new float[n];
    for (int i = 0; i < n; i++) {
      measure(headFont, head.get(i), natural, least, i);
    }
    for (List<String> row : rows) {
      for (int i = 0; i < n && i < row.size(); i++) {
        measure(bodyFont, row.get(i), natural, least, i);
      }
    }
    for (int i = 0; i < n; i++) {
      natural[i] = natural[i] / 1000 * fontSize + 2 * padding;
      least[i] = least[i] / 1000 * fontSize + 2 * padding;
    }
    return new float[][] {natural, least};
  }

  /**
   * Widths between each column's longest word and its longest line, filling {@code total}; where
   * the longest words do not fit, the columns whose word fits an equal share keep it and the others
   * share the rest.
   */
  static float[] fill(float[] natural, float[] least, float total) {
    int n = natural.length;
    float sumNatural = 0;
    float sumLeast = 0;
    for (int i = 0; i < n; i++) {
      sumNatural += natural[i];
      sumLeast += least[i];
    }
    float[] widths = new float[n];
    if (sumNatural <= total) {
      for (int i = 0; i < n; i++) {
        widths[i] = natural[i] * total / sumNatural;
      }
    } else if (sumLeast <= total) {
      for (int i = 0; i < n; i++) {
        widths[i] =
            least[i] + (natural[i] - least[i]) * (total - sumLeast) / (sumNatural - sumLeast);
      }
    } else {
      boolean[] fixed = new boolean[n];
      float rest = total;
      int open = n;
      boolean changed = true;
      while (changed && open > 0) {
        changed = false;
        for (int i = 0; i < n; i++) {
          if (!fixed[i] && least[i] <= rest / open) {
            fixed[i] = true;
            widths[i] = least[i];
            rest -= least[i];
            open--;
            changed = true;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (!fixed[i]) {
          widths[i] = rest / open;
        }
      }
    }
    return widths;
  }

  private static void measure(
      FontMetrics metrics, String text, float[] natural, float[] least, int i) {
    if (text == null) {
      return;
    }
    for (String line : metrics.printable(text).split("\n")) {
      natural[i] = Math.max(natural[i], metrics.width(line));
      for (String word : LineBreaker.words(line)) {
        least[i] = Math.max(least[i], metrics.width(word));
      }
    }
  }
}
