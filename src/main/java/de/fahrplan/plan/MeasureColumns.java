package de.fahrplan.plan;

import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.tabular.FormulaText;
import de.fahrplan.shared.tabular.TableReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a measure import: the fields a column can fill, the required ones, and how a
 * file's headers are matched to them (German spellings of municipal lists included).
 */
public final class MeasureColumns {

  private MeasureColumns() {}

  /**
   * Target fields: first those of {@link MeasureList#COLUMNS} in their order, then staff and money
   * of one budget year, which many municipal lists carry and the export leaves to the resource
   * table, then the priority set by hand and the participating units.
   */
  public static final List<String> FIELDS =
      List.of(
          "code",
          "title",
          "description",
          "goals",
          "status",
          "statusReason",
          "plannedStart",
          "plannedEnd",
          "actualStart",
          "actualEnd",
          "horizonOverride",
          "leadOrgUnit",
          "responsible",
          "parent",
          "level",
          "tags",
          "budgetYear",
          "consumptive",
          "investive",
          "fteExisting",
          "fteNew",
          "fteExternal",
          "priority",
          "priorityReason",
          "participants");

  /** The amounts a budget year holds, in the order the money grid shows them. */
  public static final List<String> AMOUNTS =
      List.of("fteExisting", "fteNew", "fteExternal", "consumptive", "investive");

  static final List<String> REQUIRED = List.of("code", "title", "goals");

  /** Header spellings that name a field (besides the export's own headers). */
  private static final Map<String, List<String>> ALIASES =
      Map.ofEntries(
          Map.entry("code", List.of("Kürzel", "Nr", "Nummer", "ID", "Code")),
          Map.entry("title", List.of("Titel", "Maßnahme", "Bezeichnung", "Title")),
          Map.entry(
              "description",
              List.of(
                  "Beschreibung",
                  "Inhalt",
                  "Description",
                  "Bemerkung",
                  "Bemerkungen",
                  "Anmerkung",
                  "Erläuterung")),
          Map.entry("goals", List.of("Ziele", "Ziel", "Strategisches Ziel", "Goals")),
          Map.entry("status", List.of("Status", "Stand")),
          Map.entry("statusReason", List.of("Begründung", "Grund")),
          Map.entry("plannedStart", List.of("Geplanter Beginn", "Beginn", "Start")),
          Map.entry("plannedEnd", List.of("Geplantes Ende", "Ende", "Frist", "Termin")),
          Map.entry("actualStart", List.of("Tatsächlicher Beginn")),
          Map.entry("actualEnd", List.of("Tatsächliches Ende", "Abgeschlossen am")),
          Map.entry("horizonOverride", List.of("Horizont (von Hand)", "Horizont", "Zeithorizont")),
          Map.entry(
              "leadOrgUnit",
              List.of("Federführung", "Fachbereich", "Organisationseinheit", "Zuständig")),
          Map.entry("responsible", List.of("Verantwortlich", "Verantwortliche Person", "E-Mail")),
          Map.entry("parent", List.of("Teilprojekt von", "Übergeordnet", "Hauptmaßnahme")),
          Map.entry("level", List.of("Ebene")),
          Map.entry("tags", List.of("Schlagworte", "Schlagwort", "Tags", "Stichworte")),
          Map.entry("budgetYear", List.of("Haushaltsjahr", "HHJ", "Jahr")),
          Map.entry(
              "consumptive", List.of("Konsumtiv", "Mittel konsumtiv", "Kosten", "Betrag", "Euro")),
          Map.entry("investive", List.of("Investiv", "Mittel investiv", "Investitionen")),
          Map.entry("fteExisting", List.of("VZÄ", "Personal (VZÄ)", "Personal", "Stellen", "FTE")),
          Map.entry("fteNew", List.of("VZÄ neu", "Neue Stellen", "Stellenmehrbedarf")),
          Map.entry("fteExternal", List.of("VZÄ extern", "Externe (VZÄ)", "Extern")),
          Map.entry("priority", List.of("Priorität", "Prio", "Dringlichkeit")),
          Map.entry("priorityReason", List.of("Begründung Priorität", "Begründung der Priorität")),
          Map.entry(
              "participants",
              List.of("Beteiligte", "Beteiligt", "Mitwirkende", "Beteiligte Stellen")));

  /** A column that holds one amount of one budget year („Kosten 2026“, „VZÄ 2027“). */
  public record YearColumn(String field, int year) implements java.io.Serializable {

    /** The key of its value in a row: {@code consumptive@2026}. */
    public String key() {
      return field + "@" + year;
    }
  }

  private static final java.util.regex.Pattern YEAR_IN_HEADER =
      java.util.regex.Pattern.compile("(?<![0-9])(20[0-9]{2})(?![0-9])");

  /** What the words around the year say, as {@link TableReader#headerKey} spells them. */
  private static final Map<String, String> YEAR_WORDS = yearWords();

