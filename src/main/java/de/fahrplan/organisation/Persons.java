package de.fahrplan.organisation;

import de.fahrplan.organisation.internal.MembershipRepository;
import de.fahrplan.organisation.internal.OrgUnitRepository;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Persons of the current municipality. */
@Service
public class Persons {

  static final String AUDIT_TYPE = "Person";

  private final PersonRepository persons;
  private final OrgUnitRepository units;
  private final MembershipRepository memberships;
  private final AuditLog audit;
  private final List<OrganisationReferences> references;
  private final ApplicationEventPublisher events;

  Persons(
      PersonRepository persons,
      OrgUnitRepository units,
      MembershipRepository memberships,
      AuditLog audit,
      List<OrganisationReferences> references,
      ApplicationEventPublisher events) {
    this.references = references;
    this.events = events;
    this.persons = persons;
    this.units = units;
    this.memberships = memberships;
    this.audit = audit;
  }

  /** Search by name, e-mail or function (case-insensitive), optionally within one org unit. */
  @MemberOnly
  @Transactional(readOnly = true)
  public Page<PersonView> search(String query, Long orgUnitId, Pageable page) {
    return persons.search(Like.containing(query), orgUnitId, page).map(Person::view);
  }

  @MemberOnly
  @Lookup
  public PersonView get(long id) {
    return find(id).view();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<PersonView> byIds(List<Long> ids) {
    return persons.findAllById(ids).stream().map(Person::view).toList();
  }

  /**
   * The person the signed-in account belongs to: the one linked to it (Administration links them on
   * the account's page); an account nobody linked yet is still found by the e-mail of a person that
   * is linked to no account.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public Optional<PersonView> signedIn() {
    return de.fahrplan.shared.TenantContext.principal()
        .flatMap(
            p -> {
              if (p.account().isPresent()) {
                Optional<Person> linked = persons.findByAccountId(p.account().getAsLong());
                if (linked.isPresent()) {
                  return linked.map(Person::view);
                }
              }
              return p.auditName() == null
                  ? Optional.<PersonView>empty()
                  : persons.findByEmailAndAccountIdIsNull(p.auditName()).map(Person::view);
            });
  }

  /** The person linked to an account in this municipality. */
  @AdminOnly
  @Transactional(readOnly = true)
  public Optional<PersonView> ofAccount(long accountId) {
    return persons.findByAccountId(accountId).map(Person::view);
  }

  /** Account id → person of this municipality, for the list of accounts. */
  @AdminOnly
  @Transactional(readOnly = true)
  public Map<Long, PersonView> byAccount() {
    return persons.findByAccountIdIsNotNull().stream()
        .collect(java.util.stream.Collectors.toMap(Person::accountId, Person::view));
  }

  /**
   * Links an account to a person of this municipality (null: to none); the person's earlier link to
   * another account and the account's link to another person end. Returns the person linked before,
   * if any.
   */
  @AdminOnly
  @Transactional
  public Optional<PersonView> linkAccount(long accountId, Long personId) {
    Optional<Person> before = persons.findByAccountId(accountId);
    Optional<PersonView> earlier = before.map(Person::view);
    before.ifPresent(p -> p.linkAccount(null));
    persons.flush();
    if (personId != null) {
      find(personId).linkAccount(accountId);
      persons.flush();
    }
    return earlier;
  }

  @AdminOnly
  @Transactional
  public PersonView create(PersonInput input) {
    Person person = new Person(input);
    checkReferences(null, person);
    person = persons.saveAndFlush(person);
    audit.created(AUDIT_TYPE, person.getId(), person.auditState());
    return person.view();
  }

  @AdminOnly
  @Transactional
  public PersonView update(long id, Long expectedVersion, PersonInput input) {
    Person person = find(id);
    Versions.check(AUDIT_TYPE, person.getVersion(), expectedVersion);
    var before = person.auditState();
    boolean hadLeft = person.leftOn() != null;
    person.apply(input);
    checkReferences(id, person);
    persons.flush();
    audit.changed(AUDIT_TYPE, id, before, person.auditState());
    if (!hadLeft && person.leftOn() != null) {
      events.publishEvent(new PersonLeft(id, person.orgUnitId(), person.leftOn()));
    }
    return person.view();
  }

  @AdminOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Person person = find(id);
    Versions.check(AUDIT_TYPE, person.getVersion(), expectedVersion);
    if (memberships.existsByPersonId(id)) {
      throw new InvalidInputException(null, "person.hasMemberships");
    }
    if (references.stream().anyMatch(r -> r.usesPerson(id))) {
      throw new InvalidInputException(null, "person.inUse");
    }
    audit.deleted(AUDIT_TYPE, id, person.auditState());
    persons.delete(person);
  }

  @AdminOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    find(id);
    return audit.history(AUDIT_TYPE, id);
  }

  private void checkReferences(Long ownId, Person person) {
    if (person.orgUnitId() != null && !units.existsById(person.orgUnitId())) {
      throw new InvalidInputException("orgUnitId", "validation.unknownReference");
    }
    if (person.email() != null) {
      persons
          .findByEmail(person.email())
          .filter(other -> !other.getId().equals(ownId))
          .ifPresent(
              other -> {
                throw new InvalidInputException("email", "person.emailTaken", person.email());
              });
    }
  }

  private Person find(long id) {
    return persons.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }
}
