package de.fahrplan.organisation;

import de.fahrplan.organisation.internal.OrgUnit;
import de.fahrplan.organisation.internal.OrgUnitRepository;
import de.fahrplan.organisation.internal.PersonRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Lookup;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The org-unit tree of the current municipality. */
@Service
public class OrgUnits {

  static final String AUDIT_TYPE = "OrgUnit";

  private final OrgUnitRepository units;
  private final PersonRepository persons;
  private final AuditLog audit;
  private final List<OrganisationReferences> references;

  OrgUnits(
      OrgUnitRepository units,
      PersonRepository persons,
      AuditLog audit,
      List<OrganisationReferences> references) {
    this.units = units;
    this.persons = persons;
    this.audit = audit;
    this.references = references;
  }

  /** All units depth-first (parents before children, siblings by code), with their depth. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<OrgUnitView> tree() {
    List<OrgUnit> all = units.findAllByOrderByCodeAsc();
    Map<Long, List<OrgUnit>> children = new HashMap<>();
    Set<Long> ids = new HashSet<>();
    all.forEach(u -> ids.add(u.getId()));
    List<OrgUnit> roots = new ArrayList<>();
    for (OrgUnit u : all) {
      if (u.parentId() == null || !ids.contains(u.parentId())) {
        roots.add(u);
      } else {
        children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
      }
    }
    List<OrgUnitView> result = new ArrayList<>(all.size());
    roots.forEach(r -> walk(r, 0, children, result));
    return result;
  }

  private static void walk(
      OrgUnit unit, int depth, Map<Long, List<OrgUnit>> children, List<OrgUnitView> out) {
    out.add(unit.view(depth));
    children.getOrDefault(unit.getId(), List.of()).forEach(c -> walk(c, depth + 1, children, out));
  }

  @MemberOnly
  @Lookup
  public OrgUnitView get(long id) {
    return find(id).view(0);
  }

  /** The units of these ids (one query; depth 0, as {@link #get}); ids not found are left out. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<OrgUnitView> byIds(java.util.Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : units.findAllById(ids).stream().map(u -> u.view(0)).toList();
  }

  @AdminOnly
  @Transactional
  public OrgUnitView create(OrgUnitInput input) {
    OrgUnit unit = new OrgUnit(input);
    checkTree(null, input);
    unit = units.saveAndFlush(unit);
    audit.created(AUDIT_TYPE, unit.getId(), unit.auditState());
    return unit.view(0);
  }

  @AdminOnly
  @Transactional
  public OrgUnitView update(long id, Long expectedVersion, OrgUnitInput input) {
    OrgUnit unit = find(id);
    Versions.check(AUDIT_TYPE, unit.getVersion(), expectedVersion);
    Map<String, Object> before = unit.auditState();
    checkTree(id, input);
    unit.apply(input);
    units.flush();
    audit.changed(AUDIT_TYPE, id, before, unit.auditState());
    return unit.view(0);
  }

  @AdminOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    OrgUnit unit = find(id);
    Versions.check(AUDIT_TYPE, unit.getVersion(), expectedVersion);
    if (units.existsByParentId(id)) {
      throw new InvalidInputException(null, "orgUnit.hasChildren", unit.code());
    }
    if (persons.existsByOrgUnitId(id)) {
      throw new InvalidInputException(null, "orgUnit.hasPersons", unit.code());
    }
    if (references.stream().anyMatch(r -> r.usesOrgUnit(id))) {
      throw new InvalidInputException(null, "orgUnit.inUse", unit.code());
    }
    audit.deleted(AUDIT_TYPE, id, unit.auditState());
    units.delete(unit);
  }

  @AdminOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    find(id);
    return audit.history(AUDIT_TYPE, id);
  }

  /**
   * Who leads the unit for its people's work: its own lead, else the nearest parent's, skipping
   * leads who have left by {@code day}; empty when no unit up the tree has one.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public Optional<Long> leadFor(long orgUnitId, LocalDate day) {
    Map<Long, OrgUnit> byId = new HashMap<>();
    units.findAll().forEach(u -> byId.put(u.getId(), u));
    Set<Long> seen = new HashSet<>();
    for (OrgUnit u = byId.get(orgUnitId); u != null && seen.add(u.getId()); ) {
      Long lead = u.leadPersonId();
      if (lead != null && persons.findById(lead).map(p -> !p.view().leftBy(day)).orElse(false)) {
        return Optional.of(lead);
      }
      u = u.parentId() == null ? null : byId.get(u.parentId());
    }
    return Optional.empty();
  }

  /** Unique code within the municipality, an existing parent, and no cycle through the parents. */
  private void checkTree(Long ownId, OrgUnitInput input) {
    units
        .findByCode(input.code)
        .filter(other -> !other.getId().equals(ownId))
        .ifPresent(
            other -> {
              throw new InvalidInputException("code", "orgUnit.codeTaken", input.code);
            });
    if (input.leadPersonId != null && !persons.existsById(input.leadPersonId)) {
      throw new InvalidInputException("leadPersonId", "validation.unknownReference");
    }
    if (input.parentId == null) {
      return;
    }
    Map<Long, Long> parents = new HashMap<>();
    units.findAll().forEach(u -> parents.put(u.getId(), u.parentId()));
    if (!parents.containsKey(input.parentId)) {
      throw new InvalidInputException("parentId", "validation.unknownReference");
    }
    if (ownId != null) {
      Set<Long> seen = new HashSet<>();
      for (Long p = input.parentId; p != null && seen.add(p); p = parents.get(p)) {
        if (p.equals(ownId)) {
          throw new InvalidInputException("parentId", "orgUnit.cycle");
        }
      }
    }
  }

  private OrgUnit find(long id) {
    return units.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }
}