  private static Map<String, String> yearWords() {
    Map<String, String> words = new java.util.HashMap<>();
    List.of(
            "kosten",
            "konsumtiv",
            "mittelkonsumtiv",
            "konsumtivemittel",
            "mittel",
            "betrag",
            "euro",
            "eur",
            "sachkosten",
            "aufwand",
            "aufwendungen",
            "haushaltsmittel",
            "budget")
        .forEach(w -> words.put(w, "consumptive"));
    List.of("investiv", "mittelinvestiv", "investivemittel", "investitionen", "invest")
        .forEach(w -> words.put(w, "investive"));
    List.of("vzae", "vza", "fte", "personal", "personalvzae", "stellen", "vzaevorhanden")
        .forEach(w -> words.put(w, "fteExisting"));
    List.of("vzaeneu", "neuestellen", "stellenneu", "stellenmehrbedarf", "personalmehrbedarf")
        .forEach(w -> words.put(w, "fteNew"));
    List.of("vzaeextern", "extern", "externe", "externevzae")
        .forEach(w -> words.put(w, "fteExternal"));
    return Map.copyOf(words);
  }

  /**
   * The columns no field is mapped to whose header names an amount and a budget year („Kosten
   * 2026“, „2027 investiv“, „VZÄ 2026“, „HHJ 2026 Mittel“): lists kept in Excel put years side by
   * side. Keyed by column index.
   */
  static Map<Integer, YearColumn> yearColumns(List<String> header, Map<String, Integer> mapping) {
    Map<Integer, YearColumn> result = new java.util.TreeMap<>();
    for (int i = 0; i < header.size(); i++) {
      java.util.regex.Matcher year = YEAR_IN_HEADER.matcher(header.get(i));
      if (mapping.containsValue(i) || !year.find()) {
        continue;
      }
      String words =
          TableReader.headerKey(header.get(i).replace(year.group(1), " "))
              .replaceFirst("^(haushaltsjahr|hhj|hh|jahr)", "");
      String field = YEAR_WORDS.get(words);
      if (field != null) {
        result.put(i, new YearColumn(field, Integer.parseInt(year.group(1))));
      }
    }
    return result;
  }

  /**
   * Which column holds which field: the header the user chose last time, the export's header, or a
   * usual spelling – each column taken once.
   */
  static Map<String, Integer> guess(List<String> header, Map<String, String> remembered) {
    Map<String, Integer> result = new LinkedHashMap<>();
    for (String field : FIELDS) {
      List<String> names = new ArrayList<>();
      if (remembered.containsKey(field)) {
        names.add(remembered.get(field));
      }
      if (FIELDS.indexOf(field) < MeasureList.COLUMNS.size()) {
        names.add(MeasureList.COLUMNS.get(FIELDS.indexOf(field)));
      }
      names.addAll(ALIASES.getOrDefault(field, List.of()));
      for (String name : names) {
        int i = indexOf(header, name);
        if (i >= 0 && !result.containsValue(i)) {
          result.put(field, i);
          break;
        }
      }
    }
    return result;
  }

  /** The mapping the user chose, when every field and column exists. */
  static Map<String, Integer> valid(Map<String, Integer> mapping, List<String> header) {
    Map<String, Integer> result = new LinkedHashMap<>();
    mapping.forEach(
        (field, index) -> {
          if (!FIELDS.contains(field)) {
            throw new InvalidInputException("mapping", "measureImport.unknownField", field);
          }
          if (index != null && index >= 0) {
            if (index >= header.size()) {
              throw new InvalidInputException(
                  "mapping", "measureImport.noSuchColumn", String.valueOf(index + 1));
            }
            result.put(field, index);
          }
        });
    return result;
  }

  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (TableReader.headerKey(header.get(i)).equals(TableReader.headerKey(name))) {
        return i;
      }
    }
    return -1;
  }

  // --- lines ---------------------------------------------------------------------------------

  /** A cell's text, null when blank or not in the line. */
  static String cell(TableReader.Line line, Integer index) {
    if (index == null || index >= line.cells().size()) {
      return null;
    }
    String v = FormulaText.unneutralised(line.cells().get(index));
    return v.isBlank() ? null : v;
  }

  private static final java.util.regex.Pattern TOTALS =
      java.util.regex.Pattern.compile(
          "(?iu)(summe|gesamtsumme|gesamt|insgesamt|total|zwischensumme)\\b.*");

  /** A totals line of a list kept in Excel: its first filled cell says „Summe“ (or the like). */
  static boolean totalsLine(TableReader.Line line) {
    return line.cells().stream()
        .filter(c -> !c.isBlank())
        .findFirst()
        .map(c -> TOTALS.matcher(c.strip()).matches())
        .orElse(false);
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?[0-9][0-9.,]*\\s*(€|EUR)?");

  /** A line of sums without a label: no code, no title, but amounts (an Excel formula's result). */
  static boolean unlabelledSums(TableReader.Line line, Map<String, Integer> columns) {
    return cell(line, columns.get("code")) == null
        && cell(line, columns.get("title")) == null
        && line.cells().stream().anyMatch(c -> NUMBER.matcher(c.strip()).matches());
  }
}
