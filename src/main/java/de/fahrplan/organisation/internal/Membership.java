package de.fahrplan.organisation.internal;

import de.fahrplan.organisation.MembershipInput;
import de.fahrplan.organisation.MembershipRole;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A person's seat or role in an organization, from/until, with or without a vote. */
@Entity
@Table(name = "membership")
public class Membership extends TenantEntity {

  private Long organizationId;
  private Long personId;

  @Enumerated(EnumType.STRING)
  private MembershipRole role;

  private boolean votingRight;
  private LocalDate startDate;
  private LocalDate endDate;

  /** OParl's created/modified. */
  @CreationTimestamp private Instant created;

  @UpdateTimestamp private Instant modified;

  protected Membership() {}

  public Membership(Long organizationId, MembershipInput input) {
    this.organizationId = organizationId;
    apply(input);
  }

  public void apply(MembershipInput in) {
    new Rules()
        .required("personId", in.personId)
        .required("role", in.role)
        .notBefore("endDate", in.endDate, in.startDate)
        .check(
            !(in.votingRight
                && (in.role == MembershipRole.INFORMIERT
                    || in.role == MembershipRole.BERATENDES_MITGLIED)),
            "votingRight",
            "membership.noVoteForRole")
        .throwIfAny();
    this.personId = in.personId;
    this.role = in.role;
    this.votingRight = in.votingRight;
    this.startDate = in.startDate;
    this.endDate = in.endDate;
  }

  public Instant created() {
    return created;
  }

  public Instant modified() {
    return modified;
  }

  public Long organizationId() {
    return organizationId;
  }

  public Long personId() {
    return personId;
  }

  public MembershipRole role() {
    return role;
  }

  public boolean votingRight() {
    return votingRight;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }
}
