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
import org.springframework.beans.factory.ObjectProvider;
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
  private final Milestones milestones;
  private final Dependencies dependencies;
  private final Resources resources;
  private final Participants participants;
  private final PlanSettings settings;
  private final Strategies strategies;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final ObjectProvider<MeasureReports> reports;
  private final ObjectProvider<Decisions> decisions;
  private final HistoryText historyText;
  private final TransactionTemplate reads;

  MeasureDetail(
      Measures measures,
      Milestones milestones,
      Dependencies dependencies,
      Resources resources,
      Participants participants,
      PlanSettings settings,
      Strategies strategies,
      OrgUnits orgUnits,
      Persons persons,
      ObjectProvider<MeasureReports> reports,
      ObjectProvider<Decisions> decisions,
      HistoryText historyText,
      PlatformTransactionManager transactions) {
    this.historyText = historyText;
    this.reads = new TransactionTemplate(transactions);
    reads.setReadOnly(true);
    this.reports = reports;
    this.decisions = decisions;
    this.measures = measures;
    this.milestones = milestones;
    this.dependencies = dependencies;
    this.resources = resources;
    this.participants = participants;
    this.settings = settings;
    this.strategies = strategies;
    this.orgUnits = orgUnits;
    this.persons = persons;
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
    List<PartnerView> partners = participants.partners(id);
    List<MeasureView> subProjects = measures.subProjects(id);
    List<MilestoneView> ownMilestones = milestones.of(id);
    List<ResourceView> ownResources = resources.of(id);
    // without sub-projects the roll-up is the measure's own figures: no reading of the plan's tree
    RollUp rollUp =
        subProjects.isEmpty() ? RollUp.of(0, ownMilestones, ownResources) : measures.rollUp(id);
    return new View(
        m,
        version,
        m.goalIds().stream().map(goals::get).toList(),
        m.leadOrgUnitId() == null ? null : orgUnits.get(m.leadOrgUnitId()),
        m.responsiblePersonId() == null ? null : persons.get(m.responsiblePersonId()),
        m.parentId() == null ? null : measures.get(m.parentId()),
        subProjects,
        settings.current().criteria(),
        historyText.rows(measures.history(id)),
        ownMilestones,
        dependencies.of(id),
        // the predecessor choice: only where the form is shown (a 1,000-measure plan in force
        // would build every measure for nothing)
        contentEditable ? predecessorChoices(version.id(), id) : Map.of(),
        ownResources,
        rollUp,
        participants.participants(id),
        partners,
        Participants.ownShare(partners),
        reports.stream().flatMap(r -> r.of(id).stream()).toList(),
        decisions.stream().flatMap(d -> d.aboutMeasure(id).stream()).toList(),
        contentEditable,
        version.status() == VersionStatus.IN_FORCE);
  }

  private Map<Long, String> predecessorChoices(long versionId, long id) {
    Map<Long, String> labels = new java.util.LinkedHashMap<>(measures.labelsOfVersion(versionId));
    labels.remove(id);
    return labels;
  }
}
