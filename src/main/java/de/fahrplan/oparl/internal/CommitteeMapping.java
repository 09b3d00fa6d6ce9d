package de.fahrplan.oparl.internal;

import de.fahrplan.oparl.CommitteeMappingView;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A committee of the Ratsinformationssystem and the municipality's own committee it stands for:
 * found by name when first read, created by the import when a paper or meeting needs it and there
 * is none, changed by Administration in the mapping step.
 */
@Entity
@Table(name = "oparl_committee")
public class CommitteeMapping extends TenantEntity {

  private long sourceId;
  private String externalId;
  private String name;
  private String shortName;
  private Long organizationId;
  private boolean createdByImport;

  protected CommitteeMapping() {}

  public CommitteeMapping(long sourceId, String externalId, String name, String shortName) {
    this.sourceId = sourceId;
    this.externalId = externalId;
    read(name, shortName);
  }

  public void read(String name, String shortName) {
    this.name = name.length() <= 300 ? name : name.substring(0, 300);
    this.shortName = shortName == null || shortName.length() <= 100 ? shortName : null;
  }

  public void mapTo(Long organizationId, boolean createdByImport) {
    this.organizationId = organizationId;
    this.createdByImport = createdByImport;
  }

  public String externalId() {
    return externalId;
  }

  public String name() {
    return name;
  }

  public String shortName() {
    return shortName;
  }

  public Long organizationId() {
    return organizationId;
  }

  public CommitteeMappingView view() {
    return new CommitteeMappingView(
        getId(), externalId, name, shortName, organizationId, createdByImport);
  }
}
