package de.fahrplan.plan;

import de.fahrplan.organisation.OrgUnitInput;
import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the rows of an imported measure list refer to by name – goals, org units, people, statuses,
 * horizons, levels, priority classes – and the org units a file names that the municipality does
 * not have: found for the preview, created on import where the user chose „neu anlegen“.
 */
@Component
class ImportReferences {

  private final Strategies strategies;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final MeasureList list;

  ImportReferences(Strategies strategies, OrgUnits orgUnits, Persons persons, MeasureList list) {
    this.strategies = strategies;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.list = list;
  }

  private static final java.util.regex.Pattern THOUSANDS =
      java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+");

  /** What rows refer to; {@code unitChoices}: unknown unit names → an existing unit's id. */
  MeasureRows.Context context(long versionId, Map<String, String> unitChoices) {
    Map<String, Long> goals = new HashMap<>();
    for (GoalView g : strategies.goals(versionId)) {
      goals.put(MeasureRows.normal(g.code()), g.id());
    }
    Map<String, Long> units = new HashMap<>();
    // by name, then by code: a code wins where a name and another unit's code are spelled alike
    List<OrgUnitView> tree = orgUnits.tree();
    for (OrgUnitView u : tree) {
      units.putIfAbsent(MeasureRows.normal(u.name()), u.id());
    }
    for (OrgUnitView u : tree) {
      units.put(MeasureRows.normal(u.code()), u.id());
    }
    // a code such as „1.400“ in a CSV file that went through German Excel comes back as „1400“
    // (Excel reads it as a number with a thousands separator); no name or code says otherwise
    for (OrgUnitView u : tree) {
      if (THOUSANDS.matcher(u.code()).matches()) {
        units.putIfAbsent(new java.math.BigInteger(u.code().replace(".", "")).toString(), u.id());
      }
    }
    // a unit chosen to be new stands for itself until the import creates it
    long placeholder = -1;
    java.util.Set<Long> ids = new java.util.HashSet<>(units.values());
    for (var choice : unitChoices.entrySet()) {
      Long id =
          MeasureImportPreview.NEW_UNIT.equals(choice.getValue())
              ? Long.valueOf(placeholder--)
              : parsedId(choice.getValue());
      if (id != null && (id < 0 || ids.contains(id))) {
        units.put(MeasureRows.normal(choice.getKey()), id);
      }
    }
    Map<String, Long> people = new HashMap<>();
    for (PersonView p : persons.search(null, null, PageRequest.of(0, 10_000)).getContent()) {
      if (p.email() != null) {
        people.put(MeasureRows.normal(p.email()), p.id());
      }
    }
    Map<String, MeasureStatus> statuses = new HashMap<>();
    for (MeasureStatus s : MeasureStatus.values()) {
      statuses.put(MeasureRows.normal(s.name()), s);
      statuses.put(MeasureRows.normal(list.label("measureStatus." + s.name())), s);
    }
    Map<String, Horizon> horizons = new HashMap<>();
    for (Horizon h : Horizon.values()) {
      horizons.put(MeasureRows.normal(h.name()), h);
      horizons.put(MeasureRows.normal(list.label("horizon." + h.name())), h);
    }
    Map<String, MeasureLevel> levels = new HashMap<>();
    for (MeasureLevel l : MeasureLevel.values()) {
      levels.put(MeasureRows.normal(l.name()), l);
      levels.put(MeasureRows.normal(list.label("measureLevel." + l.name())), l);
    }
    Map<String, PriorityClass> priorities = new HashMap<>();
    String[][] rank = {{"1", "a"}, {"2", "b"}, {"3", "c"}};
    for (PriorityClass p : PriorityClass.values()) {
      priorities.put(MeasureRows.normal(p.name()), p);
      priorities.put(MeasureRows.normal(list.label("priorityClass." + p.name())), p);
      for (String r : rank[p.ordinal()]) {
        priorities.put(r, p);
      }
    }
    return new MeasureRows.Context(
        goals,
        units,
        people,
        statuses,
        horizons,
        levels,
        priorities,
        list.label("measureImport.priorityReason"));
  }

  private static Long parsedId(String text) {
    try {
      return text == null ? null : Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The org units the rows name (lead, participants) that the municipality does not have. */
  List<String> unknownUnits(List<MeasureImportPreview.Row> rows) {
    java.util.Set<String> known = new java.util.HashSet<>();
    orgUnits
        .tree()
        .forEach(
            u -> {
              known.add(MeasureRows.normal(u.code()));
              known.add(MeasureRows.normal(u.name()));
            });
    Map<String, String> unknown = new LinkedHashMap<>();
    for (MeasureImportPreview.Row row : rows) {
      List<String> named = new ArrayList<>();
      if (row.values().get("leadOrgUnit") != null) named.add(row.values().get("leadOrgUnit"));
      if (row.values().get("participants") != null) {
        named.addAll(List.of(row.values().get("participants").split("[,;\\n]")));
      }
      for (String name : named) {
        String key = MeasureRows.normal(name);
        if (!key.isEmpty() && !known.contains(key)) {
          unknown.putIfAbsent(key, name.strip());
        }
      }
    }
    return List.copyOf(unknown.values());
  }

  /**
   * Creates the org units the user chose to be new (Administration only – the units are theirs) and
   * answers every choice with the id of the unit it stands for.
   */
  Map<String, String> createUnits(MeasureImportPreview preview) {
    Map<String, String> chosen = new HashMap<>(preview.unitChoices());
    java.util.Set<String> codes = new java.util.HashSet<>();
    orgUnits.tree().forEach(u -> codes.add(MeasureRows.normal(u.code())));
    for (String name : preview.unknownUnits()) {
      if (MeasureImportPreview.NEW_UNIT.equals(chosen.get(name))) {
        OrgUnitInput unit = new OrgUnitInput();
        unit.name = name.length() > 200 ? name.substring(0, 200) : name;
        unit.code = newUnitCode(name, codes);
        codes.add(MeasureRows.normal(unit.code));
        chosen.put(name, String.valueOf(orgUnits.create(unit).id()));
      }
    }
    return chosen;
  }

  /**
   * The code of a unit the import creates: the name itself when it is one word („FB3“,
   * „Bauordnungsamt“), else its initials („Amt für Schulen“ → „AFS“), numbered when taken.
   */
  static String newUnitCode(String name, java.util.Set<String> taken) {
    String base = name.strip();
    if (base.length() > 40 || base.contains(" ")) {
      StringBuilder initials = new StringBuilder();
      for (String word : base.split("[\\s\\-–/]+")) {
        if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
          initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
        }
      }
      base = initials.isEmpty() ? "OE" : initials.toString();
    }
    String code = base;
    for (int n = 2; taken.contains(MeasureRows.normal(code)); n++) {
      code = base + "-" + n;
    }
    return code;
  }
}
