package de.fahrplan.organisation;

import de.fahrplan.organisation.internal.Membership;
import de.fahrplan.organisation.internal.MembershipRepository;
import de.fahrplan.organisation.internal.Organization;
import de.fahrplan.organisation.internal.OrganizationRepository;
import de.fahrplan.organisation.internal.Person;
import de.fahrplan.organisation.internal.PersonRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Lookup;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.Like;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Councils, committees, boards and working groups of the current municipality, with members. */
@Service
public class Organizations {

  static final String AUDIT_TYPE = "Organization";
  static final String MEMBERSHIP_AUDIT_TYPE = "Membership";

  private final OrganizationRepository organizations;
  private final MembershipRepository memberships;
  private final PersonRepository persons;
  private final AuditLog audit;
  private final List<OrganisationReferences> references;

  Organizations(
      OrganizationRepository organizations,
      MembershipRepository memberships,
      PersonRepository persons,
      AuditLog audit,
      List<OrganisationReferences> references) {
    this.references = references;
    this.organizations = organizations;
    this.memberships = memberships;
    this.persons = persons;
    this.audit = audit;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public Page<OrganizationView> search(String query, Pageable page) {
    Page<Organization> found = organizations.search(Like.containing(query), page);
    return new org.springframework.data.domain.PageImpl<>(
        withMemberCounts(found.getContent()), found.getPageable(), found.getTotalElements());
  }

  /** Whether a committee of this id exists in the current municipality. */
  @MemberOnly
  @Transactional(readOnly = true)
  public boolean exists(long id) {
    return organizations.existsById(id);
  }

  @MemberOnly
  @Lookup
  public OrganizationView get(long id) {
    return withMemberCounts(List.of(find(id))).getFirst();
  }

  /** The committees of these ids (two queries); ids not found are left out. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<OrganizationView> byIds(java.util.Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : withMemberCounts(organizations.findAllById(ids));
  }

  private List<OrganizationView> withMemberCounts(List<Organization> found) {
    Map<Long, Long> counts = new HashMap<>();
    List<Long> ids = found.stream().map(Organization::getId).toList();
    if (!ids.isEmpty()) {
      memberships
          .countByOrganizationIds(ids)
          .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    }
    return found.stream().map(o -> o.view(counts.getOrDefault(o.getId(), 0L))).toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<MembershipView> members(long organizationId) {
    find(organizationId);
    List<Membership> list = memberships.findByOrganizationId(organizationId);
    Map<Long, Person> people =
        persons.findAllById(list.stream().map(Membership::personId).toList()).stream()
            .collect(Collectors.toMap(Person::getId, Function.identity()));
    return list.stream()
        .map(m -> view(m, people.get(m.personId())))
        .sorted(
            Comparator.comparing((MembershipView v) -> v.role().ordinal())
                .thenComparing(MembershipView::personName))
        .toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public MembershipView membership(long organizationId, long membershipId) {
    Membership m = findMembership(organizationId, membershipId);
    return view(m, persons.findById(m.personId()).orElse(null));
  }

  @AdminOnly
  @Transactional
  public OrganizationView create(OrganizationInput input) {
    Organization o = new Organization(input);
    if (organizations.existsByName(input.name)) {
      throw new InvalidInputException("name", "organization.nameTaken", input.name);
    }
    o = organizations.saveAndFlush(o);
    audit.created(AUDIT_TYPE, o.getId(), o.auditState());
    return o.view(0);
  }

  @AdminOnly
  @Transactional
  public OrganizationView update(long id, Long expectedVersion, OrganizationInput input) {
    Organization o = find(id);
    Versions.check(AUDIT_TYPE, o.getVersion(), expectedVersion);
    var before = o.auditState();
    o.apply(input);
    if (organizations.existsByNameAndIdNot(input.name, id)) {
      throw new InvalidInputException("name", "organization.nameTaken", input.name);
    }
    organizations.flush();
    audit.changed(AUDIT_TYPE, id, before, o.auditState());
    return o.view(memberships.findByOrganizationId(id).size());
  }

  /** Deletes the organization together with its memberships (each recorded in the history). */
  @AdminOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Organization o = find(id);
    Versions.check(AUDIT_TYPE, o.getVersion(), expectedVersion);
    if (references.stream().anyMatch(r -> r.usesOrganization(id))) {
      throw new InvalidInputException(null, "organization.inUse", o.name());
    }
    memberships.deleteAll(memberships.findByOrganizationId(id));
    audit.deleted(AUDIT_TYPE, id, o.auditState());
    organizations.delete(o);
  }

  @AdminOnly
  @Transactional
  public MembershipView addMember(long organizationId, MembershipInput input) {
    find(organizationId);
    Membership m = new Membership(organizationId, input);
    Person person = person(input.personId);
    m = memberships.saveAndFlush(m);
    audit.recorded(AUDIT_TYPE, organizationId, "MEMBER_ADDED", Map.of(), memberState(m, person));
    return view(m, person);
  }

  @AdminOnly
  @Transactional
  public MembershipView updateMember(
      long organizationId, long membershipId, Long expectedVersion, MembershipInput input) {
    Membership m = findMembership(organizationId, membershipId);
    Versions.check(MEMBERSHIP_AUDIT_TYPE, m.getVersion(), expectedVersion);
    var before = memberState(m, persons.findById(m.personId()).orElse(null));
    m.apply(input);
    Person person = person(input.personId);
    memberships.flush();
    audit.recorded(AUDIT_TYPE, organizationId, "MEMBER_CHANGED", before, memberState(m, person));
    return view(m, person);
  }

  @AdminOnly
  @Transactional
  public void removeMember(long organizationId, long membershipId, Long expectedVersion) {
    Membership m = findMembership(organizationId, membershipId);
    Versions.check(MEMBERSHIP_AUDIT_TYPE, m.getVersion(), expectedVersion);
    audit.recorded(
        AUDIT_TYPE,
        organizationId,
        "MEMBER_REMOVED",
        memberState(m, persons.findById(m.personId()).orElse(null)),
        Map.of());
    memberships.delete(m);
  }

  @AdminOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    find(id);
    return audit.history(AUDIT_TYPE, id);
  }

  private Person person(Long personId) {
    return persons
        .findById(personId)
        .orElseThrow(() -> new InvalidInputException("personId", "validation.unknownReference"));
  }

  /** A membership as the organization's history shows it: who, in which role, from/until. */
  private static Map<String, Object> memberState(Membership m, Person p) {
    return AuditLog.state(
        "person", p == null ? "#" + m.personId() : p.view().displayName(),
        "role", m.role(),
        "votingRight", m.votingRight(),
        "startDate", m.startDate(),
        "endDate", m.endDate());
  }

  private static MembershipView view(Membership m, Person p) {
    return new MembershipView(
        m.getId(),
        m.organizationId(),
        m.personId(),
        p == null ? "?" : p.view().displayName(),
        m.role(),
        m.votingRight(),
        m.startDate(),
        m.endDate(),
        m.getVersion());
  }

  private Organization find(long id) {
    return organizations.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }

  private Membership findMembership(long organizationId, long membershipId) {
    return memberships
        .findById(membershipId)
        .filter(m -> m.organizationId().equals(organizationId))
        .orElseThrow(() -> new NotFoundException(MEMBERSHIP_AUDIT_TYPE));
  }
}
