package de.fahrplan.organisation.internal;

import de.fahrplan.organisation.OrgUnitInput;
import de.fahrplan.organisation.OrgUnitView;
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

/** An org unit (Fachbereich, Amt, Bereich) in the municipality's tree, e.g. "1.201". */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends TenantEntity {

  private String code;
  private String name;
  private Long parentId;
  private LocalDate validFrom;
  private LocalDate validUntil;
  private Long leadPersonId;
  @CreationTimestamp private Instant created;
  @UpdateTimestamp private Instant modified;

  protected OrgUnit() {}

  public OrgUnit(OrgUnitInput input) {
    apply(input);
  }

  /** Checks the unit's own rules; tree rules (cycles, unique code) are checked by the caller. */
  public void apply(OrgUnitInput in) {
    new Rules()
        .required("code", in.code)
        .maxLength("code", in.code, 40)
        .required("name", in.name)
        .maxLength("name", in.name, 200)
        .notBefore("validUntil", in.validUntil, in.validFrom)
        .check(
            in.parentId == null || getId() == null || !in.parentId.equals(getId()),
            "parentId",
            "orgUnit.cycle")
        .throwIfAny();
    this.code = in.code;
    this.name = in.name;
    this.parentId = in.parentId;
    this.validFrom = in.validFrom;
    this.validUntil = in.validUntil;
    this.leadPersonId = in.leadPersonId;
  }

  public String code() {
    return code;
  }

  public Long parentId() {
    return parentId;
  }

  public Long leadPersonId() {
    return leadPersonId;
  }

  public String name() {
    return name;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public Instant created() {
    return created;
  }

  public Instant modified() {
    return modified;
  }

  public OrgUnitView view(int depth) {
    return new OrgUnitView(
        getId(), code, name, parentId, validFrom, validUntil, leadPersonId, depth, getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "code",
        code,
        "name",
        name,
        "parentId",
        parentId,
        "validFrom",
        validFrom,
        "validUntil",
        validUntil,
        "leadPersonId",
        leadPersonId);
  }
}
