package de.fahrplan.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a status update's milestones and spending stand in the change history: written as one text
 * per field („Go-live erreicht 2026-07-01; Abnahme offen“, „2026: 1200.50 EUR, 0.50 VZÄ“) and read
 * back here, so that the history shows them with the reader's dates, amounts and words. Writer and
 * reader stand together because every recorded entry keeps this form.
 */
public final class RecordedLines {

  /** A milestone as recorded: reached on {@code date}, moved to {@code date}, or open. */
  public record Milestone(String title, Outcome outcome, LocalDate date, String reason) {}

  public enum Outcome {
    REACHED,
    MOVED,
    OPEN
  }

  /**
   * Money spent and staff used in a budget year as recorded (either may be missing); {@code
   * planned}: the measure plans that year.
   */
  public record Spending(int budgetYear, BigDecimal spent, BigDecimal fteUsed, boolean planned) {}

  private static final String SEPARATOR = "; ";
  private static final Pattern MILESTONE =
      Pattern.compile(
          "(.*) (?:erreicht (\\d{4}-\\d{2}-\\d{2})|neu (\\d{4}-\\d{2}-\\d{2}) \\((.*)\\)|offen)",
          Pattern.DOTALL);
  private static final Pattern SPENDING =
      Pattern.compile(
          "(\\d{4}): (-?\\d+(?:\\.\\d+)?|null) EUR, (-?\\d+(?:\\.\\d+)?|null) VZÄ"
              + "( \\(ohne Planung\\))?");

  private RecordedLines() {}

  static String milestone(
      String title, boolean done, LocalDate actual, LocalDate moved, String why) {
    return title
        + (done
            ? " erreicht " + actual
            : moved != null ? " neu " + moved + " (" + why + ")" : " offen");
  }

  static String spending(int budgetYear, BigDecimal spent, BigDecimal fteUsed, boolean planned) {
    return budgetYear
        + ": "
        + plain(spent)
        + " EUR, "
        + plain(fteUsed)
        + " VZÄ"
        + (planned ? "" : " (ohne Planung)");
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? "null" : amount.toPlainString();
  }

  private static BigDecimal amount(String recorded) {
    return recorded.equals("null") ? null : new BigDecimal(recorded);
  }

  static String joined(List<String> lines) {
    return lines.isEmpty() ? null : String.join(SEPARATOR, lines);
  }

  /** The milestones of a recorded text; empty when a part does not read as one. */
  public static Optional<List<Milestone>> milestones(String recorded) {
    return parts(
        recorded,
        MILESTONE,
        m ->
            new Milestone(
                m.group(1),
                m.group(2) != null
                    ? Outcome.REACHED
                    : m.group(3) != null ? Outcome.MOVED : Outcome.OPEN,
                m.group(2) != null
                    ? LocalDate.parse(m.group(2))
                    : m.group(3) != null ? LocalDate.parse(m.group(3)) : null,
                m.group(4)));
  }

  /** The spending lines of a recorded text; empty when a part does not read as one. */
  public static Optional<List<Spending>> spending(String recorded) {
    return parts(
        recorded,
        SPENDING,
        m ->
            new Spending(
                Integer.parseInt(m.group(1)),
                amount(m.group(2)),
                amount(m.group(3)),
                m.group(4) == null));
  }

  /**
   * The parts between separators, each read by {@code pattern}. A title or reason may itself hold
   * the separator: a part that does not read is joined with the next before giving up.
   */
  private static <T> Optional<List<T>> parts(
      String recorded, Pattern pattern, Function<Matcher, T> read) {
    List<T> lines = new ArrayList<>();
    String pending = null;
    for (String part : recorded.split(SEPARATOR, -1)) {
      pending = pending == null ? part : pending + SEPARATOR + part;
      Matcher m = pattern.matcher(pending);
      if (m.matches()) {
        lines.add(read.apply(m));
        pending = null;
      }
    }
    return pending == null ? Optional.of(lines) : Optional.empty();
  }
}
