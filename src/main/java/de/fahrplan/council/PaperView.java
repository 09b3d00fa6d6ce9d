package de.fahrplan.council;

import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A paper (Vorlage); {@code reference} is its number, e.g. "VO/2026/00012". */
public record PaperView(
    Long id,
    String reference,
    String paperType,
    LocalDate date,
    String subject,
    boolean publicPaper,
    Long leadUnitId,
    Long personInChargeId,
    String fileNumber,
    String budgetProducts,
    String occasion,
    String facts,
    String proposal,
    String financialImpact,
    String organisationalImpact,
    List<PaperCheck> checks,
    Long strategyVersionId,
    List<Long> goalIds,
    List<Long> measureIds,
    PaperOrigin origin,
    Long originId,
    LocalDate inForceFrom,
    List<PaperTable> figures,
    List<SignOff> signOffs,
    PaperState state,
    Imported imported,
    Instant created,
    Instant modified,
    long version)
    implements Versioned {

  /**
   * Where an imported paper stands in the Ratsinformationssystem: its OParl id, its page there and
   * its files (only their metadata is imported; the RIS serves them).
   */
  public record Imported(String oparlId, String web, List<ImportedFile> files) {}

  /** One person of the ordered sign-off; {@code signedOn} null until they signed. */
  public record SignOff(Long personId, LocalDate signedOn) {}

  /** "VO/2026/00012 – Digitalisierungsstrategie …". */
  public String label() {
    return reference + " – " + subject;
  }

  public PaperInput toInput() {
    return Inputs.fill(this, new PaperInput());
  }
}
