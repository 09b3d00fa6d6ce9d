package de.fahrplan.organisation.internal;

import de.fahrplan.organisation.OrganizationClassification;
import de.fahrplan.organisation.OrganizationInput;
import de.fahrplan.organisation.OrganizationView;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;

/** A council, committee, administration board or working group (OParl Organization). */
@Entity
@Table(name = "organization")
public class Organization extends TenantEntity {

  private String name;
  private String shortName;

  @Enumerated(EnumType.STRING)
  private OrganizationClassification classification;

  private LocalDate startDate;
  private LocalDate endDate;

  protected Organization() {}

  public Organization(OrganizationInput input) {
    apply(input);
  }

  public void apply(OrganizationInput in) {
    new Rules()
        .required("name", in.name)
        .maxLength("name", in.name, 200)
        .maxLength("shortName", in.shortName, 60)
        .required("classification", in.classification)
        .notBefore("endDate", in.endDate, in.startDate)
        .throwIfAny();
    this.name = in.name;
    this.shortName = in.shortName;
    this.classification = in.classification;
    this.startDate = in.startDate;
    this.endDate = in.endDate;
  }

  public String name() {
    return name;
  }

  public OrganizationView view(long memberCount) {
    return new OrganizationView(
        getId(), name, shortName, classification, startDate, endDate, memberCount, getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "name",
        name,
        "shortName",
        shortName,
        "classification",
        classification,
        "startDate",
        startDate,
        "endDate",
        endDate);
  }
}
