package de.fahrplan.plan;

import static de.fahrplan.plan.MeasureAccess.AUDIT_TYPE;

import de.fahrplan.plan.internal.ResourceEntry;
import de.fahrplan.plan.internal.ResourceEntryRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.VersionView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff and money of a measure per budget year (one entry a year), planned in a draft; on the plan
 * in force the council's budget decision is recorded per year.
 */
@Service
public class Resources {

  private final ResourceEntryRepository resources;
  private final MeasureAccess access;
  private final AuditLog audit;

  Resources(ResourceEntryRepository resources, MeasureAccess access, AuditLog audit) {
    this.resources = resources;
    this.access = access;
    this.audit = audit;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<ResourceView> of(long measureId) {
    access.find(measureId);
    return resources.findByMeasureIdOrderByBudgetYearAsc(measureId).stream()
        .map(ResourceEntry::view)
        .toList();
  }

  /** Ids of the measures of a version that plan staff or money in a budget year. */
  @MemberOnly
  @Transactional(readOnly = true)
  public Set<Long> measuresWithResourcesIn(long versionId, int budgetYear) {
    access.version(versionId);
    return resources.findOfVersion(versionId).stream()
        .map(ResourceEntry::view)
        .filter(r -> r.budgetYear() == budgetYear)
        .map(ResourceView::measureId)
        .collect(Collectors.toSet());
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public ResourceView get(long resourceId) {
    return find(resourceId).view();
  }

  @CoordinationOnly
  @Transactional
  public ResourceView add(long measureId, ResourceInput input) {
    VersionView version = access.editable(access.find(measureId));
    ResourceEntry e = new ResourceEntry(measureId, input, version.startYear(), version.endYear());
    uniqueYear(measureId, input.budgetYear, -1L);
    e = resources.saveAndFlush(e);
    audit.recorded(AUDIT_TYPE, measureId, "RESOURCES_ADDED", Map.of(), e.auditState());
    return e.view();
  }

  @CoordinationOnly
  @Transactional
  public ResourceView update(long resourceId, Long expectedVersion, ResourceInput input) {
    ResourceEntry e = find(resourceId);
    VersionView version = access.editable(access.find(e.measureId()));
    Versions.check("ResourceEntry", e.getVersion(), expectedVersion);
    var before = e.auditState();
    e.apply(input, version.startYear(), version.endYear());
    uniqueYear(e.measureId(), input.budgetYear, resourceId);
    resources.flush();
    audit.recorded(AUDIT_TYPE, e.measureId(), "RESOURCES_CHANGED", before, e.auditState());
    return e.view();
  }

  @CoordinationOnly
  @Transactional
  public void delete(long resourceId, Long expectedVersion) {
    ResourceEntry e = find(resourceId);
    access.editable(access.find(e.measureId()));
    Versions.check("ResourceEntry", e.getVersion(), expectedVersion);
    audit.recorded(AUDIT_TYPE, e.measureId(), "RESOURCES_REMOVED", e.auditState(), Map.of());
    resources.delete(e);
  }

  /**
   * Saves a measure's staff and money of several budget years at once (the money grid): every year
   * with amounts gets or changes its entry, budget status and product kept; all or nothing – the
   * errors name their line ({@code lines[2].consumptive}).
   */
  @CoordinationOnly
  @Transactional
  public List<ResourceView> saveGrid(long measureId, List<ResourceGridLine> lines) {
    access.editable(access.find(measureId));
    Map<Long, ResourceView> current =
        of(measureId).stream().collect(Collectors.toMap(ResourceView::id, r -> r));
    List<InvalidInputException.Violation> errors = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ResourceGridLine line = lines.get(i);
      ResourceView entry = line.id == null ? null : current.get(line.id);
      if (line.id != null && entry == null) {
        throw new de.fahrplan.shared.NotFoundException("ResourceEntry");
      }
      if (entry == null ? line.empty() : unchanged(entry, line)) {
        continue;
      }
      ResourceInput in = entry == null ? new ResourceInput() : entry.toInput();
      in.budgetYear = line.budgetYear;
      in.fteExisting = line.fteExisting;
      in.fteNew = line.fteNew;
      in.fteExternal = line.fteExternal;
      in.consumptive = line.consumptive;
      in.investive = line.investive;
      in.budgetStatus = in.budgetStatus == null ? BudgetStatus.PLANNED : in.budgetStatus;
      try {
        if (entry == null) {
          add(measureId, in);
        } else {
          update(entry.id(), line.version, in);
        }
      } catch (InvalidInputException e) {
        String prefix = "lines[" + i + "].";
        e.violations()
            .forEach(
                v ->
                    errors.add(
                        new InvalidInputException.Violation(
                            v.field() == null ? null : prefix + v.field(), v.code(), v.args())));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return of(measureId);
  }

  private static boolean unchanged(ResourceView entry, ResourceGridLine line) {
    return same(entry.fteExisting(), line.fteExisting)
        && same(entry.fteNew(), line.fteNew)
        && same(entry.fteExternal(), line.fteExternal)
        && same(entry.consumptive(), line.consumptive)
        && same(entry.investive(), line.investive);
  }

  private static boolean same(BigDecimal stored, BigDecimal given) {
    return (given == null ? BigDecimal.ZERO : given).compareTo(stored) == 0;
  }

  /**
   * Sets staff and money of one budget year (from an import): changes the year's entry if there is
   * one, else plans a new one; an amount that is null stays as it is, a year that already holds
   * every amount is left untouched (no new version, no history line).
   */
  @CoordinationOnly
  @Transactional
  public ResourceView setYear(long measureId, int year, YearAmounts amounts) {
    ResourceView current =
        resources.findByMeasureIdOrderByBudgetYearAsc(measureId).stream()
            .map(ResourceEntry::view)
            .filter(r -> r.budgetYear() == year)
            .findFirst()
            .orElse(null);
    if (amounts.heldBy(current)) {
      return current;
    }
    ResourceInput in = current == null ? new ResourceInput() : current.toInput();
    in.budgetYear = year;
    in.fteExisting = amounts.fteExisting() != null ? amounts.fteExisting() : in.fteExisting;
    in.fteNew = amounts.fteNew() != null ? amounts.fteNew() : in.fteNew;
    in.fteExternal = amounts.fteExternal() != null ? amounts.fteExternal() : in.fteExternal;
    in.consumptive = amounts.consumptive() != null ? amounts.consumptive() : in.consumptive;
    in.investive = amounts.investive() != null ? amounts.investive() : in.investive;
    in.budgetStatus = in.budgetStatus == null ? BudgetStatus.PLANNED : in.budgetStatus;
    return current == null ? add(measureId, in) : update(current.id(), current.version(), in);
  }

  /** The entries of every measure of a version, by measure (one query). */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, List<ResourceView>> ofVersion(long versionId) {
    return resources.findOfVersion(versionId).stream()
        .map(ResourceEntry::view)
        .collect(Collectors.groupingBy(ResourceView::measureId));
  }

  /** Records the budget decision on one year of a measure of the version in force. */
  @CoordinationOnly
  @Transactional
  public ResourceView changeBudgetStatus(
      long resourceId, Long expectedVersion, BudgetStatusInput input) {
    ResourceEntry e = find(resourceId);
    access.inForce(access.find(e.measureId()).strategyVersionId());
    Versions.check("ResourceEntry", e.getVersion(), expectedVersion);
    new Rules().maxLength("comment", input.comment, 2000).throwIfAny();
    var before = e.auditState();
    e.changeBudgetStatus(input.budgetStatus, input.approvedAmount);
    resources.flush();
    // the year is the same before and after: named once more, so the change says which year
    Map<String, Object> after = MeasureAccess.withComment(e.auditState(), input.comment);
    after.put("decidedYear", e.view().budgetYear());
    audit.recorded(AUDIT_TYPE, e.measureId(), "BUDGET_DECIDED", before, after);
    return e.view();
  }

  private ResourceEntry find(long resourceId) {
    return resources.findById(resourceId).orElseThrow(() -> new NotFoundException("ResourceEntry"));
  }

  private void uniqueYear(long measureId, Integer year, long ownId) {
    boolean taken =
        resources.findByMeasureIdOrderByBudgetYearAsc(measureId).stream()
            .anyMatch(
                r -> !r.getId().equals(ownId) && year != null && r.view().budgetYear() == year);
    if (taken) {
      throw new InvalidInputException("budgetYear", "resource.yearTaken", String.valueOf(year));
    }
  }
}
