package de.fahrplan.council;

import de.fahrplan.organisation.LocationInput;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting as an OParl import read it, with its committee mapped to the municipality's own and its
 * place (null: none given) as the RIS describes it.
 */
public record ImportedMeeting(
    String externalId,
    boolean deleted,
    long organizationId,
    String name,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    LocationInput location,
    boolean cancelled,
    String web) {}
