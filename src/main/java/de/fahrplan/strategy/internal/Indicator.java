package de.fahrplan.strategy.internal;

import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import de.fahrplan.strategy.IndicatorDirection;
import de.fahrplan.strategy.IndicatorInput;
import de.fahrplan.strategy.IndicatorState;
import de.fahrplan.strategy.IndicatorValueView;
import de.fahrplan.strategy.IndicatorView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An indicator of a goal: unit, direction, baseline and target. The target must lie after the
 * baseline, in time and in the better direction, so that the linear path has a meaning.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends TenantEntity {

  private static final BigDecimal MAX = new BigDecimal("999999999999999");

  private Long strategyVersionId;
  private Long goalId;
  private String name;
  private String description;
  private String unit;

  @Enumerated(EnumType.STRING)
  private IndicatorDirection direction;

  private BigDecimal baselineValue;
  private LocalDate baselineDate;
  private BigDecimal targetValue;
  private LocalDate targetDate;

  protected Indicator() {}

  public Indicator(Long strategyVersionId, Long goalId, IndicatorInput in) {
    this.strategyVersionId = strategyVersionId;
    this.goalId = goalId;
    apply(in);
  }

  public void apply(IndicatorInput in) {
    Rules rules =
        new Rules()
            .required("name", in.name)
            .maxLength("name", in.name, 300)
            .maxLength("description", in.description, 4000)
            .required("unit", in.unit)
            .maxLength("unit", in.unit, 40)
            .required("direction", in.direction)
            .required("baselineValue", in.baselineValue)
            .required("baselineDate", in.baselineDate)
            .required("targetValue", in.targetValue)
            .required("targetDate", in.targetDate);
    inRange(rules, "baselineValue", in.baselineValue);
    inRange(rules, "targetValue", in.targetValue);
    if (in.baselineDate != null && in.targetDate != null) {
      rules.check(
          in.targetDate.isAfter(in.baselineDate),
          "targetDate",
          "indicator.targetDateAfterBaseline");
    }
    if (in.direction != null && in.baselineValue != null && in.targetValue != null) {
      int cmp = in.targetValue.compareTo(in.baselineValue);
      rules.check(
          in.direction == IndicatorDirection.HIGHER_IS_BETTER ? cmp > 0 : cmp < 0,
          "targetValue",
          in.direction == IndicatorDirection.HIGHER_IS_BETTER
              ? "indicator.targetAboveBaseline"
              : "indicator.targetBelowBaseline");
    }
    rules.throwIfAny();
    this.name = in.name.strip();
    this.description = in.description;
    this.unit = in.unit.strip();
    this.direction = in.direction;
    this.baselineValue = in.baselineValue;
    this.baselineDate = in.baselineDate;
    this.targetValue = in.targetValue;
    this.targetDate = in.targetDate;
  }

  static void inRange(Rules rules, String field, BigDecimal value) {
    if (value != null) {
      rules.check(
          value.abs().compareTo(MAX) <= 0 && value.stripTrailingZeros().scale() <= 4,
          field,
          "indicator.valueRange");
    }
  }

  /** A copy for the next version of the strategy, under the copied goal. */
  public Indicator copyTo(Long newVersionId, Long newGoalId) {
    Indicator copy = new Indicator();
    copy.strategyVersionId = newVersionId;
    copy.goalId = newGoalId;
    copy.name = name;
    copy.description = description;
    copy.unit = unit;
    copy.direction = direction;
    copy.baselineValue = baselineValue;
    copy.baselineDate = baselineDate;
    copy.targetValue = targetValue;
    copy.targetDate = targetDate;
    return copy;
  }

  public Long strategyVersionId() {
    return strategyVersionId;
  }

  public Long goalId() {
    return goalId;
  }

  public IndicatorView view(List<IndicatorValueView> values) {
    List<IndicatorValueView> sorted =
        values.stream()
            .sorted(
                Comparator.comparing(IndicatorValueView::measuredOn)
                    .thenComparing(IndicatorValueView::id))
            .toList();
    IndicatorValueView latest = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
    BigDecimal expected =
        latest == null
            ? null
            : IndicatorState.expected(
                baselineValue, baselineDate, targetValue, targetDate, latest.measuredOn());
    IndicatorState state =
        IndicatorState.of(
            direction,
            baselineValue,
            baselineDate,
            targetValue,
            targetDate,
            latest == null ? null : latest.value(),
            latest == null ? null : latest.measuredOn());
    return new IndicatorView(
        getId(),
        strategyVersionId,
        goalId,
        name,
        description,
        unit,
        direction,
        baselineValue,
        baselineDate,
        targetValue,
        targetDate,
        sorted,
        latest,
        expected,
        state,
        latest == null ? null : progress(latest.value()),
        getVersion());
  }

  /** Share of the way from baseline to target, 0–100 (the target differs from the baseline). */
  private int progress(BigDecimal value) {
    BigDecimal share =
        value
            .subtract(baselineValue)
            .multiply(BigDecimal.valueOf(100))
            .divide(targetValue.subtract(baselineValue), 0, RoundingMode.HALF_UP);
    return Math.clamp(share.longValue(), 0, 100);
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "name",
        name,
        "description",
        description,
        "unit",
        unit,
        "direction",
        direction,
        "baselineValue",
        baselineValue == null ? null : baselineValue.stripTrailingZeros().toPlainString(),
        "baselineDate",
        baselineDate,
        "targetValue",
        targetValue == null ? null : targetValue.stripTrailingZeros().toPlainString(),
        "targetDate",
        targetDate);
  }
}
