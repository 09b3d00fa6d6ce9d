package de.fahrplan.plan.internal;

import de.fahrplan.shared.Rules;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A municipality's horizon thresholds (years from the strategy's first year). */
@Entity
@Table(name = "plan_settings")
public class Settings extends TenantEntity {

  private int shortYears;
  private int midYears;

  protected Settings() {}

  public Settings(Integer shortYears, Integer midYears) {
    apply(shortYears, midYears);
  }

  public void apply(Integer shortYears, Integer midYears) {
    new Rules()
        .required("shortYears", shortYears)
        .required("midYears", midYears)
        .check(
            shortYears == null || (shortYears >= 1 && shortYears <= 30),
            "shortYears",
            "settings.years")
        .check(
            shortYears == null || midYears == null || (midYears > shortYears && midYears <= 50),
            "midYears",
            "settings.midAfterShort")
        .throwIfAny();
    this.shortYears = shortYears;
    this.midYears = midYears;
  }

  public int shortYears() {
    return shortYears;
  }

  public int midYears() {
    return midYears;
  }
}
