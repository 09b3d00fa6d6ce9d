package de.fahrplan.plan.internal;

import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last column mapping a municipality used for an import kind (field → column header, JSON). */
@Entity
@Table(name = "import_mapping")
public class ImportMapping extends TenantEntity {

  private String kind;
  private String mapping;

  protected ImportMapping() {}

  public ImportMapping(String kind, String mapping) {
    this.kind = kind;
    this.mapping = mapping;
  }

  public String mapping() {
    return mapping;
  }

  public void remember(String mapping) {
    this.mapping = mapping;
  }

  public String kind() {
    return kind;
  }
}
