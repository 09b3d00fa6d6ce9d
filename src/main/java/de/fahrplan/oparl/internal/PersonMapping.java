package de.fahrplan.oparl.internal;

import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A person of the Ratsinformationssystem and the municipality's own person it stands for: found by
 * name when first read, or created then (without e-mail, not published – the person has not agreed
 * to anything in Fahrplan). Fahrplan's data of the person is never overwritten.
 */
@Entity
@Table(name = "oparl_person")
public class PersonMapping extends TenantEntity {

  private long sourceId;
  private String externalId;
  private long personId;

  protected PersonMapping() {}

  public PersonMapping(long sourceId, String externalId, long personId) {
    this.sourceId = sourceId;
    this.externalId = externalId;
    this.personId = personId;
  }

  public String externalId() {
    return externalId;
  }

  public long personId() {
    return personId;
  }
}
