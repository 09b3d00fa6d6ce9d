package de.fahrplan.strategy;

import de.fahrplan.shared.audit.HistoryNames;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names of strategy versions, goals and fields of action in the change history. */
@Component
class StrategyHistoryNames implements HistoryNames {

  private final Strategies strategies;

  private final VersionNames versionNames;

  StrategyHistoryNames(Strategies strategies, VersionNames versionNames) {
    this.strategies = strategies;
    this.versionNames = versionNames;
  }

  @Override
  public Optional<String> name(String type, String field, long id) {
    return switch (field) {
      case "goalIds", "goalId" -> HistoryNames.read(id, i -> strategies.goal(i).label());
      case "fieldOfActionIds", "fieldOfActionId" ->
          HistoryNames.read(
              id,
              i -> {
                FieldOfActionView f = strategies.fieldOfAction(i);
                return f.code() + " – " + f.title();
              });
      case "strategyVersionId", "versionId" ->
          HistoryNames.read(id, i -> versionNames.of(strategies.version(i)));
      default -> Optional.empty();
    };
  }
}
