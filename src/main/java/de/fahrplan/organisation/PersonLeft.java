package de.fahrplan.organisation;

import java.time.LocalDate;

/** A person's departure (Ausscheiden) was recorded: their open work has to go to someone else. */
public record PersonLeft(long personId, Long orgUnitId, LocalDate leftOn) {}
