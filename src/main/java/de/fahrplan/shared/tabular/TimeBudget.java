package de.fahrplan.shared.tabular;

import de.fahrplan.shared.InvalidInputException;
import java.time.Duration;

/**
 * The time an import may take from reading the upload to its preview. Exceeded, the import ends
 * with a message naming the budget instead of holding a request thread for minutes.
 */
public final class TimeBudget {
  private final Duration budget;
  private final long deadline;

  private TimeBudget(Duration budget) {
    this.budget = budget;
    this.deadline = System.nanoTime() + budget.toNanos();
  }

  public static TimeBudget of(Duration budget) {
    return new TimeBudget(budget);
  }

  /** Throws the German refusal once the budget is spent; cheap enough to call per row. */
  public void check() {
    if (System.nanoTime() - deadline > 0) {
      throw new InvalidInputException(
          "file", "import.timeBudget", String.valueOf(budget.toSeconds()));
    }
  }
}
