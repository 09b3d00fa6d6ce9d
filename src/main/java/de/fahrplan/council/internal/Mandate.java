package de.fahrplan.council.internal;

import de.fahrplan.council.FulfilmentInput;
import de.fahrplan.council.MandateCadence;
import de.fahrplan.council.MandateInput;
import de.fahrplan.council.MandateKind;
import de.fahrplan.council.MandateState;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A mandate (Auftrag) a decided paper gives the administration. */
@Entity
@Table(name = "mandate")
public class Mandate extends TenantEntity {

  private Long paperId;

  @Enumerated(EnumType.STRING)
  private MandateKind kind;

  private String description;
  private Long addresseeUnitId;
  private Long committeeId;
  private Long measureId;
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private MandateCadence cadence;

  @Enumerated(EnumType.STRING)
  private MandateState state = MandateState.OPEN;

  private LocalDate fulfilledOn;
  private String note;
  private boolean deleted;
  @CreationTimestamp private Instant created;
  @UpdateTimestamp private Instant modified;

  @ElementCollection
  @CollectionTable(name = "mandate_fulfilment", joinColumns = @JoinColumn(name = "mandate_id"))
  @OrderColumn(name = "position")
  private List<Fulfilment> fulfilments = new ArrayList<>();

  /** A paper that fulfilled the mandate, and when. */
  @Embeddable
  public static class Fulfilment {
    private Long paperId;
    private LocalDate fulfilledOn;

    protected Fulfilment() {}

    Fulfilment(Long paperId, LocalDate fulfilledOn) {
      this.paperId = paperId;
      this.fulfilledOn = fulfilledOn;
    }

    public Long paperId() {
      return paperId;
    }

    public LocalDate fulfilledOn() {
      return fulfilledOn;
    }
  }

  protected Mandate() {}

  public Mandate(long paperId, MandateInput in) {
    this.paperId = paperId;
    take(in);
  }

  /** What each kind needs; the caller checks that the referenced objects exist. */
  public static void check(Rules rules, MandateInput in) {
    rules
        .required("kind", in.kind)
        .required("description", in.description)
        .maxLength("description", in.description, 2000)
        .required("addresseeUnitId", in.addresseeUnitId)
        .required("dueDate", in.dueDate)
        .check(
            in.state == null
                || in.state == MandateState.OPEN
                || in.state == MandateState.IN_PROGRESS,
            "state",
            "mandate.stateByHand");
    if (in.kind == MandateKind.REPORT) {
      rules.required("committeeId", in.committeeId).required("cadence", in.cadence);
    }
    if (in.kind == MandateKind.MEASURE) {
      rules.required("measureId", in.measureId);
    }
  }

  public void apply(MandateInput in) {
    requireOpen();
    take(in);
  }

  private void take(MandateInput in) {
    this.kind = in.kind;
    this.description = in.description.strip();
    this.addresseeUnitId = in.addresseeUnitId;
    this.committeeId = in.committeeId;
    this.measureId = in.kind == MandateKind.MEASURE ? in.measureId : null;
    this.dueDate = in.dueDate;
    this.cadence = in.kind == MandateKind.REPORT ? in.cadence : null;
    this.state = in.state == null ? MandateState.OPEN : in.state;
  }

  /**
   * A paper fulfilled it: a reporting mandate goes on (the next report is due one cadence later);
   * any other is fulfilled.
   */
  public void fulfilledBy(long paperId, LocalDate day) {
    requireOpen();
    fulfilments.add(new Fulfilment(paperId, day));
    if (kind == MandateKind.REPORT) {
      state = MandateState.IN_PROGRESS;
      dueDate = nextDue(dueDate, cadence.months());
    } else {
      state = MandateState.FULFILLED;
      fulfilledOn = day;
    }
  }

  /**
   * One cadence on; a deadline at a month's end stays at the month's end (31.03 → 30.06 → 30.09).
   */
  static LocalDate nextDue(LocalDate due, int months) {
    LocalDate next = due.plusMonths(months);
    return due.getDayOfMonth() == due.lengthOfMonth()
        ? next.withDayOfMonth(next.lengthOfMonth())
        : next;
  }

  /** Recorded by hand: fulfilled (or, for a reporting mandate, ended) on that day. */
  public void fulfil(FulfilmentInput in, LocalDate today) {
    requireOpen();
    new Rules()
        .required("fulfilledOn", in.fulfilledOn)
        .check(
            in.fulfilledOn == null || !in.fulfilledOn.isAfter(today),
            "fulfilledOn",
            "mandate.fulfilledInFuture")
        .maxLength("note", in.note, 2000)
        .throwIfAny();
    state = MandateState.FULFILLED;
    fulfilledOn = in.fulfilledOn;
    note = in.note == null || in.note.isBlank() ? null : in.note.strip();
  }

  public void delete() {
    requireOpen();
    deleted = true;
  }

  private void requireOpen() {
    if (state == MandateState.FULFILLED) {
      throw new InvalidInputException(null, "mandate.fulfilled");
    }
  }

  public Long paperId() {
    return paperId;
  }

  public MandateKind kind() {
    return kind;
  }

  public Long addresseeUnitId() {
    return addresseeUnitId;
  }

  public Long committeeId() {
    return committeeId;
  }

  public Long measureId() {
    return measureId;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public MandateCadence cadence() {
    return cadence;
  }

  public MandateState keptState() {
    return state;
  }

  public LocalDate fulfilledOn() {
    return fulfilledOn;
  }

  public String description() {
    return description;
  }

  public String note() {
    return note;
  }

  public List<Fulfilment> fulfilments() {
    return List.copyOf(fulfilments);
  }

  public Instant created() {
    return created;
  }

  public Instant modified() {
    return modified;
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "kind", kind,
        "description", description,
        "addresseeUnitId", addresseeUnitId,
        "committeeId", committeeId,
        "measureId", measureId,
        "dueDate", dueDate,
        "cadence", cadence,
        "state", state,
        "fulfilledOn", fulfilledOn,
        "note", note,
        "fulfilments", fulfilments.size());
  }
}
