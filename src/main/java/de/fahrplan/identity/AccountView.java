package de.fahrplan.identity;

import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.Versioned;
import java.time.Instant;
import java.util.Set;

/** An account as an admin of one municipality sees it: its roles in that municipality. */
public record AccountView(
    Long id,
    String email,
    String displayName,
    Set<Role> roles,
    boolean hasPassword,
    boolean oidc,
    Instant lockedUntil,
    long version)
    implements Versioned {}
