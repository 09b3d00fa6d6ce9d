package de.fahrplan.strategy;

import static de.fahrplan.strategy.Strategies.FIELD_AUDIT_TYPE;
import static de.fahrplan.strategy.Strategies.GOAL_AUDIT_TYPE;

import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.strategy.internal.FieldOfAction;
import de.fahrplan.strategy.internal.FieldOfActionRepository;
import de.fahrplan.strategy.internal.Goal;
import de.fahrplan.strategy.internal.GoalRepository;
import de.fahrplan.strategy.internal.StrategyVersionRepository;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fields of action and goals of a draft version: added and changed by Koordination (and
 * Administration), with codes unique in the version. They are read through {@link Strategies};
 * {@link Strategies#newVersion} copies them into the next version.
 */
@Service
public class FieldsAndGoals {

  private final StrategyVersionRepository versions;
  private final FieldOfActionRepository fields;
  private final GoalRepository goals;
  private final AuditLog audit;

  FieldsAndGoals(
      StrategyVersionRepository versions,
      FieldOfActionRepository fields,
      GoalRepository goals,
      AuditLog audit) {
    this.versions = versions;
    this.fields = fields;
    this.goals = goals;
    this.audit = audit;
  }

  @CoordinationOnly
  @Transactional
  public FieldOfActionView addFieldOfAction(long versionId, FieldOfActionInput input) {
    requireDraft(versionId);
    FieldOfAction f = new FieldOfAction(versionId, input);
    uniqueCode(
        fields.existsByStrategyVersionIdAndCodeAndIdNot(versionId, input.code, -1L), input.code);
    f = fields.saveAndFlush(f);
    audit.created(FIELD_AUDIT_TYPE, f.getId(), f.auditState());
    return f.view();
  }

  @CoordinationOnly
  @Transactional
  public FieldOfActionView updateFieldOfAction(
      long id, Long expectedVersion, FieldOfActionInput input) {
    FieldOfAction f =
        fields.findById(id).orElseThrow(() -> new NotFoundException(FIELD_AUDIT_TYPE));
    requireDraft(f.strategyVersionId());
    Versions.check(FIELD_AUDIT_TYPE, f.getVersion(), expectedVersion);
    var before = f.auditState();
    f.apply(input);
    uniqueCode(
        fields.existsByStrategyVersionIdAndCodeAndIdNot(f.strategyVersionId(), input.code, id),
        input.code);
    fields.flush();
    audit.changed(FIELD_AUDIT_TYPE, id, before, f.auditState());
    return f.view();
  }

  @CoordinationOnly
  @Transactional
  public GoalView addGoal(long versionId, GoalInput input) {
    requireDraft(versionId);
    Goal g = new Goal(versionId, input);
    checkGoal(versionId, -1L, input);
    g = goals.saveAndFlush(g);
    audit.created(GOAL_AUDIT_TYPE, g.getId(), g.auditState());
    return g.view();
  }

  @CoordinationOnly
  @Transactional
  public GoalView updateGoal(long id, Long expectedVersion, GoalInput input) {
    Goal g = goals.findById(id).orElseThrow(() -> new NotFoundException(GOAL_AUDIT_TYPE));
    requireDraft(g.strategyVersionId());
    Versions.check(GOAL_AUDIT_TYPE, g.getVersion(), expectedVersion);
    var before = g.auditState();
    g.apply(input);
    checkGoal(g.strategyVersionId(), id, input);
    goals.flush();
    audit.changed(GOAL_AUDIT_TYPE, id, before, g.auditState());
    return g.view();
  }

  private void checkGoal(long versionId, long ownId, GoalInput input) {
    uniqueCode(
        goals.existsByStrategyVersionIdAndCodeAndIdNot(versionId, input.code, ownId), input.code);
    Set<Long> known = new HashSet<>();
    fields
        .findByStrategyVersionIdOrderByPositionAscCodeAsc(versionId)
        .forEach(f -> known.add(f.getId()));
    if (!known.containsAll(input.fieldOfActionIds)) {
      throw new InvalidInputException("fieldOfActionIds", "validation.unknownReference");
    }
  }

  private static void uniqueCode(boolean taken, String code) {
    if (taken) {
      throw new InvalidInputException("code", "strategy.codeTaken", code);
    }
  }

  private void requireDraft(long versionId) {
    versions
        .findById(versionId)
        .orElseThrow(() -> new NotFoundException(Strategies.AUDIT_TYPE))
        .requireDraft();
  }
}
