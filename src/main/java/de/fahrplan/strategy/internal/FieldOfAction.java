package de.fahrplan.strategy.internal;

import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import de.fahrplan.strategy.FieldOfActionInput;
import de.fahrplan.strategy.FieldOfActionView;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;

/** A field of action (Handlungsfeld) of one strategy version. */
@Entity
@Table(name = "field_of_action")
public class FieldOfAction extends TenantEntity {

  private Long strategyVersionId;
  private int position;
  private String code;
  private String title;
  private String description;

  protected FieldOfAction() {}

  public FieldOfAction(Long strategyVersionId, FieldOfActionInput in) {
    this.strategyVersionId = strategyVersionId;
    apply(in);
  }

  public void apply(FieldOfActionInput in) {
    new Rules()
        .required("code", in.code)
        .maxLength("code", in.code, 20)
        .required("title", in.title)
        .maxLength("title", in.title, 300)
        .maxLength("description", in.description, 4000)
        .throwIfAny();
    this.position = in.position == null ? 0 : in.position;
    this.code = in.code;
    this.title = in.title;
    this.description = in.description;
  }

  public Long strategyVersionId() {
    return strategyVersionId;
  }

  public String code() {
    return code;
  }

  public FieldOfActionView view() {
    return new FieldOfActionView(
        getId(), strategyVersionId, position, code, title, description, getVersion());
  }

  public FieldOfActionInput copyInput() {
    FieldOfActionInput in = new FieldOfActionInput();
    in.position = position;
    in.code = code;
    in.title = title;
    in.description = description;
    return in;
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "position", position, "code", code, "title", title, "description", description);
  }
}
