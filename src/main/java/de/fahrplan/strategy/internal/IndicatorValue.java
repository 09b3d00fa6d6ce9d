package de.fahrplan.strategy.internal;

import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import de.fahrplan.strategy.IndicatorValueInput;
import de.fahrplan.strategy.IndicatorValueView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A measured value of an indicator, with its source; never in the future. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends TenantEntity {

  private Long indicatorId;
  private LocalDate measuredOn;

  @Column(name = "measured_value")
  private BigDecimal value;

  private String source;

  protected IndicatorValue() {}

  public IndicatorValue(Long indicatorId, IndicatorValueInput in, LocalDate today) {
    Rules rules =
        new Rules()
            .required("measuredOn", in.measuredOn)
            .required("value", in.value)
            .required("source", in.source)
            .maxLength("source", in.source, 500);
    Indicator.inRange(rules, "value", in.value);
    rules
        .check(
            in.measuredOn == null || !in.measuredOn.isAfter(today),
            "measuredOn",
            "indicator.measuredInFuture")
        .throwIfAny();
    this.indicatorId = indicatorId;
    this.measuredOn = in.measuredOn;
    this.value = in.value;
    this.source = in.source.strip();
  }

  public IndicatorValue copyTo(Long newIndicatorId) {
    IndicatorValue copy = new IndicatorValue();
    copy.indicatorId = newIndicatorId;
    copy.measuredOn = measuredOn;
    copy.value = value;
    copy.source = source;
    return copy;
  }

  public Long indicatorId() {
    return indicatorId;
  }

  public IndicatorValueView view() {
    return new IndicatorValueView(getId(), indicatorId, measuredOn, value, source, getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "measuredOn",
        measuredOn,
        "value",
        value.stripTrailingZeros().toPlainString(),
        "source",
        source);
  }
}
