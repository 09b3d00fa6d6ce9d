package de.fahrplan.strategy.internal;

import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import de.fahrplan.strategy.StrategyInput;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;

/** A digitalisation strategy of a municipality, covering a period of years. */
@Entity
@Table(name = "strategy")
public class Strategy extends TenantEntity {

  private String title;
  private int startYear;
  private int endYear;

  protected Strategy() {}

  public Strategy(StrategyInput in) {
    new Rules()
        .required("title", in.title)
        .maxLength("title", in.title, 300)
        .required("startYear", in.startYear)
        .required("endYear", in.endYear)
        .check(
            in.startYear == null || (in.startYear >= 2000 && in.startYear <= 2100),
            "startYear",
            "strategy.yearRange")
        .check(
            in.startYear == null || in.endYear == null || in.endYear >= in.startYear,
            "endYear",
            "validation.endBeforeStart")
        .check(
            in.startYear == null || in.endYear == null || in.endYear - in.startYear <= 20,
            "endYear",
            "strategy.periodTooLong")
        .throwIfAny();
    this.title = in.title;
    this.startYear = in.startYear;
    this.endYear = in.endYear;
  }

  public String title() {
    return title;
  }

  public int startYear() {
    return startYear;
  }

  public int endYear() {
    return endYear;
  }

  public Map<String, Object> auditState() {
    return AuditLog.state("title", title, "startYear", startYear, "endYear", endYear);
  }
}
