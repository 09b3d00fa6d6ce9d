package de.fahrplan.council.internal;

import de.fahrplan.plan.MeasureReferences;
import de.fahrplan.shared.InvalidInputException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A measure that papers or mandates name stays, so that they keep pointing at it. */
@Component
class CouncilMeasureReferences implements MeasureReferences {

  private final PaperRepository papers;
  private final MandateRepository mandates;

  CouncilMeasureReferences(PaperRepository papers, MandateRepository mandates) {
    this.papers = papers;
    this.mandates = mandates;
  }

  @Override
  public List<Violation> reasonsToKeep(long measureId) {
    List<Violation> reasons = new ArrayList<>();
    List<Paper> naming = papers.concerningMeasure(measureId);
    if (!naming.isEmpty()) {
      String references = naming.stream().map(Paper::reference).collect(Collectors.joining(", "));
      reasons.add(new Violation(null, "measure.keptForPapers", references));
    }
    long count = mandates.countByMeasureIdAndDeletedFalse(measureId);
    if (count > 0) {
      reasons.add(new Violation(null, "measure.keptForMandates", count));
    }
    return reasons;
  }
}
