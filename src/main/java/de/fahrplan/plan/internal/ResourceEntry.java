package de.fahrplan.plan.internal;

import de.fahrplan.plan.BudgetStatus;
import de.fahrplan.plan.ResourceInput;
import de.fahrplan.plan.ResourceView;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Staff and money of a measure in one budget year: FTE (existing staff, new positions, external),
 * euro consumptive and investive (cent-exact), budget product, cost centre, funding source, budget
 * status and what was spent.
 */
@Entity
@Table(name = "resource_entry")
public class ResourceEntry extends TenantEntity {

  private static final BigDecimal MAX_FTE = new BigDecimal("999");
  private static final BigDecimal MAX_EURO = new BigDecimal("999999999999");

  private Long measureId;
  private int budgetYear;
  private BigDecimal fteExisting;
  private BigDecimal fteNew;
  private BigDecimal fteExternal;
  private BigDecimal consumptive;
  private BigDecimal investive;
  private String budgetProduct;
  private String costCentre;
  private String fundingSource;

  @Enumerated(EnumType.STRING)
  private BudgetStatus budgetStatus;

  private BigDecimal spent;

  /** What the council approved, when it is not the planned money (with "bewilligt"). */
  private BigDecimal approvedAmount;

  protected ResourceEntry() {}

  public ResourceEntry(Long measureId, ResourceInput in, int firstYear, int lastYear) {
    this.measureId = measureId;
    apply(in, firstYear, lastYear);
  }

  /** Checks the entry against the strategy's period; amounts are kept to the cent, FTE to 0.01. */
  public void apply(ResourceInput in, int firstYear, int lastYear) {
    new Rules()
        .required("budgetYear", in.budgetYear)
        .check(
            in.budgetYear == null || (in.budgetYear >= firstYear && in.budgetYear <= lastYear),
            "budgetYear",
            "resource.yearOutsidePeriod",
            String.valueOf(firstYear),
            String.valueOf(lastYear))
        .amount("fteExisting", in.fteExisting, MAX_FTE, 2, "resource.amount")
        .amount("fteNew", in.fteNew, MAX_FTE, 2, "resource.amount")
        .amount("fteExternal", in.fteExternal, MAX_FTE, 2, "resource.amount")
        .amount("consumptive", in.consumptive, MAX_EURO, 2, "resource.amount")
        .amount("investive", in.investive, MAX_EURO, 2, "resource.amount")
        .amount("spent", in.spent, MAX_EURO, 2, "resource.amount")
        .maxLength("budgetProduct", in.budgetProduct, 200)
        .maxLength("costCentre", in.costCentre, 100)
        .maxLength("fundingSource", in.fundingSource, 200)
        .throwIfAny();
    this.budgetYear = in.budgetYear;
    this.fteExisting = scaled(in.fteExisting);
    this.fteNew = scaled(in.fteNew);
    this.fteExternal = scaled(in.fteExternal);
    this.consumptive = scaled(in.consumptive);
    this.investive = scaled(in.investive);
    this.budgetProduct = in.budgetProduct;
    this.costCentre = in.costCentre;
    this.fundingSource = in.fundingSource;
    this.budgetStatus = in.budgetStatus == null ? BudgetStatus.PLANNED : in.budgetStatus;
    this.spent = in.spent == null ? null : scaled(in.spent);
  }

  private static BigDecimal scaled(BigDecimal value) {
    return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * The budget decision on this year (angemeldet, bewilligt, abgelehnt …), also in force; with
   * "bewilligt" the approved amount when the council approved another than the planned one.
   */
  public void changeBudgetStatus(BudgetStatus status, BigDecimal approved) {
    new Rules()
        .required("budgetStatus", status)
        .check(
            approved == null || status == BudgetStatus.APPROVED,
            "approvedAmount",
            "resource.approvedOnlyApproved")
        .amount("approvedAmount", approved, MAX_EURO, 2, "resource.amount")
        .throwIfAny();
    this.budgetStatus = status;
    this.approvedAmount = approved == null ? null : scaled(approved);
  }

  public Long measureId() {
    return measureId;
  }

  public ResourceEntry copyFor(Long newMeasureId) {
    ResourceEntry copy = new ResourceEntry();
    copy.measureId = newMeasureId;
    copy.budgetYear = budgetYear;
    copy.fteExisting = fteExisting;
    copy.fteNew = fteNew;
    copy.fteExternal = fteExternal;
    copy.consumptive = consumptive;
    copy.investive = investive;
    copy.budgetProduct = budgetProduct;
    copy.costCentre = costCentre;
    copy.fundingSource = fundingSource;
    copy.budgetStatus = budgetStatus;
    copy.spent = spent;
    return copy;
  }

  public ResourceView view() {
    return new ResourceView(
        getId(),
        measureId,
        budgetYear,
        fteExisting,
        fteNew,
        fteExternal,
        consumptive,
        investive,
        budgetProduct,
        costCentre,
        fundingSource,
        budgetStatus,
        spent,
        approvedAmount,
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "budgetYear",
        budgetYear,
        "fteExisting",
        fteExisting,
        "fteNew",
        fteNew,
        "fteExternal",
        fteExternal,
        "consumptive",
        consumptive,
        "investive",
        investive,
        "budgetProduct",
        budgetProduct,
        "costCentre",
        costCentre,
        "fundingSource",
        fundingSource,
        "budgetStatus",
        budgetStatus,
        "approvedAmount",
        approvedAmount,
        "spent",
        spent);
  }
}
