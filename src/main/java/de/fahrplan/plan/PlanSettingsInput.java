package de.fahrplan.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Form and API request for the planning settings. A criterion with an empty name is dropped (except
 * the built-in ones, which can only be weighted 0); a new one gets a key.
 */
public class PlanSettingsInput {
  public Integer shortYears;
  public Integer midYears;
  public List<CriterionInput> criteria = new ArrayList<>();

  /** One criterion row. */
  public static class CriterionInput {
    public String key;
    public String name;
    public CriterionAxis axis;
    public Integer weight;
  }
}
