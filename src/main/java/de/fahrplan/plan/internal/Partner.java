package de.fahrplan.plan.internal;

import de.fahrplan.plan.PartnerInput;
import de.fahrplan.plan.PartnerView;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** A partner of an intermunicipal measure and its share of the cost (percent, two decimals). */
@Entity
@Table(name = "measure_partner")
public class Partner extends TenantEntity {

  static final BigDecimal HUNDRED = new BigDecimal("100");

  private Long measureId;
  private Long partnerBodyId;
  private String name;
  private BigDecimal costShare;

  protected Partner() {}

  /** {@code name} is the municipality's name when {@code in.partnerBodyId} is given. */
  public Partner(Long measureId, PartnerInput in, String name) {
    new Rules()
        .required("name", name)
        .maxLength("name", name, 300)
        .amount("costShare", in.costShare, HUNDRED, 2, "partner.share")
        .throwIfAny();
    this.measureId = measureId;
    this.partnerBodyId = in.partnerBodyId;
    this.name = name.trim();
    this.costShare =
        in.costShare == null ? null : in.costShare.setScale(2, RoundingMode.UNNECESSARY);
  }

  public Partner copyFor(Long newMeasureId) {
    Partner copy = new Partner();
    copy.measureId = newMeasureId;
    copy.partnerBodyId = partnerBodyId;
    copy.name = name;
    copy.costShare = costShare;
    return copy;
  }

  public Long measureId() {
    return measureId;
  }

  public BigDecimal costShare() {
    return costShare;
  }

  public PartnerView view() {
    return new PartnerView(getId(), measureId, partnerBodyId, name, costShare, getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state("partner", name, "costShare", costShare);
  }
}
