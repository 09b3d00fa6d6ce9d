package de.fahrplan.strategy;

import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.internal.Goal;
import de.fahrplan.strategy.internal.GoalRepository;
import de.fahrplan.strategy.internal.Indicator;
import de.fahrplan.strategy.internal.IndicatorRepository;
import de.fahrplan.strategy.internal.IndicatorValue;
import de.fahrplan.strategy.internal.IndicatorValueRepository;
import de.fahrplan.strategy.internal.StrategyVersion;
import de.fahrplan.strategy.internal.StrategyVersionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators of the goals and their measured values. The definition (unit, baseline, target) is
 * part of the adopted strategy and changes only in a draft; values are measured on while the
 * version is adopted or in force. A Fortschreibung copies both.
 */
@Service
public class Indicators {

  static final String AUDIT_TYPE = "Indicator";

  private final IndicatorRepository indicators;
  private final IndicatorValueRepository values;
  private final GoalRepository goals;
  private final StrategyVersionRepository versions;
  private final AuditLog audit;
  private final Clock clock;

  Indicators(
      IndicatorRepository indicators,
      IndicatorValueRepository values,
      GoalRepository goals,
      StrategyVersionRepository versions,
      AuditLog audit,
      Clock clock) {
    this.indicators = indicators;
    this.values = values;
    this.goals = goals;
    this.versions = versions;
    this.audit = audit;
    this.clock = clock;
  }

  /** All indicators of a version, by name, with their values: two queries. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<IndicatorView> ofVersion(long versionId) {
    version(versionId);
    return views(indicators.findByStrategyVersionIdOrderByNameAscIdAsc(versionId));
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<IndicatorView> ofGoal(long goalId) {
    goal(goalId);
    return views(indicators.findByGoalIdOrderByNameAscIdAsc(goalId));
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public IndicatorView get(long id) {
    return views(List.of(indicator(id))).get(0);
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    indicator(id);
    return audit.history(AUDIT_TYPE, id);
  }

  @CoordinationOnly
  @Transactional
  public IndicatorView add(long goalId, IndicatorInput input) {
    Goal goal = goal(goalId);
    version(goal.strategyVersionId()).requireDraft();
    Indicator i = indicators.saveAndFlush(new Indicator(goal.strategyVersionId(), goalId, input));
    audit.created(AUDIT_TYPE, i.getId(), i.auditState());
    return get(i.getId());
  }

  @CoordinationOnly
  @Transactional
  public IndicatorView update(long id, Long expectedVersion, IndicatorInput input) {
    Indicator i = indicator(id);
    version(i.strategyVersionId()).requireDraft();
    Versions.check(AUDIT_TYPE, i.getVersion(), expectedVersion);
    var before = i.auditState();
    i.apply(input);
    indicators.flush();
    audit.changed(AUDIT_TYPE, id, before, i.auditState());
    return get(id);
  }

  @CoordinationOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Indicator i = indicator(id);
    version(i.strategyVersionId()).requireDraft();
    Versions.check(AUDIT_TYPE, i.getVersion(), expectedVersion);
    audit.deleted(AUDIT_TYPE, id, i.auditState());
    indicators.delete(i);
  }

  /** Records a measured value; the indicator's history shows it. */
  @CoordinationOnly
  @Transactional
  public IndicatorView addValue(long indicatorId, IndicatorValueInput input) {
    Indicator i = indicator(indicatorId);
    version(i.strategyVersionId()).requireNotSuperseded();
    IndicatorValue v =
        values.saveAndFlush(new IndicatorValue(indicatorId, input, LocalDate.now(clock)));
    audit.recorded(AUDIT_TYPE, indicatorId, "VALUE_ADDED", Map.of(), v.auditState());
    return get(indicatorId);
  }

  /** The indicator a measured value belongs to (404 for another municipality's value). */
  @MemberOnly
  @Transactional(readOnly = true)
  public IndicatorView ofValue(long valueId) {
    IndicatorValue v =
        values.findById(valueId).orElseThrow(() -> new NotFoundException("IndicatorValue"));
    return get(v.indicatorId());
  }

  @CoordinationOnly
  @Transactional
  public IndicatorView deleteValue(long valueId, Long expectedVersion) {
    IndicatorValue v =
        values.findById(valueId).orElseThrow(() -> new NotFoundException("IndicatorValue"));
    Indicator i = indicator(v.indicatorId());
    version(i.strategyVersionId()).requireNotSuperseded();
    Versions.check("IndicatorValue", v.getVersion(), expectedVersion);
    audit.recorded(AUDIT_TYPE, i.getId(), "VALUE_REMOVED", v.auditState(), Map.of());
    values.delete(v);
    values.flush();
    return get(i.getId());
  }

  /** Copies the indicators and their values of a version to its Fortschreibung. */
  @EventListener
  void copyIndicators(VersionCopied copied) {
    List<Indicator> from =
        indicators.findByStrategyVersionIdOrderByNameAscIdAsc(copied.fromVersionId());
    Map<Long, List<IndicatorValue>> byIndicator =
        from.isEmpty()
            ? Map.of()
            : values.findByIndicatorIdIn(from.stream().map(Indicator::getId).toList()).stream()
                .collect(Collectors.groupingBy(IndicatorValue::indicatorId));
    for (Indicator i : from) {
      Indicator copy =
          indicators.save(i.copyTo(copied.toVersionId(), copied.goalIds().get(i.goalId())));
      for (IndicatorValue v : byIndicator.getOrDefault(i.getId(), List.of())) {
        values.save(v.copyTo(copy.getId()));
      }
    }
  }

  private List<IndicatorView> views(List<Indicator> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    Map<Long, List<IndicatorValueView>> byIndicator =
        values.findByIndicatorIdIn(list.stream().map(Indicator::getId).toList()).stream()
            .map(IndicatorValue::view)
            .collect(Collectors.groupingBy(IndicatorValueView::indicatorId));
    return list.stream().map(i -> i.view(byIndicator.getOrDefault(i.getId(), List.of()))).toList();
  }

  private Indicator indicator(long id) {
    return indicators.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }

  private Goal goal(long id) {
    return goals.findById(id).orElseThrow(() -> new NotFoundException(Strategies.GOAL_AUDIT_TYPE));
  }

  private StrategyVersion version(long id) {
    return versions.findById(id).orElseThrow(() -> new NotFoundException(Strategies.AUDIT_TYPE));
  }
}
