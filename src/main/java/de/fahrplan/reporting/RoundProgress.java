package de.fahrplan.reporting;

import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.shared.security.MemberOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a round is, per org unit of the measures: updates done (submitted or accepted), still
 * open, and overdue today – the table on the round page.
 */
@Service
public class RoundProgress {

  /** One org unit's updates in the round; {@code unit} is its name, "–" for none. */
  public record UnitProgress(String unit, long done, long open, long overdue) {}

  private final Reporting reporting;
  private final OrgUnits orgUnits;
  private final Clock clock;

  RoundProgress(Reporting reporting, OrgUnits orgUnits, Clock clock) {
    this.reporting = reporting;
    this.orgUnits = orgUnits;
    this.clock = clock;
  }

  /** By unit name, in alphabetical order (updates without a unit under "–", first). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<UnitProgress> byUnit(long roundId) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, String> names =
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
    Map<String, List<StatusUpdateView>> byUnit =
        new TreeMap<>(Comparator.comparing((String name) -> name.equals("–") ? "" : name));
    for (StatusUpdateView u : reporting.updates(roundId)) {
      byUnit
          .computeIfAbsent(
              Objects.requireNonNullElse(names.get(u.orgUnitId()), "–"), k -> new ArrayList<>())
          .add(u);
    }
    return byUnit.entrySet().stream()
        .map(
            e ->
                new UnitProgress(
                    e.getKey(),
                    e.getValue().stream().filter(u -> !u.state().editable()).count(),
                    e.getValue().stream().filter(u -> u.state().editable()).count(),
                    e.getValue().stream().filter(u -> u.overdue(today)).count()))
        .toList();
  }
}
