package de.fahrplan.council;

import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.Measures;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The paper page's (and the paper document's) read model, read in one transaction. */
@Service
public class PaperDetail {

  /**
   * A paper with the names of what it refers to, its Beratungsfolge and the warnings a careful
   * author wants to see before the committees do (no deciding step, dates out of order).
   */
  public record View(
      PaperView paper,
      List<ConsultationView> consultations,
      String leadUnit,
      PersonView personInCharge,
      String strategyVersion,
      List<GoalView> goals,
      Map<Long, String> measures,
      List<Warning> warnings,
      List<Attachment> attachments,
      Map<String, List<TextPart>> texts,
      List<SignOffLine> signOffs,
      boolean mySignatureDue,
      List<AuditLog.Entry> history) {

    /** A signature of the sign-off: who, and when (null: not yet). */
    public record SignOffLine(String name, java.time.LocalDate signedOn) {}

    /**
     * An Anlage: a generated document of the plan or the report the paper was made from, or an
     * uploaded file ({@code fileId} and {@code version} then name it for removal).
     */
    public record Attachment(String label, String href, Long fileId, Long version) {

      public Attachment(String label, String href) {
        this(label, href, null, null);
      }
    }

    /** A message key of the note and its argument. */
    public record Warning(String code, String argument) {}
  }

  private final Papers papers;
  private final Consultations consultations;
  private final CouncilSettings settings;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final Strategies strategies;
  private final Measures measures;
  private final GeneratedPapers generated;
  private final PaperAttachments attachments;

  PaperDetail(
      Papers papers,
      Consultations consultations,
      CouncilSettings settings,
      OrgUnits orgUnits,
      Persons persons,
      Strategies strategies,
      Measures measures,
      GeneratedPapers generated,
      PaperAttachments attachments) {
    this.attachments = attachments;
    this.generated = generated;
    this.papers = papers;
    this.consultations = consultations;
    this.settings = settings;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.strategies = strategies;
    this.measures = measures;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public View of(long paperId) {
    PaperView p = papers.get(paperId);
    List<ConsultationView> steps = consultations.ofPaper(paperId);
    String version = versionLabel(p.strategyVersionId());
    return new View(
        p,
        steps,
        p.leadUnitId() == null ? null : orgUnits.get(p.leadUnitId()).label(),
        p.personInChargeId() == null ? null : persons.get(p.personInChargeId()),
        version,
        p.goalIds().stream().map(strategies::goal).toList(),
        measures.labels(p.measureIds()),
        warnings(p, steps),
        attachments.of(p, version),
        papers.linkedTexts(p),
        signOffs(p),
        p.state() == PaperState.DRAFT && mySignatureDue(p),
        papers.history(paperId));
  }

  private String versionLabel(Long id) {
    if (id == null) {
      return null;
    }
    try {
      return strategies.version(id).label();
    } catch (NotFoundException deletedSince) {
      return null;
    }
  }

  private List<View.SignOffLine> signOffs(PaperView p) {
    Map<Long, String> names = new java.util.HashMap<>();
    persons
        .byIds(p.signOffs().stream().map(PaperView.SignOff::personId).toList())
        .forEach(v -> names.put(v.id(), v.displayName()));
    return p.signOffs().stream()
        .map(o -> new View.SignOffLine(names.get(o.personId()), o.signedOn()))
        .toList();
  }

  private boolean mySignatureDue(PaperView p) {
    Long next =
        p.signOffs().stream()
            .filter(o -> o.signedOn() == null)
            .findFirst()
            .map(PaperView.SignOff::personId)
            .orElse(null);
    return next != null && persons.signedIn().map(me -> me.id().equals(next)).orElse(false);
  }

  /** Notes for the author; they never block saving. */
  private List<View.Warning> warnings(PaperView p, List<ConsultationView> steps) {
    List<View.Warning> warnings = new ArrayList<>();
    boolean asksForDecision =
        settings.current().type(p.paperType()).map(PaperType::decision).orElse(false);
    if (asksForDecision && steps.stream().noneMatch(ConsultationView::deciding)) {
      warnings.add(new View.Warning("paper.warning.noDecision", p.paperType()));
    }
    if (p.origin() == PaperOrigin.STRATEGY_VERSION
        && versionLabel(p.strategyVersionId()) != null
        && !generated.strategyFigures(p.strategyVersionId()).equals(p.figures())) {
      warnings.add(new View.Warning("paper.warning.figuresChanged", p.reference()));
    }
    LocalDate last = null;
    for (ConsultationView c : steps) {
      if (c.meetingDate() != null) {
        if (last != null && c.meetingDate().isBefore(last)) {
          warnings.add(new View.Warning("paper.warning.dateOrder", c.organizationName()));
        }
        last = c.meetingDate();
      }
    }
    return warnings;
  }
}
