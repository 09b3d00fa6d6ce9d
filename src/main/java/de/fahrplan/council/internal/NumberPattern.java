package de.fahrplan.council.internal;

import de.fahrplan.shared.Rules;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A municipality's pattern for paper numbers, e.g. {@code VO/{yyyy}/{nnnnn}} (Lübeck), {@code FB
 * 1/{n}/{yyyy}} or {@code {ou}/{n}/{yyyy}} (Lauf), {@code {yy}/{nnnn}}, {@code
 * {yyyy}/{type}/{nnnn}} (Rostock). Exactly one counter ({@code {n}}, zero-padded to as many digits
 * as there are n's); the counter runs per {@link #counterKey prefix}: everything else in the
 * number, the year included.
 */
public record NumberPattern(String pattern) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
  private static final Pattern COUNTER = Pattern.compile("n+");
  static final String COUNTER_MARK = "{n}";

  /** The rule a pattern must meet; the field is named for the settings form and the API. */
  public static void check(Rules rules, String field, String pattern) {
    rules.required(field, pattern).maxLength(field, pattern, 100);
    if (pattern == null || pattern.isBlank()) {
      return;
    }
    int counters = 0;
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      String name = m.group(1);
      if (COUNTER.matcher(name).matches()) {
        counters++;
      } else if (!name.equals("yyyy")
          && !name.equals("yy")
          && !name.equals("ou")
          && !name.equals("type")) {
        rules.add(field, "council.pattern.unknown", "{" + name + "}");
        return;
      }
    }
    rules.check(counters == 1, field, "council.pattern.counter", "{nnnn}");
  }

  /** The number without its counter: papers with the same key count together. */
  public String counterKey(LocalDate date, String unitCode, String typeCode) {
    return render(date, unitCode, typeCode, -1);
  }

  /** The number of the {@code counter}-th paper of its key. */
  public String number(LocalDate date, String unitCode, String typeCode, int counter) {
    return render(date, unitCode, typeCode, counter);
  }

  /**
   * A regular expression that finds numbers of this pattern in a text ("siehe VO/2026/00012"),
   * whatever the year, counter, unit or type.
   */
  public Pattern finder() {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\d/])");
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(pattern.substring(last, m.start())));
      String name = m.group(1);
      regex.append(
          switch (name) {
            case "yyyy" -> "\\d{4}";
            case "yy" -> "\\d{2}";
            case "ou" -> "[\\p{L}\\d.\\-]+";
            case "type" -> "\\p{L}+";
            default -> "\\d{" + name.length() + ",}";
          });
      last = m.end();
    }
    regex.append(Pattern.quote(pattern.substring(last))).append("(?![\\p{L}\\d])");
    return Pattern.compile(regex.toString());
  }

  public boolean usesUnit() {
    return pattern.contains("{ou}");
  }

  private String render(LocalDate date, String unitCode, String typeCode, int counter) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value =
          switch (name) {
            case "yyyy" -> String.valueOf(date.getYear());
            case "yy" -> String.format("%02d", date.getYear() % 100);
            case "ou" -> unitCode;
            case "type" -> typeCode;
            default -> counter < 0 ? COUNTER_MARK : pad(counter, name.length());
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String pad(int value, int digits) {
    String s = String.valueOf(value);
    return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
  }
}
