package de.fahrplan.plan;

import de.fahrplan.shared.InvalidInputException.Violation;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a measure-list import would do: the file's columns, the mapping field → column, and every
 * row with its values, its errors and whether it creates or updates a measure (matched by code);
 * the line the header was found on (a title block above it is skipped) and the totals lines („Summe
 * …“) that are not imported.
 */
public record MeasureImportPreview(
    long versionId,
    List<String> headers,
    Map<String, Integer> mapping,
    List<Row> rows,
    List<String> unmapped,
    int headerLine,
    List<Integer> totalsLines)
    implements Serializable {

  /** The file's columns no field is mapped to (read, but not imported), by their headers. */
  public List<String> ignoredColumns() {
    List<String> ignored = new java.util.ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      if (!headers.get(i).isBlank() && !mapping.containsValue(i)) {
        ignored.add(headers.get(i));
      }
    }
    return ignored;
  }

  /** One data row of the file. */
  public record Row(int line, Map<String, String> values, List<Violation> errors, boolean update)
      implements Serializable {}

  public long errorRows() {
    return rows.stream().filter(r -> !r.errors().isEmpty()).count();
  }

  /** Rows can only be read once every required field ({@code unmapped}) has a column. */
  public boolean importable() {
    return unmapped.isEmpty() && errorRows() == 0 && !rows.isEmpty();
  }
}
