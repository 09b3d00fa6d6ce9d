package de.fahrplan.oparl.internal;

import de.fahrplan.shared.Rules;
import java.util.ArrayList;
import java.util.List;

/**
 * URL rewrite rules of a source: servers name their objects under a prefix they do not answer under
 * (Karlsruhe's ids say {@code web1…/oparl/}, the server answers under {@code /ris/oparl/}). The
 * first rule whose prefix matches is applied to every URL before it is asked; ids are kept as the
 * server gives them.
 */
public record Rewrites(List<Rule> rules) {

  public record Rule(String from, String to) {}

  public static Rewrites parse(String text) {
    List<Rule> rules = new ArrayList<>();
    Rules problems = new Rules();
    if (text != null) {
      int line = 0;
      for (String raw : text.lines().toList()) {
        line++;
        if (raw.isBlank()) {
          continue;
        }
        String[] parts = raw.split("=>", -1);
        if (parts.length != 2
            || !ImportSource.isWebAddress(parts[0].strip())
            || !ImportSource.isWebAddress(parts[1].strip())
            || parts[0].isBlank()
            || parts[1].isBlank()) {
          problems.add("rewriteRules", "oparlImport.rewriteRule", line);
          continue;
        }
        rules.add(new Rule(parts[0].strip(), parts[1].strip()));
      }
    }
    problems.throwIfAny();
    return new Rewrites(List.copyOf(rules));
  }

  public String apply(String url) {
    for (Rule r : rules) {
      if (url.startsWith(r.from())) {
        return r.to() + url.substring(r.from().length());
      }
    }
    return url;
  }
}
