package de.fahrplan.strategy.web;

import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.web.Confirmable;
import de.fahrplan.shared.web.Confirmation;
import de.fahrplan.shared.web.Formats;
import de.fahrplan.strategy.IndicatorValueView;
import de.fahrplan.strategy.IndicatorView;
import de.fahrplan.strategy.Indicators;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * Asked first: recording the council's decision on a version, putting a version in force, deleting
 * an indicator or a measured value.
 */
@Component
class StrategyQuestions implements Confirmable {

  private final Strategies strategies;
  private final Indicators indicators;
  private final Organizations organizations;
  private final Formats formats;

  StrategyQuestions(
      Strategies strategies, Indicators indicators, Organizations organizations, Formats formats) {
    this.strategies = strategies;
    this.indicators = indicators;
    this.organizations = organizations;
    this.formats = formats;
  }

  @Override
  public Confirmation describe(Asked asked) {
    return switch (asked.pattern()) {
      case "/strategy-versions/{id}/adopt" -> adoption(asked);
      case "/strategy-versions/{id}/in-force" -> inForce(strategies.version(asked.id()));
      case "/indicators/{id}/delete" -> {
        IndicatorView i = indicators.get(asked.id());
        yield Confirmation.of(
                "indicator.delete",
                "/indicators/" + i.id(),
                i.name(),
                "indicator.deleteQuestion",
                i.name())
            .takingIf(i.values().size(), "indicator.deleteValues", i.values().size());
      }
      case "/indicator-values/{id}/delete" -> {
        IndicatorView i = indicators.ofValue(asked.id());
        IndicatorValueView v =
            i.values().stream().filter(x -> x.id() == asked.id()).findFirst().orElseThrow();
        yield Confirmation.of(
            "form.delete",
            "/indicators/" + i.id(),
            i.name(),
            "indicator.deleteValueQuestion",
            formats.decimal(v.value()),
            formats.date(v.measuredOn()),
            i.name());
      }
      default -> throw new IllegalArgumentException(asked.pattern());
    };
  }

  /**
   * Only the first decision is asked about – a correction of an adopted version's data can be
   * corrected again; an incomplete form goes straight to its errors.
   */
  private Confirmation adoption(Asked asked) {
    VersionView v = strategies.version(asked.id());
    LocalDate adoptedOn = date(asked.value("adoptedOn"));
    LocalDate inForceFrom = date(asked.value("inForceFrom"));
    String body = asked.value("adoptedById");
    if (v.status() != VersionStatus.DRAFT
        || adoptedOn == null
        || inForceFrom == null
        || body == null
        || !body.matches("\\d{1,18}")) {
      return null;
    }
    return Confirmation.of(
            "strategy.adopt",
            "/strategy-versions/" + v.id(),
            v.strategyTitle(),
            "strategy.adoptQuestion",
            v.strategyTitle(),
            v.number(),
            formats.date(adoptedOn),
            organizations.get(Long.parseLong(body)).name(),
            formats.date(inForceFrom))
        .taking("strategy.adoptTakes");
  }

  private Confirmation inForce(VersionView v) {
    Confirmation question =
        Confirmation.of(
            "strategy.putInForce",
            "/strategy-versions/" + v.id(),
            v.strategyTitle(),
            "strategy.inForceQuestion",
            v.strategyTitle(),
            v.number());
    for (VersionView other : strategies.get(v.strategyId()).versions()) {
      if (other.status() == VersionStatus.IN_FORCE) {
        question = question.taking("strategy.inForceSupersedes", other.number());
      }
    }
    return question;
  }

  private static LocalDate date(String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
