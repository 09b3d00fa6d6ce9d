package de.fahrplan.council.internal;

import de.fahrplan.council.ImportedFile;
import de.fahrplan.council.ImportedPaper;
import de.fahrplan.council.PaperInput;
import de.fahrplan.council.PaperOrigin;
import de.fahrplan.council.PaperState;
import de.fahrplan.council.PaperTable;
import de.fahrplan.council.PaperView;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A council paper (OParl Paper). Its number is given once, at creation; its content can change
 * while it is a draft, and never after a committee has dealt with it.
 */
@Entity
@Table(name = "paper")
public class Paper extends TenantEntity {

  static final int TEXT = 20_000;

  private String reference;
  private String paperType;

  @Column(name = "paper_date")
  private LocalDate date;

  private String subject;
  private boolean publicPaper;
  private Long leadUnitId;
  private Long personInChargeId;
  private String fileNumber;
  private String budgetProducts;
  private String occasion;
  private String facts;
  private String proposal;
  private String financialImpact;
  private String organisationalImpact;
  private Long strategyVersionId;

  @ElementCollection
  @CollectionTable(name = "paper_check", joinColumns = @JoinColumn(name = "paper_id"))
  @OrderColumn(name = "position")
  private List<TickedCheck> checks = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "paper_measure", joinColumns = @JoinColumn(name = "paper_id"))
  @Column(name = "measure_id")
  private Set<Long> measureIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "paper_goal", joinColumns = @JoinColumn(name = "paper_id"))
  @Column(name = "goal_id")
  private Set<Long> goalIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "paper_sign_off", joinColumns = @JoinColumn(name = "paper_id"))
  @OrderColumn(name = "position")
  private List<PaperSignOff> signOffs = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private PaperState state = PaperState.DRAFT;

  @Enumerated(EnumType.STRING)
  private PaperOrigin origin;

  private Long originId;
  private LocalDate inForceFrom;

  @Convert(converter = PaperTablesConverter.class)
  private List<PaperTable> figures = List.of();

  /** 0: the municipality's own numbering; else the OParl source whose number the paper keeps. */
  private long numbering;

  private String externalId;
  private String externalWeb;

  @Convert(converter = ImportedFilesConverter.class)
  private List<ImportedFile> externalFiles = List.of();

  private boolean deleted;
  @CreationTimestamp private Instant created;
  @UpdateTimestamp private Instant modified;

  protected Paper() {}

  public Paper(String reference, PaperInput input) {
    this.reference = reference;
    take(input);
  }

  /** A paper generated from the plan, with the figures computed now (kept as they are). */
  public Paper(
      String reference,
      PaperInput input,
      PaperOrigin origin,
      Long originId,
      LocalDate inForceFrom,
      List<PaperTable> figures) {
    this(reference, input);
    this.origin = origin;
    this.originId = originId;
    this.inForceFrom = inForceFrom;
    this.figures = List.copyOf(figures);
  }

  /** A paper of an OParl source: released as it stands in the Ratsinformationssystem. */
  public static Paper imported(
      long sourceId, ImportedPaper in, String reference, PaperState state) {
    Paper p = new Paper();
    p.origin = PaperOrigin.IMPORTED;
    p.originId = sourceId;
    p.numbering = sourceId;
    p.externalId = in.externalId();
    p.publicPaper = true;
    p.refresh(in, reference, state);
    return p;
  }

  /**
   * The import found the paper changed (or deleted) in the Ratsinformationssystem; {@code state}
   * follows from its Beratungsfolge (an imported paper is never a draft).
   */
  public void refresh(ImportedPaper in, String reference, PaperState state) {
    if (origin != PaperOrigin.IMPORTED) {
      throw new IllegalStateException("only an imported paper follows its source");
    }
    if (in.deleted()) {
      this.deleted = true;
      return;
    }
    this.reference = reference;
    this.paperType = in.paperType();
    this.date = in.date();
    this.subject = in.subject();
    this.externalWeb = in.web();
    this.externalFiles = List.copyOf(in.files());
    this.state = state;
    this.deleted = false;
  }

  public String externalId() {
    return externalId;
  }

  /**
   * The rules of the paper itself; the caller has checked the type, checkboxes and references
   * against the municipality's lists.
   */
  public static void check(Rules rules, PaperInput in) {
    rules
        .required("paperType", in.paperType)
        .required("date", in.date)
        .required("subject", in.subject)
        .maxLength("subject", in.subject, 500)
        .maxLength("fileNumber", in.fileNumber, 100)
        .maxLength("budgetProducts", in.budgetProducts, 500)
        .maxLength("occasion", in.occasion, TEXT)
        .maxLength("facts", in.facts, 50_000)
        .maxLength("proposal", in.proposal, TEXT)
        .maxLength("financialImpact", in.financialImpact, TEXT)
        .maxLength("organisationalImpact", in.organisationalImpact, TEXT);
  }

  public void apply(PaperInput in) {
    refuseIfFrozen();
    take(in);
  }

  private void take(PaperInput in) {
    this.paperType = in.paperType;
    this.date = in.date;
    this.subject = in.subject.trim();
    this.publicPaper = in.publicPaper;
    this.leadUnitId = in.leadUnitId;
    this.personInChargeId = in.personInChargeId;
    this.fileNumber = blankToNull(in.fileNumber);
    this.budgetProducts = blankToNull(in.budgetProducts);
    this.occasion = blankToNull(in.occasion);
    this.facts = blankToNull(in.facts);
    this.proposal = blankToNull(in.proposal);
    this.financialImpact = blankToNull(in.financialImpact);
    this.organisationalImpact = blankToNull(in.organisationalImpact);
    this.strategyVersionId = in.strategyVersionId;
    this.checks.clear();
    in.checks.forEach(c -> checks.add(new TickedCheck(c.label(), blankToNull(c.note()))));
    this.measureIds.clear();
    this.measureIds.addAll(in.measureIds);
    this.goalIds.clear();
    this.goalIds.addAll(in.goalIds);
  }

  /** The persons who sign the draft before its release, in order; signatures so far start anew. */
  public void signOffBy(List<Long> personIds) {
    refuseIfFrozen();
    signOffs.clear();
    personIds.forEach(id -> signOffs.add(new PaperSignOff(id)));
  }

  /** The next person in the order signs; anyone else is refused. */
  public void sign(long personId, LocalDate today) {
    refuseIfFrozen();
    PaperSignOff next = signOffs.stream().filter(PaperSignOff::due).findFirst().orElse(null);
    if (next == null || !next.personId().equals(personId)) {
      throw new InvalidInputException(null, "paper.notYourTurn", reference);
    }
    next.sign(today);
  }

  /** The person whose signature is due next, if any. */
  public Long nextSigner() {
    return signOffs.stream()
        .filter(PaperSignOff::due)
        .findFirst()
        .map(PaperSignOff::personId)
        .orElse(null);
  }

  /**
   * Releases the draft to the committees; {@code missing} names what is still missing (a signature,
   * a statement) – then it is refused with that list.
   */
  public void release(List<String> missing) {
    refuseIfFrozen();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(null, "paper.releaseMissing", String.join("; ", missing));
    }
    state = PaperState.RELEASED;
  }

  /** The state that follows from the consultations' results (see {@code Consultations}). */
  public void moveTo(PaperState next) {
    this.state = next;
  }

  /** Hidden everywhere, its number never given again (OParl keeps a deleted stub). */
  public void delete() {
    refuseIfFrozen();
    this.deleted = true;
  }

  public boolean isDeleted() {
    return deleted;
  }

  public PaperState state() {
    return state;
  }

  public String reference() {
    return reference;
  }

  public String subject() {
    return subject;
  }

  public boolean publicPaper() {
    return publicPaper;
  }

  public String paperType() {
    return paperType;
  }

  public PaperOrigin origin() {
    return origin;
  }

  public Long strategyVersionId() {
    return strategyVersionId;
  }

  public LocalDate inForceFrom() {
    return inForceFrom;
  }

  public LocalDate date() {
    return date;
  }

  public Instant created() {
    return created;
  }

  public Instant modified() {
    return modified;
  }

  public PaperSummary summary() {
    return new PaperSummary(
        getId(), reference, paperType, date, subject, created, modified, deleted);
  }

  public PaperView view() {
    return new PaperView(
        getId(),
        reference,
        paperType,
        date,
        subject,
        publicPaper,
        leadUnitId,
        personInChargeId,
        fileNumber,
        budgetProducts,
        occasion,
        facts,
        proposal,
        financialImpact,
        organisationalImpact,
        checks.stream().map(TickedCheck::view).toList(),
        strategyVersionId,
        List.copyOf(goalIds),
        List.copyOf(measureIds),
        origin,
        originId,
        inForceFrom,
        figures,
        signOffs.stream().map(PaperSignOff::view).toList(),
        state,
        externalId == null ? null : new PaperView.Imported(externalId, externalWeb, externalFiles),
        created,
        modified,
        getVersion());
  }

  public Map<String, Object> auditState() {
    Map<String, Object> s =
        AuditLog.state(
            "reference", reference,
            "paperType", paperType,
            "date", date,
            "subject", subject,
            "publicPaper", publicPaper,
            "leadUnitId", leadUnitId,
            "personInChargeId", personInChargeId,
            "fileNumber", fileNumber,
            "budgetProducts", budgetProducts);
    s.putAll(
        AuditLog.state(
            "occasion", occasion,
            "facts", facts,
            "proposal", proposal,
            "financialImpact", financialImpact,
            "organisationalImpact", organisationalImpact,
            "checks", checks.stream().map(TickedCheck::label).toList(),
            "strategyVersionId", strategyVersionId,
            "goalIds", List.copyOf(goalIds),
            "measureIds", List.copyOf(measureIds),
            "signOffs", signOffs.stream().map(PaperSignOff::auditText).toList(),
            "state", state));
    return s;
  }

  private void refuseIfFrozen() {
    if (state.frozen()) {
      throw new InvalidInputException(null, "paper.frozen", reference);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
