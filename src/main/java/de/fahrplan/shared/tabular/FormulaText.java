package de.fahrplan.shared.tabular;

/**
 * Text that a spreadsheet would run as a formula (CSV/formula injection): it starts with = + - @,
 * also behind blanks such as a no-break space (which spreadsheets skip), or with a tab or a
 * carriage return. Exports put an apostrophe in front (XLSX also marks the cell as text); the
 * import takes it off again, so a list survives the round trip unchanged.
 */
public final class FormulaText {

  private static final String FORMULA_STARTS = "=+-@＝＋－＠";

  private FormulaText() {}

  public static String neutralised(String text) {
    return isFormulaLike(text) ? "'" + text : text;
  }

  public static String unneutralised(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && isFormulaLike(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  static boolean isFormulaLike(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    if (text.charAt(0) == '\t' || text.charAt(0) == '\r') {
      return true;
    }
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
      i++;
    }
    return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
  }
}
