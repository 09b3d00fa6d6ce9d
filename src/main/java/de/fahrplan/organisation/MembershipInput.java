package de.fahrplan.organisation;

import java.time.LocalDate;

/** Form and API request for a membership of a person in an organization. */
public class MembershipInput {
  public Long personId;
  public MembershipRole role;
  public boolean votingRight;
  public LocalDate startDate;
  public LocalDate endDate;
}
