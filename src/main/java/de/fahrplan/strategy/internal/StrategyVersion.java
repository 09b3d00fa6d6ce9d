package de.fahrplan.strategy.internal;

import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import de.fahrplan.strategy.AdoptionInput;
import de.fahrplan.strategy.VersionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;

/**
 * A version of a strategy: a draft can be changed; adopting it records the council's decision and
 * freezes it; putting it in force supersedes the version that was in force.
 */
@Entity
@Table(name = "strategy_version")
public class StrategyVersion extends TenantEntity {

  @Column(name = "strategy_id")
  private Long strategyId;

  /**
   * The strategy, only for reading it together with the version: every view of a version names its
   * strategy's title and years, and a load by id joins it (one statement, two before). Eager rather
   * than an entity graph on {@code findById}: Hibernate builds the loader of a load with an entity
   * graph anew on every call, the plain loader once. {@link #strategyId} is what is written.
   */
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "strategy_id", insertable = false, updatable = false)
  @SuppressWarnings("unused")
  private Strategy strategy;

  private int number;

  @Enumerated(EnumType.STRING)
  private VersionStatus status;

  private String vision;
  private LocalDate adoptedOn;
  private Long adoptedById;
  private String paperReference;
  private LocalDate inForceFrom;

  protected StrategyVersion() {}

  public StrategyVersion(Long strategyId, int number, String vision) {
    this.strategyId = strategyId;
    this.number = number;
    this.status = VersionStatus.DRAFT;
    this.vision = vision;
  }

  /** Refuses any change to a version that is no longer a draft. */
  public void requireDraft() {
    if (status != VersionStatus.DRAFT) {
      throw new InvalidInputException(null, "version.readOnly");
    }
  }

  /** Measured values go on while a version is adopted or in force, not once it is superseded. */
  public void requireNotSuperseded() {
    if (status == VersionStatus.SUPERSEDED) {
      throw new InvalidInputException(null, "version.superseded");
    }
  }

  public void changeVision(String sanitizedVision) {
    requireDraft();
    new Rules().maxLength("vision", sanitizedVision, 20000).throwIfAny();
    this.vision = sanitizedVision;
  }

  /** Records the council's decision; {@code today} keeps the adoption date out of the future. */
  public void adopt(AdoptionInput in, LocalDate today) {
    requireDraft();
    takeAdoption(in, today);
    this.status = VersionStatus.ADOPTED;
  }

  /**
   * Corrects a recorded decision (a typo in the date or reference) until the version is in force.
   */
  public void correctAdoption(AdoptionInput in, LocalDate today) {
    if (status != VersionStatus.ADOPTED) {
      throw new InvalidInputException(null, "version.adoptionFixed");
    }
    takeAdoption(in, today);
  }

  private void takeAdoption(AdoptionInput in, LocalDate today) {
    new Rules()
        .required("adoptedOn", in.adoptedOn)
        .check(
            in.adoptedOn == null || !in.adoptedOn.isAfter(today),
            "adoptedOn",
            "version.adoptedInFuture")
        .required("adoptedById", in.adoptedById)
        .maxLength("paperReference", in.paperReference, 100)
        .required("inForceFrom", in.inForceFrom)
        .check(
            in.inForceFrom == null
                || in.adoptedOn == null
                || !in.inForceFrom.isBefore(in.adoptedOn),
            "inForceFrom",
            "version.inForceBeforeAdoption")
        .throwIfAny();
    this.adoptedOn = in.adoptedOn;
    this.adoptedById = in.adoptedById;
    this.paperReference = in.paperReference;
    this.inForceFrom = in.inForceFrom;
  }

  /** Puts an adopted version in force, on its "in Kraft ab" day or later. */
  public void putInForce(LocalDate today) {
    if (status != VersionStatus.ADOPTED) {
      throw new InvalidInputException(null, "version.notAdopted");
    }
    if (today.isBefore(inForceFrom)) {
      throw new InvalidInputException(null, "version.notYetInForce", inForceFrom);
    }
    this.status = VersionStatus.IN_FORCE;
  }

  /** Adopted, and its "in Kraft ab" day has come. */
  public boolean dueInForce(LocalDate today) {
    return status == VersionStatus.ADOPTED && !today.isBefore(inForceFrom);
  }

  /**
   * Gives way to the newer version {@code number} that comes into force: the version in force so
   * far, and an older adopted one whose day has not come – it would otherwise come into force after
   * the newer one and replace it.
   */
  public void supersedeFor(int newer) {
    if (status == VersionStatus.IN_FORCE
        || (status == VersionStatus.ADOPTED && this.number < newer)) {
      this.status = VersionStatus.SUPERSEDED;
    }
  }

  public Long strategyId() {
    return strategyId;
  }

  public int number() {
    return number;
  }

  public VersionStatus status() {
    return status;
  }

  public String vision() {
    return vision;
  }

  public LocalDate adoptedOn() {
    return adoptedOn;
  }

  public Long adoptedById() {
    return adoptedById;
  }

  public String paperReference() {
    return paperReference;
  }

  public LocalDate inForceFrom() {
    return inForceFrom;
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "status",
        status,
        "vision",
        vision,
        "adoptedOn",
        adoptedOn,
        "adoptedById",
        adoptedById,
        "paperReference",
        paperReference,
        "inForceFrom",
        inForceFrom);
  }
}
