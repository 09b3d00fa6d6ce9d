package de.fahrplan.plan.internal;

import de.fahrplan.plan.ExecutionInput;
import de.fahrplan.plan.Horizon;
import de.fahrplan.plan.MeasureInput;
import de.fahrplan.plan.MeasureLevel;
import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Priority;
import de.fahrplan.plan.PriorityClass;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A measure (Maßnahme) of one strategy version. Description is stored sanitised. */
@Entity
@Table(name = "measure")
public class Measure extends TenantEntity {

  private Long strategyVersionId;
  private String code;
  private String title;
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "measure_goal", joinColumns = @JoinColumn(name = "measure_id"))
  @Column(name = "goal_id")
  @OrderColumn(name = "goal_order")
  private List<Long> goalIds = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private MeasureStatus status;

  private String statusReason;
  private LocalDate plannedStart;
  private LocalDate plannedEnd;
  private LocalDate actualStart;
  private LocalDate actualEnd;

  @Enumerated(EnumType.STRING)
  private Horizon horizonOverride;

  private Long leadOrgUnitId;
  private Long responsiblePersonId;

  /** Added to the version in force outside the adopted plan (überplanmäßig). */
  private boolean unplanned;

  private Long parentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "measure_level")
  private MeasureLevel level;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "measure_tag", joinColumns = @JoinColumn(name = "measure_id"))
  @Column(name = "tag")
  private Set<String> tags = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "measure_rating", joinColumns = @JoinColumn(name = "measure_id"))
  @MapKeyColumn(name = "criterion_key")
  @Column(name = "rating")
  private Map<String, Integer> ratings = new LinkedHashMap<>();

  @Enumerated(EnumType.STRING)
  private PriorityClass priorityOverride;

  private String priorityReason;

  static final int MAX_TAGS = 20;
  static final int MAX_TAG_LENGTH = 60;

  protected Measure() {}

  public Measure(Long strategyVersionId, MeasureInput in, String sanitizedDescription) {
    this.strategyVersionId = strategyVersionId;
    apply(in, sanitizedDescription);
  }

  /** The measure's own rules; references (goals, org unit, person) are checked by the caller. */
  public void apply(MeasureInput in, String sanitizedDescription) {
    executionRules(in.status, in.statusReason, in.actualStart, in.actualEnd)
        .required("code", in.code)
        .maxLength("code", in.code, 20)
        .required("title", in.title)
        .maxLength("title", in.title, 300)
        .maxLength("description", sanitizedDescription, 20000)
        .check(in.goalIds != null && !in.goalIds.isEmpty(), "goalIds", "measure.goalRequired")
        .notBefore("plannedEnd", in.plannedEnd, in.plannedStart)
        .check(tags(in.tags).size() <= MAX_TAGS, "tags", "measure.tooManyTags", MAX_TAGS)
        .check(
            tags(in.tags).stream().allMatch(t -> t.length() <= MAX_TAG_LENGTH),
            "tags",
            "measure.tagTooLong",
            MAX_TAG_LENGTH)
        .check(
            in.ratings == null
                || in.ratings.values().stream()
                    .allMatch(r -> r == null || (r >= 0 && r <= Priority.MAX_RATING)),
            "ratings",
            "measure.rating")
        .check(
            in.priorityOverride == null
                || (in.priorityReason != null && !in.priorityReason.isBlank()),
            "priorityReason",
            "measure.priorityReasonRequired")
        .maxLength("priorityReason", in.priorityReason, 2000)
        .check(in.parentId == null || !in.parentId.equals(getId()), "parentId", "measure.ownParent")
        .throwIfAny();
    this.code = in.code;
    this.title = in.title;
    this.description = sanitizedDescription;
    this.goalIds = new ArrayList<>(new LinkedHashSet<>(in.goalIds));
    this.status = in.status;
    this.statusReason = in.status.needsReason() ? in.statusReason : null;
    this.plannedStart = in.plannedStart;
    this.plannedEnd = in.plannedEnd;
    this.actualStart = in.actualStart;
    this.actualEnd = in.actualEnd;
    this.horizonOverride = in.horizonOverride;
    this.leadOrgUnitId = in.leadOrgUnitId;
    this.responsiblePersonId = in.responsiblePersonId;
    this.parentId = in.parentId;
    this.level = in.level;
    this.tags = tags(in.tags);
    this.ratings = new TreeMap<>();
    if (in.ratings != null) {
      in.ratings.forEach(
          (k, v) -> {
            if (k != null && v != null) {
              ratings.put(k, v);
            }
          });
    }
    this.priorityOverride = in.priorityOverride;
    this.priorityReason = in.priorityOverride == null ? null : in.priorityReason;
  }

  /** Tags trimmed, without blanks and duplicates (case-insensitive), sorted. */
  static Set<String> tags(List<String> given) {
    Set<String> result = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    if (given != null) {
      for (String t : given) {
        if (t != null && !t.isBlank()) {
          result.add(t.trim().replaceAll("\\s+", " "));
        }
      }
    }
    return new TreeSet<>(result);
  }

  /** Status and actual dates: a reason to defer or cancel, an end to complete, end after start. */
  private static Rules executionRules(
      MeasureStatus status, String statusReason, LocalDate actualStart, LocalDate actualEnd) {
    return new Rules()
        .required("status", status)
        .check(
            status == null
                || !status.needsReason()
                || (statusReason != null && !statusReason.isBlank()),
            "statusReason",
            "measure.reasonRequired")
        .maxLength("statusReason", statusReason, 2000)
        .notBefore("actualEnd", actualEnd, actualStart)
        .check(
            status != MeasureStatus.COMPLETED || actualEnd != null,
            "actualEnd",
            "measure.completedNeedsEnd");
  }

  /**
   * Changes the execution state on the plan in force; the adopted content (titles, goals, planned
   * dates and money) stays as the council decided it.
   */
  public void changeExecution(ExecutionInput in) {
    executionRules(in.status, in.statusReason, in.actualStart, in.actualEnd)
        .check(in.status != MeasureStatus.IDEA, "status", "measure.ideaInForce")
        .maxLength("comment", in.comment, 2000)
        .throwIfAny();
    this.status = in.status;
    this.statusReason = in.status.needsReason() ? in.statusReason.strip() : null;
    this.actualStart = in.actualStart;
    this.actualEnd = in.actualEnd;
  }

  public void markUnplanned() {
    this.unplanned = true;
  }

  public boolean unplanned() {
    return unplanned;
  }

  /** A copy for the next strategy version, pointing at the copied goals. */
  public Measure copyFor(Long newVersionId, Map<Long, Long> goalIdMap) {
    Measure copy = new Measure();
    copy.strategyVersionId = newVersionId;
    copy.code = code;
    copy.title = title;
    copy.description = description;
    copy.goalIds =
        new ArrayList<>(goalIds.stream().map(goalIdMap::get).filter(g -> g != null).toList());
    copy.status = status;
    copy.statusReason = statusReason;
    copy.plannedStart = plannedStart;
    copy.plannedEnd = plannedEnd;
    copy.actualStart = actualStart;
    copy.actualEnd = actualEnd;
    copy.horizonOverride = horizonOverride;
    copy.leadOrgUnitId = leadOrgUnitId;
    copy.responsiblePersonId = responsiblePersonId;
    copy.level = level;
    copy.tags = new TreeSet<>(tags);
    copy.ratings = new TreeMap<>(ratings);
    copy.priorityOverride = priorityOverride;
    copy.priorityReason = priorityReason;
    return copy;
  }

  /** After all measures of a version were copied: the copy's parent is the parent's copy. */
  public void reparent(Long copiedParentId) {
    this.parentId = copiedParentId;
  }

  public Long parentId() {
    return parentId;
  }

  public MeasureLevel level() {
    return level;
  }

  public Long strategyVersionId() {
    return strategyVersionId;
  }

  public String code() {
    return code;
  }

  /** "M-12 – Titel", as {@code MeasureView.label()}. */
  public String label() {
    return code + " – " + title;
  }

  /** The goals in the order the user gave them; the first carries the measure's money. */
  public List<Long> goalIds() {
    return List.copyOf(goalIds);
  }

  public Long leadOrgUnitId() {
    return leadOrgUnitId;
  }

  public Long responsiblePersonId() {
    return responsiblePersonId;
  }

  public MeasureView view(ViewContext ctx) {
    Horizon horizon =
        horizonOverride != null
            ? horizonOverride
            : Horizon.derive(plannedEnd, ctx.startYear(), ctx.shortYears(), ctx.midYears());
    return new MeasureView(
        getId(),
        strategyVersionId,
        code,
        title,
        description,
        List.copyOf(goalIds),
        status,
        statusReason,
        plannedStart,
        plannedEnd,
        actualStart,
        actualEnd,
        horizon,
        horizonOverride,
        leadOrgUnitId,
        responsiblePersonId,
        parentId,
        level,
        List.copyOf(tags),
        Map.copyOf(ratings),
        Priority.of(
            ratings, ctx.criteria(), ctx.dependants().getOrDefault(getId(), 0), priorityOverride),
        priorityOverride,
        priorityReason,
        unplanned,
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "code",
        code,
        "title",
        title,
        "description",
        description,
        "goalIds",
        List.copyOf(goalIds),
        "status",
        status,
        "statusReason",
        statusReason,
        "plannedStart",
        plannedStart,
        "plannedEnd",
        plannedEnd,
        "actualStart",
        actualStart,
        "actualEnd",
        actualEnd,
        "unplanned",
        unplanned,
        "horizonOverride",
        horizonOverride,
        "leadOrgUnitId",
        leadOrgUnitId,
        "responsiblePersonId",
        responsiblePersonId,
        "parentId",
        parentId,
        "level",
        level,
        "tags",
        List.copyOf(tags),
        "ratings",
        new TreeMap<>(ratings),
        "priorityOverride",
        priorityOverride,
        "priorityReason",
        priorityReason);
  }
}
