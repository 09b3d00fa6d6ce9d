package de.fahrplan.council;

import java.time.LocalDate;
import java.util.List;

/**
 * A paper as an OParl import read it, already cleaned (no "N/A", no empty strings) and with its
 * committees mapped to the municipality's own.
 */
public record ImportedPaper(
    String externalId,
    boolean deleted,
    String reference,
    String paperType,
    LocalDate date,
    String subject,
    String web,
    List<ImportedFile> files,
    List<Consultation> consultations) {

  /**
   * One step of its Beratungsfolge: the committee (own id), the meeting's OParl id (null when not
   * yet on an agenda), whether this step decides, and OParl's free-text role.
   */
  public record Consultation(
      String externalId,
      long organizationId,
      String meetingExternalId,
      boolean authoritative,
      String role) {}
}
