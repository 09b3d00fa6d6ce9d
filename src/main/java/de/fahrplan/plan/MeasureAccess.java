package de.fahrplan.plan;

import de.fahrplan.plan.internal.DependencyRepository;
import de.fahrplan.plan.internal.Measure;
import de.fahrplan.plan.internal.MeasureRepository;
import de.fahrplan.plan.internal.ViewContext;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * The rules every part of a measure shares: which measure, whether its version may change (a draft,
 * or an unplanned measure of the version in force), what its views need, and which dates are
 * believable. Measures, milestones, dependencies, resources and participants all ask here.
 */
@Component
class MeasureAccess {

  static final String AUDIT_TYPE = "Measure";

  /** How many years before the strategy's start and after its end a date is still believed. */
  private static final int PLAUSIBLE_YEARS = 10;

  private final MeasureRepository measures;
  private final DependencyRepository dependencies;
  private final Strategies strategies;
  private final PlanSettings settings;
  private final Clock clock;
  private final EntityManager entityManager;

  MeasureAccess(
      MeasureRepository measures,
      DependencyRepository dependencies,
      Strategies strategies,
      PlanSettings settings,
      Clock clock,
      EntityManager entityManager) {
    this.entityManager = entityManager;
    this.measures = measures;
    this.dependencies = dependencies;
    this.strategies = strategies;
    this.settings = settings;
    this.clock = clock;
  }

  /** A measure of any version (the tenant filter applies); 404 when there is none. */
  Measure find(long id) {
    return measures.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }

  /** A measure whose content may change now (see {@link #editable(Measure)}). */
  Measure editableMeasure(long id) {
    Measure m = find(id);
    editable(m);
    return m;
  }

  /** The measure's version, when the measure's content may change (Measures.contentEditable). */
  VersionView editable(Measure m) {
    VersionView version = strategies.version(m.strategyVersionId());
    if (!Measures.contentEditable(m.unplanned(), version)) {
      throw new InvalidInputException(null, "version.readOnly");
    }
    return version;
  }

  VersionView editable(long versionId) {
    VersionView version = strategies.version(versionId);
    if (!version.editable()) {
      throw new InvalidInputException(null, "version.readOnly");
    }
    return version;
  }

  /** The version, when it is the one in force: execution changes only happen there. */
  VersionView inForce(long versionId) {
    VersionView version = version(versionId);
    if (version.status() != VersionStatus.IN_FORCE) {
      throw new InvalidInputException(null, "measure.executionOnlyInForce");
    }
    return version;
  }

  /** The strategy version (404 for another municipality's). */
  VersionView version(long versionId) {
    return strategies.version(versionId);
  }

  Set<Long> goalIds(long versionId) {
    return strategies.goals(versionId).stream().map(GoalView::id).collect(Collectors.toSet());
  }

  /**
   * All measures of a version, by code. Their goals, tags and ratings are read by subselect – one
   * statement each for the whole version – instead of in batches of a hundred ids: thirty
   * statements for 1,000 measures, and on PostgreSQL each batch compared every row of the small
   * goal table with every id of its array (half a millisecond per batch). Only here: a page of a
   * paged query would read the collections of every measure its query matches.
   */
  List<Measure> measuresOf(long versionId) {
    Session session = entityManager.unwrap(Session.class);
    boolean before = session.isSubselectFetchingEnabled();
    session.setSubselectFetchingEnabled(true);
    try {
      return measures.findByStrategyVersionIdOrderByCodeAsc(versionId);
    } finally {
      session.setSubselectFetchingEnabled(before);
    }
  }

  /** The views of all measures of a version, by id. */
  Map<Long, MeasureView> viewsOf(long versionId) {
    ViewContext ctx = context(versionId);
    return measuresOf(versionId).stream()
        .map(x -> x.view(ctx))
        .collect(Collectors.toMap(MeasureView::id, x -> x));
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Settings and dependant counts for the views of one version's measures (three queries). */
  ViewContext context(VersionView version) {
    return settingsOf(version).withDependants(counts(dependencies.countSuccessors(version.id())));
  }

  ViewContext context(long versionId) {
    return context(strategies.version(versionId));
  }

  /**
   * The context for the views of a few measures of the version: their dependants counted, not the
   * whole version's (a measure page of a 1,000-measure plan builds one view, not a thousand).
   */
  ViewContext context(VersionView version, Collection<Long> measureIds) {
    return settingsOf(version).withDependants(dependants(measureIds));
  }

  /** How many measures wait for each of the measures (direct successors; absent: none). */
  Map<Long, Integer> dependants(Collection<Long> measureIds) {
    return counts(measureIds.isEmpty() ? List.of() : dependencies.countSuccessorsOf(measureIds));
  }

  private ViewContext settingsOf(VersionView version) {
    PlanSettingsView s = settings.current();
    return new ViewContext(
        version.startYear(), s.shortYears(), s.midYears(), s.criteria(), Map.of());
  }

  private static Map<Long, Integer> counts(List<Object[]> successorCounts) {
    Map<Long, Integer> dependants = new HashMap<>();
    for (Object[] row : successorCounts) {
      dependants.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return dependants;
  }

  /** A date far outside the strategy's period is a typing error (1890, 2099), never a plan. */
  static void plausible(Rules rules, String field, LocalDate date, VersionView version) {
    if (date != null
        && (date.getYear() < version.startYear() - PLAUSIBLE_YEARS
            || date.getYear() > version.endYear() + PLAUSIBLE_YEARS)) {
      rules.add(
          field,
          "validation.dateImplausible",
          String.valueOf(version.startYear()),
          String.valueOf(version.endYear()));
    }
  }

  /** A history entry's state with the reason the user gave, when there is one. */
  static Map<String, Object> withComment(Map<String, Object> state, String comment) {
    Map<String, Object> after = new LinkedHashMap<>(state);
    if (comment != null && !comment.isBlank()) {
      after.put("comment", comment.strip());
    }
    return after;
  }
}
