package de.fahrplan.plan;

import de.fahrplan.shared.InvalidInputException.Violation;
import java.util.List;

/**
 * Implemented by modules whose objects speak of a measure (its status updates over the rounds,
 * papers and mandates), so that such a measure is not deleted under them: the plan asks every
 * implementation before a deletion and names each reason (ADR 0004, ADR 0017).
 */
public interface MeasureReferences {

  /** Why the measure must stay, each as a message (field {@code null}); empty when nothing. */
  List<Violation> reasonsToKeep(long measureId);
}
