package de.fahrplan.shared.tabular;

import de.fahrplan.shared.InvalidInputException;

/**
 * One pass over a CSV text with commons-csv's quoting rules (a quote opens a field only at its
 * start, {@code ""} inside is a quote, after the closing quote only blanks may precede the
 * separator). It counts the fields of every record before the parser builds one, so a line of five
 * million separators is refused at the 201st, and it names quoting errors with their line in German
 * where the parser would say them in English.
 */
final class CsvShape {

  private CsvShape() {}

  static void check(String text, char delimiter, TableReader.Limits limits, TimeBudget time) {
    int line = 1;
    int quoteLine = 0;
    int fields = 1;
    boolean quoted = false;
    boolean fieldStart = true;
    boolean afterClosingQuote = false;
    for (int i = 0; i < text.length(); i++) {
      if ((i & 0xFFFF) == 0) {
        time.check();
      }
      char c = text.charAt(i);
      boolean lineBreak =
          c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i++;
        } else if (c == '"') {
          quoted = false;
          afterClosingQuote = true;
        } else if (lineBreak) {
          line++;
        }
      } else if (c == delimiter) {
        if (++fields > limits.maxColumns()) {
          throw new InvalidInputException(
              "file", "import.tooManyColumns", String.valueOf(line), limits.maxColumns());
        }
        fieldStart = true;
        afterClosingQuote = false;
      } else if (c == '\n' || c == '\r') {
        if (lineBreak) {
          line++;
        }
        fields = 1;
        fieldStart = true;
        afterClosingQuote = false;
      } else if (afterClosingQuote) {
        if (!Character.isWhitespace(c)) {
          throw new InvalidInputException("file", "import.textAfterQuote", String.valueOf(line));
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        quoteLine = line;
        fieldStart = false;
      } else {
        fieldStart = false;
      }
    }
    if (quoted) {
      throw new InvalidInputException("file", "import.unclosedQuote", String.valueOf(quoteLine));
    }
  }
}
