package de.fahrplan.plan;

import de.fahrplan.shared.InvalidInputException;
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
   * Target fields: first those of {@link MeasureList#COLUMNS} in their order, then the money of one
   * budget year, which many municipal lists carry and the export leaves to the resource table.
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
          "investive");

  static final List<String> REQUIRED = List.of("code", "title", "goals");

  /** Header spellings that name a field (besides the export's own headers). */
  private static final Map<String, List<String>> ALIASES =
      Map.ofEntries(
          Map.entry("code", List.of("Kürzel", "Nr", "Nummer", "ID", "Code")),
          Map.entry("title", List.of("Titel", "Maßnahme", "Bezeichnung", "Title")),
          Map.entry("description", List.of("Beschreibung", "Inhalt", "Description")),
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
          Map.entry("investive", List.of("Investiv", "Mittel investiv", "Investitionen")));

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
}
