package de.fahrplan.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of history event and every field an audited object records has a German and an English
 * label: the test reads each {@code audit.recorded…} call and each {@code AuditLog.state} of the
 * sources, so a new event or field without a label fails here, not on a user's screen
 * ("??history.PARTICIPANT_ADDED_de??").
 */
class HistoryLabelsTest {

  private static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z_]*[A-Z])\"");
  private static final Pattern LITERAL = Pattern.compile("\\s*\"([A-Za-z][A-Za-z0-9]*)\"\\s*");

  @Test
  void everyEventKindAndEveryFieldHasALabelInBothLanguages() throws IOException {
    TreeSet<String> actions = new TreeSet<>(List.of("CREATED", "CHANGED", "DELETED"));
    TreeSet<String> fields = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        for (String args : argumentLists(source, "audit.recorded")) {
          Matcher m = ACTION.matcher(args);
          while (m.find()) {
            actions.add(m.group(1));
          }
        }
        for (String args : argumentLists(source, "AuditLog.state(")) {
          List<String> parts = topLevel(args);
          for (int i = 0; i < parts.size(); i += 2) {
            Matcher m = LITERAL.matcher(parts.get(i));
            if (m.matches()) {
              fields.add(m.group(1));
            }
          }
        }
      }
    }
    assertThat(actions).contains("PARTICIPANT_ADDED", "RETURNED", "INVITATION_SENT");
    assertThat(fields).contains("title", "leadOrgUnitId", "goalIds", "answer");
    for (String bundle : List.of("messages.properties", "messages_en.properties")) {
      Properties p = bundle(bundle);
      assertThat(actions.stream().filter(a -> !p.containsKey("history." + a)).toList())
          .as("actions without a label in " + bundle)
          .isEmpty();
      assertThat(fields.stream().filter(f -> !p.containsKey("history.field." + f)).toList())
          .as("fields without a label in " + bundle)
          .isEmpty();
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = HistoryLabelsTest.class.getResourceAsStream("/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  /** The argument text of every call that starts with {@code call} (up to its closing paren). */
  private static List<String> argumentLists(String source, String call) {
    List<String> lists = new ArrayList<>();
    int at = source.indexOf(call);
    while (at >= 0) {
      int open = source.indexOf('(', at);
      int depth = 0;
      int i = open;
      for (; i < source.length(); i++) {
        char c = source.charAt(i);
        if (c == '"') {
          i = source.indexOf('"', i + 1);
        } else if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          break;
        }
      }
      lists.add(source.substring(open + 1, Math.min(i, source.length())));
      at = source.indexOf(call, i);
    }
    return lists;
  }

  /** The arguments of a list, split at its own commas (not those of nested calls). */
  private static List<String> topLevel(String args) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < args.length(); i++) {
      char c = args.charAt(i);
      if (c == '"') {
        i = args.indexOf('"', i + 1);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(args.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(args.substring(start));
    return parts;
  }
}
