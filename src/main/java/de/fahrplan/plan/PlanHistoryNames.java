package de.fahrplan.plan;

import de.fahrplan.shared.audit.HistoryNames;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names of measures ("M-12 – Titel") and of the rating criteria in the change history. */
@Component
class PlanHistoryNames implements HistoryNames {

  private final Measures measures;
  private final PlanSettings settings;

  PlanHistoryNames(Measures measures, PlanSettings settings) {
    this.measures = measures;
    this.settings = settings;
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

  @Override
  public Optional<String> key(String type, String field, String key) {
    if (!"Measure".equals(type) || !"ratings".equals(field)) {
      return Optional.empty();
    }
    return settings.current().criteria().stream()
        .filter(c -> c.key().equals(key))
        .map(CriterionView::name)
        .findFirst();
  }
}
