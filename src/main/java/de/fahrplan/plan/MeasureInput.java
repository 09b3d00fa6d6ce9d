package de.fahrplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Form and API request for a measure. */
public class MeasureInput {
  public String code;
  public String title;
  public String description;
  public List<Long> goalIds = new ArrayList<>();
  public MeasureStatus status;
  public String statusReason;
  public LocalDate plannedStart;
  public LocalDate plannedEnd;
  public LocalDate actualStart;
  public LocalDate actualEnd;
  public Horizon horizonOverride;
  public Long leadOrgUnitId;
  public Long responsiblePersonId;
}
