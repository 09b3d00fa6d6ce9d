package de.fahrplan.plan;

import java.time.LocalDate;
import java.util.List;

/** A measure as shown and returned by the API; {@code horizon} is the effective one. */
public record MeasureView(
    Long id,
    Long strategyVersionId,
    String code,
    String title,
    String description,
    List<Long> goalIds,
    MeasureStatus status,
    String statusReason,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    LocalDate actualStart,
    LocalDate actualEnd,
    Horizon horizon,
    Horizon horizonOverride,
    Long leadOrgUnitId,
    Long responsiblePersonId,
    long version) {

  public String label() {
    return code + " – " + title;
  }
}
