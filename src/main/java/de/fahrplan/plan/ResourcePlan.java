package de.fahrplan.plan;

import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.plan.internal.Measure;
import de.fahrplan.plan.internal.Partner;
import de.fahrplan.plan.internal.PartnerRepository;
import de.fahrplan.plan.internal.ResourceEntryRepository;
import de.fahrplan.plan.internal.ResourceSum;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource table the council asks for: staff and money per goal (or field, or unit) and year.
 */
@Service
public class ResourcePlan {

  static final String UNASSIGNED = "–";

  private final org.springframework.context.MessageSource messages;
  private final MeasureAccess measures;
  private final ResourceEntryRepository resources;
  private final Strategies strategies;
  private final OrgUnits orgUnits;
  private final PartnerRepository partners;
  private final SharedMeasures shared;

  ResourcePlan(
      MeasureAccess measures,
      ResourceEntryRepository resources,
      Strategies strategies,
      OrgUnits orgUnits,
      PartnerRepository partners,
      SharedMeasures shared,
      org.springframework.context.MessageSource messages) {
    this.messages = messages;
    this.partners = partners;
    this.shared = shared;
    this.measures = measures;
    this.resources = resources;
    this.strategies = strategies;
    this.orgUnits = orgUnits;
  }

  /** Every measure's plan per budget year in one query (for reporting and dashboards). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<YearBudget> budgets(long versionId) {
    strategies.version(versionId);
    return resources.sumsOfVersion(versionId).stream()
        .map(
            s ->
                new YearBudget(
                    s.measureId(),
                    s.budgetYear(),
                    s.budgetStatus(),
                    s.fte(),
                    s.consumptive().add(s.investive()),
                    s.approvedAmount()))
        .toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public ResourceTable table(long versionId, ResourceTable.GroupBy groupBy) {
    VersionView version = strategies.version(versionId);
    List<Measure> all = measures.measuresOf(versionId);
    Map<Long, GoalView> goals =
        strategies.goals(versionId).stream()
            .collect(Collectors.toMap(GoalView::id, Function.identity()));
    Map<Long, FieldOfActionView> fields =
        strategies.fieldsOfAction(versionId).stream()
            .collect(Collectors.toMap(FieldOfActionView::id, Function.identity()));
    Map<Long, String> units =
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::label));
    Map<Long, String> groupOfMeasure = new LinkedHashMap<>();
    for (Measure m : all) {
      Long carrying = ResourceTable.goalCarrying(m.goalIds());
      GoalView primary = carrying == null ? null : goals.get(carrying);
      String group =
          switch (groupBy) {
            case GOAL -> primary == null ? UNASSIGNED : primary.label();
            case FIELD_OF_ACTION ->
                primary == null
                    ? UNASSIGNED
                    : primary.fieldOfActionIds().stream()
                        .map(fields::get)
                        .filter(f -> f != null)
                        .min(
                            Comparator.comparing(FieldOfActionView::position)
                                .thenComparing(FieldOfActionView::code))
                        .map(FieldOfActionView::label)
                        .orElse(UNASSIGNED);
            case ORG_UNIT ->
                m.leadOrgUnitId() == null
                    ? UNASSIGNED
                    : units.getOrDefault(m.leadOrgUnitId(), UNASSIGNED);
            case MEASURE -> m.label();
          };
      groupOfMeasure.put(m.getId(), group);
    }
    List<Integer> years =
        IntStream.rangeClosed(version.startYear(), version.endYear()).boxed().toList();
    // groups in natural order of their labels: M-2 before M-10, 1.100 before 1.1000
    Comparator<String> natural = Measures::naturalOrder;
    Map<String, Map<Integer, Acc>> byGroup =
        new TreeMap<>(natural.thenComparing(Comparator.naturalOrder()));
    groupOfMeasure.values().forEach(g -> byGroup.computeIfAbsent(g, k -> new TreeMap<>()));
    Map<Integer, Acc> totals = new TreeMap<>();
    if (!groupOfMeasure.isEmpty()) {
      for (ResourceSum r : resources.sumsOfVersion(versionId)) {
        byGroup
            .get(groupOfMeasure.get(r.measureId()))
            .computeIfAbsent(r.budgetYear(), y -> new Acc())
            .add(r);
        totals.computeIfAbsent(r.budgetYear(), y -> new Acc()).add(r);
      }
    }
    List<ResourceTable.Row> rows = new ArrayList<>();
    byGroup.forEach((label, cells) -> rows.add(row(label, cells, years)));
    return new ResourceTable(
        groupBy, years, rows, row("Summe", totals, years), partnerShares(all, years));
  }

  /** The partners' shares of our measures, and our share of others' (inside the table's years). */
  private List<ResourceTable.PartnerShare> partnerShares(List<Measure> all, List<Integer> years) {
    List<ResourceTable.PartnerShare> shares = new ArrayList<>();
    Map<Long, BigDecimal> percentOf = new java.util.HashMap<>();
    if (!all.isEmpty()) {
      for (Partner p : partners.findByMeasureIdIn(all.stream().map(Measure::getId).toList())) {
        if (p.view().costShare() != null) {
          percentOf.merge(p.measureId(), p.view().costShare(), BigDecimal::add);
        }
      }
    }
    if (!percentOf.isEmpty()) {
      Map<Integer, BigDecimal> theirs = new TreeMap<>();
      for (ResourceSum r : resources.sumsOfVersion(all.get(0).strategyVersionId())) {
        BigDecimal percent = percentOf.get(r.measureId());
        if (percent != null) {
          theirs.merge(
              r.budgetYear(),
              r.consumptive()
                  .add(r.investive())
                  .multiply(percent)
                  .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP),
              BigDecimal::add);
        }
      }
      shares.add(share(ResourceTable.PartnerShare.Kind.PARTNERS_IN_OURS, theirs, years));
    }
    Map<Integer, BigDecimal> ours = shared.oursElsewhere();
    if (!ours.isEmpty()) {
      shares.add(share(ResourceTable.PartnerShare.Kind.OURS_IN_OTHERS, ours, years));
    }
    return shares;
  }

  /** A share with its German name (the API's label; pages and files name it in their language). */
  private ResourceTable.PartnerShare share(
      ResourceTable.PartnerShare.Kind kind, Map<Integer, BigDecimal> perYear, List<Integer> years) {
    String label = messages.getMessage("resource.share." + kind, null, java.util.Locale.GERMAN);
    Map<Integer, BigDecimal> inTable = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (Integer y : years) {
      BigDecimal v = perYear.getOrDefault(y, BigDecimal.ZERO.setScale(2));
      inTable.put(y, v);
      total = total.add(v);
    }
    return new ResourceTable.PartnerShare(kind, label, inTable, total);
  }

  private static ResourceTable.Row row(String label, Map<Integer, Acc> cells, List<Integer> years) {
    Map<Integer, ResourceTable.Cell> byYear = new LinkedHashMap<>();
    Acc sum = new Acc();
    for (Integer year : years) {
      Acc acc = cells.getOrDefault(year, new Acc());
      byYear.put(year, acc.cell());
      sum.add(acc);
    }
    return new ResourceTable.Row(label, byYear, sum.cell());
  }

  /** Exact running sums (BigDecimal: no rounding, ever). */
  private static final class Acc {
    BigDecimal fte = BigDecimal.ZERO.setScale(2);
    BigDecimal consumptive = BigDecimal.ZERO.setScale(2);
    BigDecimal investive = BigDecimal.ZERO.setScale(2);
    BigDecimal spent = BigDecimal.ZERO.setScale(2);
    final Map<BudgetStatus, BigDecimal> byStatus = new EnumMap<>(BudgetStatus.class);

    void add(ResourceSum r) {
      fte = fte.add(r.fte());
      consumptive = consumptive.add(r.consumptive());
      investive = investive.add(r.investive());
      if (r.spent() != null) {
        spent = spent.add(r.spent());
      }
      // "bewilligt" counts what the council approved (YearBudget.approvedOf), the rest as planned
      BigDecimal money = r.consumptive().add(r.investive());
      byStatus.merge(
          r.budgetStatus(),
          r.budgetStatus() == BudgetStatus.APPROVED
              ? YearBudget.approvedOf(r.budgetStatus(), money, r.approvedAmount())
              : money,
          BigDecimal::add);
    }

    void add(Acc other) {
      fte = fte.add(other.fte);
      consumptive = consumptive.add(other.consumptive);
      investive = investive.add(other.investive);
      spent = spent.add(other.spent);
      other.byStatus.forEach((s, v) -> byStatus.merge(s, v, BigDecimal::add));
    }

    ResourceTable.Cell cell() {
      Map<BudgetStatus, BigDecimal> status = new EnumMap<>(BudgetStatus.class);
      for (BudgetStatus s : BudgetStatus.values()) {
        status.put(s, byStatus.getOrDefault(s, BigDecimal.ZERO.setScale(2)));
      }
      return new ResourceTable.Cell(fte, consumptive, investive, status, spent);
    }
  }
}
