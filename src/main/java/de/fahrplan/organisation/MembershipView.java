package de.fahrplan.organisation;

import de.fahrplan.shared.web.Versioned;
import java.time.LocalDate;

/** A person's membership in an organization. */
public record MembershipView(
    Long id,
    Long organizationId,
    Long personId,
    String personName,
    MembershipRole role,
    boolean votingRight,
    LocalDate startDate,
    LocalDate endDate,
    long version)
    implements Versioned {}
