package de.fahrplan.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code a new measure is offered: the next number of the version's most used scheme („M-17“
 * after „M-16“), or the next number under its parent („M-3.2“ after „M-3.1“) – the numbering the
 * import reads as sub-projects.
 */
final class MeasureCodes {

  private MeasureCodes() {}

  private static final Pattern NUMBERED = Pattern.compile("(.*?)([0-9]+)");

  /** The next code after {@code codes} (top-level codes only, without a dot numbering). */
  static String next(Collection<String> codes) {
    Map<String, Integer> used = new HashMap<>();
    Map<String, Integer> highest = new HashMap<>();
    for (String code : codes) {
      Matcher m = NUMBERED.matcher(code.strip());
      if (m.matches() && MeasureRows.numberedParent(code) == null) {
        used.merge(m.group(1), 1, Integer::sum);
        highest.merge(m.group(1), number(m.group(2)), Math::max);
      }
    }
    return used.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + (highest.get(e.getKey()) + 1))
        .orElse("M-1");
  }

  /** The next sub-project code under {@code parent}: „M-3.1“, „M-3.2“ … */
  static String nextUnder(String parent, Collection<String> codes) {
    int highest = 0;
    String prefix = parent + ".";
    for (String code : codes) {
      if (code.startsWith(prefix) && code.substring(prefix.length()).matches("[0-9]{1,9}")) {
        highest = Math.max(highest, Integer.parseInt(code.substring(prefix.length())));
      }
    }
    return prefix + (highest + 1);
  }

  private static int number(String digits) {
    return digits.length() > 9 ? Integer.MAX_VALUE - 1 : Integer.parseInt(digits);
  }
}
