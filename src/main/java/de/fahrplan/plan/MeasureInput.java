package de.fahrplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** The measure this one is a sub-project of (same version), or null. */
  public Long parentId;

  public MeasureLevel level;
  public List<String> tags = new ArrayList<>();

  /** Rating 0–3 per criterion key; criteria not rated are left out. */
  public Map<String, Integer> ratings = new LinkedHashMap<>();

  public PriorityClass priorityOverride;
  public String priorityReason;
}
