package de.fahrplan.organisation;

import de.fahrplan.shared.InvalidInputException.Violation;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** What an import would do, row by row, before anything is written. */
public record ImportPreview(ImportKind kind, List<String> columns, List<Row> rows)
    implements Serializable {

  /** One data row: its line in the file, the values by column, its errors, and create or update. */
  public record Row(int line, Map<String, String> values, List<Violation> errors, boolean update)
      implements Serializable {}

  public long errorRows() {
    return rows.stream().filter(r -> !r.errors().isEmpty()).count();
  }

  public boolean importable() {
    return errorRows() == 0;
  }
}
