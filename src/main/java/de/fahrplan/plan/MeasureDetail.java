package de.fahrplan.plan;

import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.audit.HistoryText;
import de.fahrplan.shared.decisions.Decisions;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The measure page's read model: the measure with everything the page shows beside it – the status
 * updates over the rounds, the council's decisions and the history's rows included – read in one
 * transaction, so that what several parts look up (the version, the plan settings, the lead unit
 * and the goals the history names) is read once.
 */
@Service
public class MeasureDetail {

  /**
   * A measure, its version, what it refers to, the parts kept beside it, and whether its content
   * may change ({@link Measures#contentEditable}) and its execution is kept (the plan in force).
   */
  public record View(
      MeasureView measure,
      VersionView strategyVersion,
      List<GoalView> goals,
      OrgUnitView leadUnit,
      PersonView responsible,
      MeasureView parent,
      List<MeasureView> subProjects,
      List<CriterionView> criteria,
      List<HistoryText.Row> history,
      List<MilestoneView> milestones,
      List<DependencyView> dependencies,
      Map<Long, String> predecessorChoices,
      List<ResourceView> resources,
      RollUp rollUp,
      List<ParticipantView> participants,
      List<PartnerView> partners,
      BigDecimal ownShare,
      List<MeasureReports.Reported> timeline,
      List<Decisions.Line> decisions,
      boolean contentEditable,
      boolean inForce) {}

  private final Measures measures;
  private final MeasureParts parts;
  private final MeasureCourse course;
  private final PlanSettings settings;
  private final Strategies strategies;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final TransactionTemplate reads;

  MeasureDetail(
      Measures measures,
      MeasureParts parts,
      MeasureCourse course,
      PlanSettings settings,
      Strategies strategies,
      OrgUnits orgUnits,
      Persons persons,
      PlatformTransactionManager transactions) {
    this.measures = measures;
    this.parts = parts;
    this.course = course;
    this.settings = settings;
    this.strategies = strategies;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.reads = new TransactionTemplate(transactions);
    reads.setReadOnly(true);
  }

  @MemberOnly
  public View of(long id) {
    return reads.execute(status -> read(id));
  }

  private View read(long id) {
    MeasureView m = measures.get(id);
    VersionView version = strategies.version(m.strategyVersionId());
    Map<Long, GoalView> goals =
        strategies.goals(version.id()).stream()
            .collect(Collectors.toMap(GoalView::id, Function.identity()));
    boolean contentEditable = Measures.contentEditable(m, version);
    List<MeasureView> subProjects = measures.subProjects(id);
    MeasureParts.Parts own = parts.of(id);
    // without sub-projects the roll-up is the measure's own figures: no reading of the plan's tree
    RollUp rollUp =
        subProjects.isEmpty()
            ? RollUp.of(0, own.milestones(), own.resources())
            : measures.rollUp(id);
    OrgUnitView leadUnit = m.leadOrgUnitId() == null ? null : orgUnits.get(m.leadOrgUnitId());
    PersonView responsible =
        m.responsiblePersonId() == null ? null : persons.get(m.responsiblePersonId());
    List<CriterionView> criteria = settings.current().criteria();
    // after the lead unit, the goals and the settings: the history names them from what is read
    MeasureCourse.Course past = course.of(id);
    return new View(
        m,
        version,
        m.goalIds().stream().map(goals::get).toList(),
        leadUnit,
        responsible,
        m.parentId() == null ? null : measures.get(m.parentId()),
        subProjects,
        criteria,
        past.history(),
        own.milestones(),
        own.dependencies(),
        // the predecessor choice: only where the form is shown (a 1,000-measure plan in force
        // would build every measure for nothing)
        contentEditable ? predecessorChoices(version.id(), id) : Map.of(),
        own.resources(),
        rollUp,
        own.participants(),
        own.partners(),
        own.ownShare(),
        past.timeline(),
        past.decisions(),
        contentEditable,
        version.status() == VersionStatus.IN_FORCE);
  }

  private Map<Long, String> predecessorChoices(long versionId, long id) {
    Map<Long, String> labels = new java.util.LinkedHashMap<>(measures.labelsOfVersion(versionId));
    labels.remove(id);
    return labels;
  }
}
