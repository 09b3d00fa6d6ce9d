package de.fahrplan.reporting;

import de.fahrplan.reporting.internal.ReportingRound;
import de.fahrplan.reporting.internal.ReportingRoundRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.strategy.SupersedeGuard;
import org.springframework.stereotype.Component;

/** A version with an open round is not superseded: the coordination closes the round first. */
@Component
class OpenRoundGuard implements SupersedeGuard {

  private final ReportingRoundRepository rounds;

  OpenRoundGuard(ReportingRoundRepository rounds) {
    this.rounds = rounds;
  }

  @Override
  public void checkSupersede(long versionId) {
    rounds.findByStrategyVersionIdOrderByPeriodStartDesc(versionId).stream()
        .filter(ReportingRound::open)
        .findFirst()
        .ifPresent(
            r -> {
              throw new InvalidInputException(
                  null, "reporting.openRoundBlocksInForce", r.period().label());
            });
  }
}
