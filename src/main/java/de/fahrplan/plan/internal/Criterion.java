package de.fahrplan.plan.internal;

import de.fahrplan.plan.CriterionAxis;
import de.fahrplan.plan.CriterionView;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A stored priority criterion; checked as a whole list by {@code PlanSettings}. */
@Entity
@Table(name = "priority_criterion")
public class Criterion extends TenantEntity {

  @Column(name = "criterion_key")
  private String key;

  private int position;
  private String name;

  @Enumerated(EnumType.STRING)
  private CriterionAxis axis;

  private int weight;

  protected Criterion() {}

  public Criterion(CriterionView c, int position) {
    this.key = c.key();
    this.position = position;
    this.name = c.name();
    this.axis = c.axis();
    this.weight = c.weight();
  }

  public CriterionView view() {
    return new CriterionView(key, name, axis, weight);
  }
}
