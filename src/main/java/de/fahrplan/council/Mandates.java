package de.fahrplan.council;

import de.fahrplan.council.internal.Mandate;
import de.fahrplan.council.internal.MandateRepository;
import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.plan.Measures;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mandates decisions give the administration (Beschlusscontrolling): who has to do what by
 * when, for which committee, and what fulfilled it. Noted report papers and adopted strategy papers
 * fulfil the mandates they answer by themselves ({@link MandateFulfilments}); a reporting mandate
 * sets the reporting schedule of the strategy it concerns ({@link MandateSchedules}).
 */
@Service
public class Mandates {

  static final String AUDIT_TYPE = "Mandate";

  private final MandateRepository mandates;
  private final PaperRepository paperRows;
  private final Papers papers;
  private final OrgUnits orgUnits;
  private final Organizations organizations;
  private final Measures measures;
  private final MandateSchedules schedules;
  private final AuditLog audit;
  private final Clock clock;

  Mandates(
      MandateRepository mandates,
      PaperRepository paperRows,
      Papers papers,
      OrgUnits orgUnits,
      Organizations organizations,
      Measures measures,
      MandateSchedules schedules,
      AuditLog audit,
      Clock clock) {
    this.mandates = mandates;
    this.paperRows = paperRows;
    this.papers = papers;
    this.orgUnits = orgUnits;
    this.organizations = organizations;
    this.measures = measures;
    this.schedules = schedules;
    this.audit = audit;
    this.clock = clock;
  }

  /** The mandate list, by the shown state (overdue computed in SQL) and committee; paged in SQL. */
  @MemberOnly
  @Transactional(readOnly = true)
  public Page<MandateView> search(MandateState state, Long committee, Pageable page) {
    // OVERDUE is any kept state but fulfilled, due before today; OPEN and IN_PROGRESS are not
    // overdue
    MandateState kept = state == MandateState.OVERDUE ? null : state;
    Boolean overdue = null;
    if (state == MandateState.OVERDUE) {
      overdue = true;
    } else if (state == MandateState.OPEN || state == MandateState.IN_PROGRESS) {
      overdue = false;
    }
    Page<Mandate> found = mandates.search(kept, overdue, committee, today(), page);
    return new PageImpl<>(views(found.getContent()), page, found.getTotalElements());
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<MandateView> ofPaper(long paperId) {
    papers.find(paperId);
    return views(mandates.findByPaperIdAndDeletedFalseOrderByIdAsc(paperId));
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public MandateView get(long id) {
    return views(List.of(find(id))).get(0);
  }

  /** Whether an implementation mandate is due before the measure is planned to end (warned). */
  @MemberOnly
  @Transactional(readOnly = true)
  public boolean dueBeforePlannedEnd(MandateView m) {
    if (m.kind() != MandateKind.MEASURE || m.measureId() == null) {
      return false;
    }
    LocalDate end = measures.get(m.measureId()).plannedEnd();
    return end != null && m.dueDate().isBefore(end);
  }

  /** A mandate of a decided paper. */
  @CoordinationOnly
  @Transactional
  public MandateView create(long paperId, MandateInput in) {
    Paper paper = papers.find(paperId);
    if (paper.state() != PaperState.DECIDED) {
      throw new InvalidInputException(null, "mandate.paperNotDecided", paper.reference());
    }
    checked(in);
    Mandate m = mandates.saveAndFlush(new Mandate(paperId, in));
    audit.created(AUDIT_TYPE, m.getId(), m.auditState());
    schedules.follow(paper.view(), m);
    return get(m.getId());
  }

  @CoordinationOnly
  @Transactional
  public MandateView update(long id, Long expectedVersion, MandateInput in) {
    Mandate m = find(id);
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    checked(in);
    var before = m.auditState();
    m.apply(in);
    mandates.flush();
    audit.changed(AUDIT_TYPE, id, before, m.auditState());
    schedules.follow(papers.get(m.paperId()), m);
    return get(id);
  }

  /** Recorded by hand: fulfilled (a reporting mandate: ended) on that day, with a note. */
  @CoordinationOnly
  @Transactional
  public MandateView fulfil(long id, Long expectedVersion, FulfilmentInput in) {
    Mandate m = find(id);
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    var before = m.auditState();
    m.fulfil(in, today());
    mandates.flush();
    audit.changed(AUDIT_TYPE, id, before, m.auditState());
    return get(id);
  }

  @CoordinationOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Mandate m = find(id);
    Versions.check(AUDIT_TYPE, m.getVersion(), expectedVersion);
    m.delete();
    audit.deleted(AUDIT_TYPE, id, m.auditState());
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    find(id);
    return audit.history(AUDIT_TYPE, id);
  }

  private Mandate find(long id) {
    Mandate m =
        mandates.findByIdAndDeletedFalse(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
    papers.find(m.paperId());
    return m;
  }

  private void checked(MandateInput in) {
    Rules rules = new Rules();
    Mandate.check(rules, in);
    exists(rules, "addresseeUnitId", in.addresseeUnitId, () -> orgUnits.get(in.addresseeUnitId));
    exists(rules, "committeeId", in.committeeId, () -> organizations.get(in.committeeId));
    if (in.kind == MandateKind.MEASURE) {
      exists(rules, "measureId", in.measureId, () -> measures.get(in.measureId));
    }
    rules.throwIfAny();
  }

  private static void exists(Rules rules, String field, Long id, Runnable read) {
    if (id == null) {
      return;
    }
    try {
      read.run();
    } catch (NotFoundException e) {
      rules.add(field, "validation.unknownReference");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Views of some mandates with every name read once per kind of object. */
  private List<MandateView> views(List<Mandate> list) {
    Set<Long> paperIds = new HashSet<>();
    list.forEach(
        m -> {
          paperIds.add(m.paperId());
          m.fulfilments().forEach(f -> paperIds.add(f.paperId()));
        });
    Map<Long, String> references = references(paperIds);
    Map<Long, String> units =
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::label));
    Map<Long, String> committees = new HashMap<>();
    list.stream()
        .map(Mandate::committeeId)
        .filter(Objects::nonNull)
        .distinct()
        .forEach(id -> committees.put(id, organizations.get(id).name()));
    Map<Long, String> measureLabels =
        measures.labels(list.stream().map(Mandate::measureId).filter(Objects::nonNull).toList());
    LocalDate today = today();
    return list.stream()
        .map(
            m ->
                new MandateView(
                    m.getId(),
                    m.paperId(),
                    references.get(m.paperId()),
                    m.kind(),
                    m.description(),
                    m.addresseeUnitId(),
                    units.get(m.addresseeUnitId()),
                    m.committeeId(),
                    m.committeeId() == null ? null : committees.get(m.committeeId()),
                    m.measureId(),
                    m.measureId() == null ? null : measureLabels.get(m.measureId()),
                    m.dueDate(),
                    m.cadence(),
                    MandateState.of(m.keptState(), m.dueDate(), today),
                    m.fulfilledOn(),
                    m.note(),
                    m.fulfilments().stream()
                        .map(
                            f ->
                                new MandateView.Fulfilment(
                                    f.paperId(), references.get(f.paperId()), f.fulfilledOn()))
                        .toList(),
                    m.created(),
                    m.modified(),
                    m.getVersion()))
        .toList();
  }

  private Map<Long, String> references(Collection<Long> paperIds) {
    Map<Long, String> references = new HashMap<>();
    paperRows.findAllById(paperIds).forEach(p -> references.put(p.getId(), p.reference()));
    return references;
  }
}
