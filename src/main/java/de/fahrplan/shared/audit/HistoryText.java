package de.fahrplan.shared.audit;

import de.fahrplan.shared.RichText;
import de.fahrplan.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change history as people read it: German labels for actions and fields, names instead of ids
 * ({@link HistoryNames}), labels instead of codes, German dates and amounts, text without markup.
 * The one place that turns a recorded value into what every history table shows.
 */
@Component("historyText")
public class HistoryText {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern ID = Pattern.compile("\\d+");

  /** An entry of a map as Java writes it ("{CITIZENS=3, COST=1}"), its key a code. */
  private static final Pattern MAP_ENTRY = Pattern.compile("[\\w.-]+=[^,{}=]*");

  private static final Set<String> MONEY =
      Set.of("consumptive", "investive", "spent", "approvedAmount");

  /** Decimal quantities shown with German separators (codes such as "1.050" stay as they are). */
  private static final Set<String> QUANTITIES =
      Set.of(
          "fteExisting",
          "fteNew",
          "fteExternal",
          "fteUsed",
          "progress",
          "costShare",
          "value",
          "baselineValue",
          "targetValue",
          "weight");

  /** Where a field's codes are labelled when the field name does not say it. */
  private static final Map<String, String> PREFIX_OF_FIELD =
      Map.ofEntries(
          Map.entry("classification", "classification."),
          Map.entry("role", "membershipRole."),
          Map.entry("bodyType", "bodyType."),
          Map.entry("budgetStatus", "budgetStatus."),
          Map.entry("horizonOverride", "horizon."),
          Map.entry("horizon", "horizon."),
          Map.entry("raci", "raci."),
          Map.entry("trafficLight", "trafficLight."),
          Map.entry("answer", "statementAnswer."),
          Map.entry("result", "consultationResult."),
          Map.entry("kind", "mandateKind."),
          Map.entry("cadence", "cadence."),
          Map.entry("level", "measureLevel."),
          Map.entry("lightPolicy", "lightPolicy."),
          Map.entry("weighting", "weighting."),
          Map.entry("reportSections", "reportSection."),
          Map.entry("priorityOverride", "priorityClass."),
          Map.entry("direction", "indicatorDirection."));

  /** Labels of codes tried in turn when the field is not in {@link #PREFIX_OF_FIELD}. */
  private static final List<String> PREFIXES =
      List.of(
          "measureStatus.",
          "versionStatus.",
          "updateState.",
          "paperState.",
          "mandateState.",
          "roundStatus.",
          "trafficLight.",
          "priorityClass.",
          "measureLevel.",
          "consultationRole.",
          "indicatorState.",
          "role.",
          "history.value.");

  /** One line of a history table; time, actor and action stand on an entry's first line only. */
  public record Row(
      Instant when, String actor, String action, String field, String oldValue, String newValue) {}

  /** The name of the object a field of an object of a type refers to. */
  private interface Lookup {
    String name(String type, String field, long id);
  }

  private final MessageSource messages;
  private final Formats formats;
  private final ObjectProvider<HistoryNames> names;
  private volatile List<HistoryNames> modules;
  private final TransactionTemplate reads;

  HistoryText(
      MessageSource messages,
      Formats formats,
      ObjectProvider<HistoryNames> names,
      PlatformTransactionManager transactions) {
    this.messages = messages;
    this.formats = formats;
    this.names = names;
    this.reads = new TransactionTemplate(transactions);
    reads.setReadOnly(true);
  }

  /**
   * The entries as their table shows them: one row per changed field, one for an entry without
   * changes (or whose changes read the same before and after). Each object named is looked up once,
   * all in one read-only transaction (the caller's where it has one, whose objects are then found
   * without another read) – a long history pays a lookup per object, not a transaction per cell. An
   * object that is gone leaves that transaction as it was (the look-ups are {@link
   * de.fahrplan.shared.Lookup}s).
   */
  public List<Row> rows(List<AuditLog.Entry> entries) {
    return reads.execute(
        status -> {
          Map<String, String> named = new HashMap<>();
          Lookup once =
              (type, field, id) ->
                  named.computeIfAbsent(
                      type + '|' + field + '|' + id, key -> name(type, field, id));
          List<Row> rows = new ArrayList<>();
          for (AuditLog.Entry e : entries) {
            String action = action(e.action());
            boolean first = true;
            for (AuditLog.Change c : e.changes()) {
              String oldValue = value(e.type(), c.field(), c.oldValue(), once);
              String newValue = value(e.type(), c.field(), c.newValue(), once);
              if (oldValue.equals(newValue)) {
                continue; // recorded before empty values counted as none: "[]" after nothing
              }
              rows.add(
                  new Row(
                      first ? e.occurredAt() : null,
                      first ? e.actor() : "",
                      first ? action : "",
                      field(c.field()),
                      oldValue,
                      newValue));
              first = false;
            }
            if (first) {
              rows.add(new Row(e.occurredAt(), e.actor(), action, "", "", ""));
            }
          }
          return rows;
        });
  }

