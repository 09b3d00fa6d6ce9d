package de.fahrplan.plan;

import de.fahrplan.shared.InvalidInputException.Violation;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One row of a measure import read into what it says: the measure's fields, German labels and
 * spellings of dates and amounts, references by code or e-mail. Problems are collected per field,
 * so the preview shows every one of them at once.
 */
final class MeasureRows {

  private MeasureRows() {}

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ISO_LOCAL_DATE);

  /** What the rows refer to: goals by code, units by code, persons by e-mail, German labels. */
  record Context(
      Map<String, Long> goals,
      Map<String, Long> units,
      Map<String, Long> persons,
      Map<String, MeasureStatus> statuses,
      Map<String, Horizon> horizons,
      Map<String, MeasureLevel> levels,
      Map<String, PriorityClass> priorities,
      String importedPriorityReason) {}

  static MeasureInput input(Map<String, String> v, Context ctx, List<Violation> errors) {
    MeasureInput in = new MeasureInput();
    in.code = v.get("code");
    in.title = v.get("title");
    in.description = v.get("description");
    in.goalIds = new ArrayList<>();
    if (v.get("goals") != null) {
      for (String code : v.get("goals").split("[,;]")) {
        if (code.isBlank()) {
          continue;
        }
        Long id = ctx.goals().get(normal(code));
        if (id == null) {
          errors.add(new Violation("goals", "measureImport.unknownGoal", code.trim()));
        } else {
          in.goalIds.add(id);
        }
      }
    }
    String status = v.get("status");
    in.status = status == null ? MeasureStatus.PLANNED : ctx.statuses().get(normal(status));
    if (status != null && in.status == null) {
      errors.add(new Violation("status", "measureImport.unknownStatus", status));
    }
    in.statusReason = v.get("statusReason");
    in.plannedStart = date(v, "plannedStart", errors);
    in.plannedEnd = date(v, "plannedEnd", errors);
    in.actualStart = date(v, "actualStart", errors);
    in.actualEnd = date(v, "actualEnd", errors);
    String horizon = v.get("horizonOverride");
    in.horizonOverride = horizon == null ? null : ctx.horizons().get(normal(horizon));
    if (horizon != null && in.horizonOverride == null) {
      errors.add(new Violation("horizonOverride", "measureImport.unknownHorizon", horizon));
    }
    String unit = v.get("leadOrgUnit");
    in.leadOrgUnitId = unit == null ? null : ctx.units().get(normal(unit));
    if (unit != null && in.leadOrgUnitId == null) {
      errors.add(new Violation("leadOrgUnit", "import.unknownOrgUnit", unit));
    }
    String level = v.get("level");
    in.level = level == null ? null : ctx.levels().get(normal(level));
    if (level != null && in.level == null) {
      errors.add(new Violation("level", "measureImport.unknownLevel", level));
    }
    in.tags =
        v.get("tags") == null
            ? new ArrayList<>()
            : new ArrayList<>(List.of(v.get("tags").split("[,;]")));
    String priority = v.get("priority");
    in.priorityOverride = priority == null ? null : ctx.priorities().get(normal(priority));
    if (priority != null && in.priorityOverride == null) {
      errors.add(new Violation("priority", "measureImport.unknownPriority", priority));
    }
    in.priorityReason =
        v.get("priorityReason") != null ? v.get("priorityReason") : ctx.importedPriorityReason();
    String person = v.get("responsible");
    in.responsiblePersonId = person == null ? null : ctx.persons().get(normal(person));
    if (person != null && in.responsiblePersonId == null) {
      errors.add(new Violation("responsible", "measureImport.unknownPerson", person));
    }
    return in;
  }

  /** The units of the „Beteiligte“ column (codes or names, separated by commas or semicolons). */
  static List<Long> participants(Map<String, String> v, Context ctx, List<Violation> errors) {
    List<Long> ids = new ArrayList<>();
    if (v.get("participants") == null) {
      return ids;
    }
    for (String unit : v.get("participants").split("[,;\\n]")) {
      if (unit.isBlank()) {
        continue;
      }
      Long id = ctx.units().get(normal(unit));
      if (id == null) {
        errors.add(new Violation("participants", "import.unknownOrgUnit", unit.strip()));
      } else if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static final java.util.regex.Pattern QUARTER =
      java.util.regex.Pattern.compile(
          "(?i)(?:Q\\s*([1-4])\\s*[/.\\- ]?\\s*|([1-4])\\.\\s*Quartal\\s+)(\\d{4})");

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

  private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  /**
   * A quarter („Q1/2026“, „3. Quartal 2026“) or a bare year („2027“) in a date column, as the date
   * it stands for – the period's first day for a start, its last day for an end – written as a
   * German date, so that the preview shows the date chosen; any other value as it is.
   */
  static String periodAsDate(String field, String value) {
    if (value == null || !DATE_FIELDS.contains(field)) {
      return value;
    }
    boolean start = field.endsWith("Start");
    String text = value.strip();
    java.util.regex.Matcher q = QUARTER.matcher(text);
    if (q.matches()) {
      int quarter = Integer.parseInt(q.group(1) != null ? q.group(1) : q.group(2));
      LocalDate first = LocalDate.of(Integer.parseInt(q.group(3)), quarter * 3 - 2, 1);
      return GERMAN.format(start ? first : first.plusMonths(3).minusDays(1));
    }
    if (YEAR.matcher(text).matches()) {
      int year = Integer.parseInt(text);
      return GERMAN.format(start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31));
    }
    return value;
  }

  private static final java.util.Set<String> DATE_FIELDS =
      java.util.Set.of("plannedStart", "plannedEnd", "actualStart", "actualEnd");

  private static LocalDate date(Map<String, String> v, String field, List<Violation> errors) {
    String text = v.get(field);
    if (text == null) {
      return null;
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(text.trim(), f);
      } catch (DateTimeParseException e) {
        // next format
      }
    }
    errors.add(new Violation(field, "import.badDate", text));
    return null;
  }

  /**
   * Staff and money per budget year in a row: from the year's own column („Haushaltsjahr“ with
   * „Mittel konsumtiv“, „VZÄ“ …) and from columns that name their year („Kosten 2026“); amounts in
   * German spelling („1.234,56 €“, „1,5“).
   */
  static java.util.SortedMap<Integer, YearAmounts> years(
      Map<String, String> v, List<Violation> errors) {
    java.util.SortedMap<Integer, YearAmounts> result = new java.util.TreeMap<>();
    YearAmounts single = amounts(v, "", errors);
    String yearText = v.get("budgetYear");
    Integer year = null;
    if (yearText != null) {
      if (yearText.trim().matches("\\d{4}")) {
        year = Integer.valueOf(yearText.trim());
      } else {
        errors.add(new Violation("budgetYear", "measureImport.badYear", yearText));
      }
    }
    if (!single.empty() && year != null) {
      result.put(year, single);
    } else if (!single.empty() && yearText == null) {
      errors.add(new Violation("budgetYear", "measureImport.yearForMoney"));
    }
    java.util.Set<Integer> wideYears = new java.util.TreeSet<>();
    v.keySet().stream()
        .filter(k -> k.contains("@"))
        .forEach(k -> wideYears.add(Integer.valueOf(k.substring(k.indexOf('@') + 1))));
    for (int y : wideYears) {
      YearAmounts wide = amounts(v, "@" + y, errors);
      if (!wide.empty()) {
        result.merge(y, wide, YearAmounts::or);
      }
    }
    return result;
  }

  private static YearAmounts amounts(Map<String, String> v, String suffix, List<Violation> errors) {
    return new YearAmounts(
        amount(v, "fteExisting" + suffix, errors),
        amount(v, "fteNew" + suffix, errors),
        amount(v, "fteExternal" + suffix, errors),
        amount(v, "consumptive" + suffix, errors),
        amount(v, "investive" + suffix, errors));
  }

  private static java.math.BigDecimal amount(
      Map<String, String> v, String field, List<Violation> errors) {
    String text = v.get(field);
    if (text == null) {
      return null;
    }
    String bad = field.startsWith("fte") ? "measureImport.badFte" : "measureImport.badMoney";
    try {
      java.math.BigDecimal value =
          new de.fahrplan.shared.web.DecimalFormatter().parse(text, Locale.GERMAN);
      if (value != null && value.stripTrailingZeros().scale() > 2) {
        errors.add(new Violation(field, bad, text));
        return null;
      }
      if (value != null && value.signum() < 0) {
        errors.add(new Violation(field, "measureImport.negativeMoney", text));
        return null;
      }
      return value;
    } catch (java.text.ParseException | NumberFormatException e) {
      errors.add(new Violation(field, bad, text));
      return null;
    }
  }

  /** „3.1“ under „3“, „M-2.4“ under „M-2“: the code a numbered code belongs to, or null. */
  static String numberedParent(String code) {
    if (code == null) {
      return null;
    }
    java.util.regex.Matcher m = NUMBERED.matcher(code.strip());
    return m.matches() ? m.group(1) : null;
  }

  private static final Pattern NUMBERED = Pattern.compile("(.+)\\.[0-9]+");

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_IN_NAMES = Pattern.compile("[^a-z0-9@._-]");

  /** Compares names and codes without case, spaces and umlaut spelling. */
  static String normal(String s) {
    String t =
        s.trim()
            .toLowerCase(Locale.GERMAN)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss");
    String plain = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    return NOT_IN_NAMES.matcher(plain).replaceAll("");
  }

  /** Rows whose parent is in the file come after that parent (the check refused circles). */
  static List<MeasureImportPreview.Row> parentsFirst(List<MeasureImportPreview.Row> rows) {
    Map<String, MeasureImportPreview.Row> byCode = new LinkedHashMap<>();
    rows.forEach(r -> byCode.put(r.values().get("code"), r));
    List<MeasureImportPreview.Row> result = new ArrayList<>();
    java.util.Set<String> placed = new java.util.HashSet<>();
    for (MeasureImportPreview.Row r : rows) {
      place(r, byCode, placed, result, 0);
    }
    return result;
  }

  private static void place(
      MeasureImportPreview.Row row,
      Map<String, MeasureImportPreview.Row> byCode,
      java.util.Set<String> placed,
      List<MeasureImportPreview.Row> result,
      int depth) {
    String code = row.values().get("code");
    if (placed.contains(code) || depth > byCode.size()) {
      return;
    }
    String parent = row.values().get("parent");
    if (parent != null && byCode.containsKey(parent.trim())) {
      place(byCode.get(parent.trim()), byCode, placed, result, depth + 1);
    }
    if (placed.add(code)) {
      result.add(row);
    }
  }

  /** Following the parents of {@code code} in the file leads back to it. */
  static boolean circle(String code, Map<String, String> parents) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String p = parents.get(code); p != null && seen.add(p); p = parents.get(p)) {
      if (p.equals(code)) {
        return true;
      }
    }
    return false;
  }
}
