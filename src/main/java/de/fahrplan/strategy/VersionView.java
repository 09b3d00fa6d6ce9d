package de.fahrplan.strategy;

import de.fahrplan.shared.web.Versioned;
import java.time.LocalDate;

/** One version of a strategy. */
public record VersionView(
    Long id,
    Long strategyId,
    String strategyTitle,
    int startYear,
    int endYear,
    int number,
    VersionStatus status,
    String vision,
    LocalDate adoptedOn,
    Long adoptedById,
    String paperReference,
    LocalDate inForceFrom,
    long version)
    implements Versioned {

  /** Only a draft can be changed; adopted versions are the record of a council decision. */
  public boolean editable() {
    return status == VersionStatus.DRAFT;
  }

  /** "Digitalstrategie 2024–2030, Fassung 2". */
  public String label() {
    return strategyTitle + " " + startYear + "–" + endYear + ", Fassung " + number;
  }
}
