package de.fahrplan.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.tabular.TableReader;

/**
 * Fuzzing of the CSV/XLSX reader that every import uses: whatever the bytes, it answers with a
 * table or an {@link InvalidInputException} naming the problem – never another exception. In {@code
 * ./mvnw verify} this replays the corpus in {@code ImportFuzzTestInputs/}; for real fuzzing run
 * with {@code JAZZER_FUZZ=1} (see docs/import.md).
 */
class ImportFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void tableReader(FuzzedDataProvider data) {
    boolean xlsx = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      TableReader.Table table =
          TableReader.read(
              xlsx ? "liste.xlsx" : "liste.csv",
              bytes,
              TableReader.Limits.forImport().withMaxRows(1000));
      if (table.header() == null || table.rows().isEmpty()) {
        throw new IllegalStateException(
            "a table without header or rows must be refused, not returned");
      }
    } catch (InvalidInputException expected) {
      if (expected.violations().isEmpty()) {
        throw new IllegalStateException("refusal without a reason");
      }
    }
  }
}
