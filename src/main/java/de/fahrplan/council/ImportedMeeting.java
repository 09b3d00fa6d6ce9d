package de.fahrplan.council;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting as an OParl import read it, with its committee mapped to the municipality's own. */
public record ImportedMeeting(
    String externalId,
    boolean deleted,
    long organizationId,
    String name,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    String location,
    boolean cancelled,
    String web) {}
