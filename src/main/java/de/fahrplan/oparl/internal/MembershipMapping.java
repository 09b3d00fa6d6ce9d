package de.fahrplan.oparl.internal;

import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A membership of the Ratsinformationssystem and the seat the import made or found for it: when the
 * RIS no longer lists it for its person, the seat goes too. Seats entered in Fahrplan by hand have
 * no mapping and stay.
 */
@Entity
@Table(name = "oparl_membership")
public class MembershipMapping extends TenantEntity {

  private long sourceId;
  private String externalId;
  private long personId;
  private long organizationId;
  private long membershipId;

  protected MembershipMapping() {}

  public MembershipMapping(
      long sourceId, String externalId, long personId, long organizationId, long membershipId) {
    this.sourceId = sourceId;
    this.externalId = externalId;
    this.personId = personId;
    this.organizationId = organizationId;
    this.membershipId = membershipId;
  }

  public String externalId() {
    return externalId;
  }

  public long personId() {
    return personId;
  }

  public long organizationId() {
    return organizationId;
  }

  public long membershipId() {
    return membershipId;
  }
}
