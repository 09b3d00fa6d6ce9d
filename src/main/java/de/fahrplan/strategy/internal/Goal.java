package de.fahrplan.strategy.internal;

import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import de.fahrplan.strategy.GoalInput;
import de.fahrplan.strategy.GoalView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A strategic goal ("A".."F") of one strategy version, in one or more fields of action. */
@Entity
@Table(name = "goal")
public class Goal extends TenantEntity {

  private Long strategyVersionId;
  private String code;
  private String title;
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "goal_field_of_action", joinColumns = @JoinColumn(name = "goal_id"))
  @Column(name = "field_of_action_id")
  private Set<Long> fieldOfActionIds = new LinkedHashSet<>();

  protected Goal() {}

  public Goal(Long strategyVersionId, GoalInput in) {
    this.strategyVersionId = strategyVersionId;
    apply(in);
  }

  public void apply(GoalInput in) {
    new Rules()
        .required("code", in.code)
        .maxLength("code", in.code, 20)
        .required("title", in.title)
        .maxLength("title", in.title, 300)
        .maxLength("description", in.description, 4000)
        .check(
            in.fieldOfActionIds != null && !in.fieldOfActionIds.isEmpty(),
            "fieldOfActionIds",
            "goal.fieldRequired")
        .throwIfAny();
    this.code = in.code;
    this.title = in.title;
    this.description = in.description;
    this.fieldOfActionIds = new LinkedHashSet<>(in.fieldOfActionIds);
  }

  public Long strategyVersionId() {
    return strategyVersionId;
  }

  public String code() {
    return code;
  }

  public Set<Long> fieldOfActionIds() {
    return Set.copyOf(fieldOfActionIds);
  }

  public GoalView view() {
    return new GoalView(
        getId(),
        strategyVersionId,
        code,
        title,
        description,
        List.copyOf(fieldOfActionIds),
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "code",
        code,
        "title",
        title,
        "description",
        description,
        "fieldOfActionIds",
        fieldOfActionIds.stream().sorted().toList());
  }
}
