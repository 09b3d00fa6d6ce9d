package de.fahrplan.organisation.internal;

import de.fahrplan.organisation.LegislativeTermInput;
import de.fahrplan.organisation.LegislativeTermView;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A Wahlperiode: the council's term from one election to the next. */
@Entity
@Table(name = "legislative_term")
public class LegislativeTerm extends TenantEntity {

  /** Councils were first elected after the war; a typo such as 0224 is refused. */
  static final int FIRST_YEAR = 1946;

  static final int LAST_YEAR = 2100;

  /** German councils sit five or six years; ten leaves room and catches a typo in the year. */
  static final int MAX_YEARS = 10;

  private String name;
  private LocalDate startDate;
  private LocalDate endDate;
  @CreationTimestamp private Instant created;
  @UpdateTimestamp private Instant modified;

  protected LegislativeTerm() {}

  public LegislativeTerm(LegislativeTermInput input) {
    apply(input);
  }

  public void apply(LegislativeTermInput in) {
    new Rules()
        .required("name", in.name)
        .maxLength("name", in.name, 200)
        .required("startDate", in.startDate)
        .notBefore("endDate", in.endDate, in.startDate)
        .check(
            in.startDate == null
                || (in.startDate.getYear() >= FIRST_YEAR && in.startDate.getYear() <= LAST_YEAR),
            "startDate",
            "legislativeTerm.implausible",
            FIRST_YEAR,
            LAST_YEAR)
        .check(
            in.startDate == null
                || in.endDate == null
                || !in.endDate.isAfter(in.startDate.plusYears(MAX_YEARS)),
            "endDate",
            "legislativeTerm.tooLong",
            MAX_YEARS)
        .throwIfAny();
    this.name = in.name.strip();
    this.startDate = in.startDate;
    this.endDate = in.endDate;
  }

  public LegislativeTermView view() {
    return new LegislativeTermView(
        getId(), name, startDate, endDate, created, modified, getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state("name", name, "startDate", startDate, "endDate", endDate);
  }
}
