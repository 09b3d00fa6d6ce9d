package de.fahrplan.plan;

import de.fahrplan.shared.InvalidInputException.Violation;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a measure-list import would do: the file's columns, the mapping field → column, the columns
 * that name a budget year („Kosten 2026“), and every row with its values, its errors, what it does
 * to the measure of its code and the staff and money per year it carries; where the header was
 * found (a title block above it is skipped, or the user chose the line), the sheet read, the totals
 * lines („Summe …“) that are not imported, and the org units the file names that the municipality
 * does not have, with what the user chose for each (an existing unit's id or {@code new}).
 */
public record MeasureImportPreview(
    long versionId,
    List<String> headers,
    Map<String, Integer> mapping,
    Map<Integer, MeasureColumns.YearColumn> yearColumns,
    List<Row> rows,
    List<String> unmapped,
    int headerLine,
    List<Integer> totalsLines,
    List<String> sheets,
    int sheet,
    Map<String, String> unitChoices,
    List<String> unknownUnits)
    implements Serializable {

  /** The choice for an unknown org unit that creates it in the import. */
  public static final String NEW_UNIT = "new";

  /** What a row does to the measure of its code. */
  public enum Change {
    NEW,
    UPDATE,
    UNCHANGED
  }

  /** The file's columns no field is mapped to (read, but not imported), by their headers. */
  public List<String> ignoredColumns() {
    List<String> ignored = new java.util.ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      if (!headers.get(i).isBlank() && !mapping.containsValue(i) && !yearColumns.containsKey(i)) {
        ignored.add(headers.get(i));
      }
    }
    return ignored;
  }

  /** The column (1-based, as in the mapping) a row value or error of {@code field} came from. */
  public Integer columnOf(String field) {
    if (field == null) {
      return null;
    }
    for (var e : yearColumns.entrySet()) {
      if (e.getValue().key().equals(field)) {
        return e.getKey() + 1;
      }
    }
    Integer index = mapping.get(field);
    return index == null ? null : index + 1;
  }

  /** The field of a value key: {@code consumptive} for {@code consumptive@2026}. */
  public static String fieldOf(String key) {
    int at = key.indexOf('@');
    return at < 0 ? key : key.substring(0, at);
  }

  /** One data row of the file. */
  public record Row(
      int line,
      Map<String, String> values,
      List<Violation> errors,
      Change change,
      SortedMap<Integer, YearAmounts> years)
      implements Serializable {

    public boolean update() {
      return change == Change.UPDATE;
    }
  }

  public long errorRows() {
    return rows.stream().filter(r -> !r.errors().isEmpty()).count();
  }

  public long count(Change change) {
    return rows.stream().filter(r -> r.change() == change).count();
  }

  /** Rows can only be read once every required field ({@code unmapped}) has a column. */
  public boolean importable() {
    return unmapped.isEmpty() && errorRows() == 0 && !rows.isEmpty();
  }
}
