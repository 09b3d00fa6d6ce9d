package de.fahrplan.plan;

import de.fahrplan.shared.audit.HistoryNames;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names of measures ("M-12 – Titel") in the change history. */
@Component
class PlanHistoryNames implements HistoryNames {

  private final Measures measures;

  PlanHistoryNames(Measures measures) {
    this.measures = measures;
  }

  @Override
  public Optional<String> name(String type, String field, long id) {
    boolean measure =
        switch (field) {
          case "measureId", "measureIds", "predecessorId", "successorId" -> true;
          case "parentId" -> "Measure".equals(type);
          default -> false;
        };
    return measure ? Optional.ofNullable(measures.labels(List.of(id)).get(id)) : Optional.empty();
  }
}