  /** "geändert", "Beteiligte hinzugefügt" – the action's label, never a raw key. */
  public String action(String action) {
    return message("history." + action).orElse(action);
  }

  /** The field's label ("Titel", "Federführung"). */
  public String field(String field) {
    return message("history.field." + field).orElse(field);
  }

  /** A recorded value as people read it; {@code type} is the audited object's kind. */
  public String value(String type, String field, String raw) {
    return value(type, field, raw, this::name);
  }

  private String value(String type, String field, String raw, Lookup lookup) {
    if (raw == null || raw.isBlank()) {
      return "–";
    }
    String v = raw.strip();
    Optional<String> own = firstAnswer(n -> n.value(type, field, v));
    if (own.isPresent()) {
      return own.get();
    }
    if (v.startsWith("[") && v.endsWith("]")) {
      String inner = v.substring(1, v.length() - 1).strip();
      if (inner.isEmpty()) {
        return "–";
      }
      return Arrays.stream(inner.split(",\\s*"))
          .map(part -> single(type, field, part, lookup))
          .collect(Collectors.joining(", "));
    }
    if (isMap(v)) { // the ratings
      String inner = v.substring(1, v.length() - 1);
      if (inner.isEmpty()) {
        return "–";
      }
      return Arrays.stream(inner.split(", "))
          .map(entry -> entry.split("=", 2))
          .map(kv -> key(type, field, kv[0]) + ": " + kv[1])
          .collect(Collectors.joining("; ")); // names may hold commas
    }
    if (v.contains(",") && Arrays.stream(v.split(",")).allMatch(p -> CODE.matcher(p).matches())) {
      return Arrays.stream(v.split(",")).map(p -> code(field, p)).collect(Collectors.joining(", "));
    }
    return single(type, field, v, lookup);
  }

  private static boolean isMap(String v) {
    if (!v.startsWith("{") || !v.endsWith("}")) {
      return false;
    }
    String inner = v.substring(1, v.length() - 1);
    return inner.isEmpty()
        || Arrays.stream(inner.split(", ", -1)).allMatch(e -> MAP_ENTRY.matcher(e).matches());
  }

  private String single(String type, String field, String v, Lookup lookup) {
    if ("true".equals(v) || "false".equals(v)) {
      return message("true".equals(v) ? "form.yes" : "form.no").orElse(v);
    }
    if (ID.matcher(v).matches() && (field.endsWith("Id") || field.endsWith("Ids"))) {
      return lookup.name(type, field, Long.parseLong(v));
    }
    if (MONEY.contains(field) && NUMBER.matcher(v).matches()) {
      return formats.euro(new BigDecimal(v));
    }
    if (NUMBER.matcher(v).matches() && v.contains(".") && QUANTITIES.contains(field)) {
      return formats.decimal(new BigDecimal(v));
    }
    if (CODE.matcher(v).matches() && v.length() > 1) {
      return code(field, v);
    }
    Optional<String> when = temporal(v);
    if (when.isPresent()) {
      return when.get();
    }
    if (v.indexOf('<') >= 0 || v.indexOf('&') >= 0) {
      return String.join(" ", RichText.paragraphs(v));
    }
    return v;
  }

  private String name(String type, String field, long id) {
    return firstAnswer(n -> n.name(type, field, id))
        .orElseGet(() -> message("history.unknownObject", String.valueOf(id)).orElse("Nr. " + id));
  }

  /** A map's key by its module's name for it, else as a code is shown. */
  private String key(String type, String field, String key) {
    return firstAnswer(n -> n.key(type, field, key)).orElseGet(() -> code(field, key));
  }

  /** The first module that knows the answer. */
  private Optional<String> firstAnswer(Function<HistoryNames, Optional<String>> question) {
    return modules().stream().map(question).flatMap(Optional::stream).findFirst();
  }

  /**
   * The modules that name things, resolved on first use and kept: every value of a history table
   * asks them, and resolving and ordering the beans for each cell cost more than the answer.
   */
  private List<HistoryNames> modules() {
    List<HistoryNames> known = modules;
    if (known == null) {
      known = names.orderedStream().toList();
      modules = known;
    }
    return known;
  }

  private String code(String field, String v) {
    String prefix = PREFIX_OF_FIELD.get(field);
    if (prefix != null) {
      Optional<String> label = message(prefix + v);
      if (label.isPresent()) {
        return label.get();
      }
    }
    return PREFIXES.stream()
        .map(p -> message(p + v))
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(v);
  }

  private Optional<String> temporal(String v) {
    try {
      if (v.length() == 10) {
        return Optional.of(formats.date(LocalDate.parse(v)));
      }
      if (v.endsWith("Z") && v.contains("T")) {
        return Optional.of(formats.dateTime(Instant.parse(v)));
      }
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private Optional<String> message(String key, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return Optional.ofNullable(messages.getMessage(key, args, null, locale));
  }
}
