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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

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

  /** Shown on the municipality's OParl server (with the members who agreed). */
  private boolean published;

  /** Once published, a committee stays on the OParl server – as a deleted stub when withdrawn. */
  private boolean wasPublished;

  /** OParl's created/modified. */
  @CreationTimestamp private Instant created;

  @UpdateTimestamp private Instant modified;

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
    this.published = in.published;
    this.wasPublished = wasPublished || in.published;
  }

  public boolean published() {
    return published;
  }

  /** Was published and is no longer: OParl shows a deleted stub. */
  public boolean withdrawn() {
    return wasPublished && !published;
  }

  public Instant created() {
    return created;
  }

  public Instant modified() {
    return modified;
  }

  public String name() {
    return name;
  }

  public OrganizationView view(long memberCount) {
    return new OrganizationView(
        getId(),
        name,
        shortName,
        classification,
        startDate,
        endDate,
        published,
        memberCount,
        getVersion());
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
        endDate,
        "published",
        published);
  }
}
