package de.fahrplan.identity;

import java.time.Instant;

/** A personal API token as listed (never its secret). */
public record ApiTokenView(
    Long id,
    String name,
    String hint,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt,
    Instant lastUsedAt,
    boolean active) {}
