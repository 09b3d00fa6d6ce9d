package de.fahrplan.council;

import de.fahrplan.organisation.LocationInput;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting as an OParl import read it, with its committee mapped to the municipality's own, its
 * place (null: none given) as the RIS describes it and its agenda in order.
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
    String web,
    List<Item> agendaItems) {

  /**
   * One agenda item: its OParl id, number and name, whether it is public, the OParl id of the
   * consultation it treats (null: none) and its result in the RIS's words (null: none yet).
   */
  public record Item(
      String externalId,
      String number,
      String name,
      boolean publicItem,
      String consultationExternalId,
      String result) {}
}
