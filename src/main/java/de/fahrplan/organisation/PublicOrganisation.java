package de.fahrplan.organisation;

import de.fahrplan.organisation.internal.LegislativeTerm;
import de.fahrplan.organisation.internal.LegislativeTermRepository;
import de.fahrplan.organisation.internal.Location;
import de.fahrplan.organisation.internal.LocationRepository;
import de.fahrplan.organisation.internal.Membership;
import de.fahrplan.organisation.internal.MembershipRepository;
import de.fahrplan.organisation.internal.OrgUnit;
import de.fahrplan.organisation.internal.OrgUnitRepository;
import de.fahrplan.organisation.internal.Organization;
import de.fahrplan.organisation.internal.OrganizationRepository;
import de.fahrplan.organisation.internal.Person;
import de.fahrplan.organisation.internal.PersonRepository;
import de.fahrplan.shared.PublicationWindow;
import de.fahrplan.shared.Published;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the current municipality publishes of its organisation (OParl): the committees it marked
 * published, their members who agreed to appear – with their names only, never e-mail, phone or
 * function – and the seats between the two; its Wahlperioden and the places where committees meet;
 * its org units where it publishes its organisation chart. The rule stands in the repositories'
 * {@code PUBLISHED} queries, nowhere else. No role check: anyone may read what is published; the
 * caller chooses the municipality (one that publishes).
 */
@Service
public class PublicOrganisation {

  /** A published committee with its published seats. */
  public record Committee(
      long id,
      String name,
      String shortName,
      OrganizationClassification classification,
      LocalDate startDate,
      LocalDate endDate,
      List<Long> seatIds,
      Instant created,
      Instant modified) {}

  /** A person who agreed to appear, with the seats in published committees. */
  public record Member(
      long id,
      String title,
      String givenName,
      String familyName,
      List<Seat> seats,
      Instant created,
      Instant modified) {

    /** "Dr. Linda Schütt". */
    public String name() {
      return (title == null ? "" : title + " ") + givenName + " " + familyName;
    }
  }

  /** An org unit of a municipality that publishes its organisation chart (Verwaltungsbereich). */
  public record Unit(
      long id,
      String code,
      String name,
      Long parentId,
      LocalDate validFrom,
      LocalDate validUntil,
      Instant created,
      Instant modified) {}

  /** A published membership (Sitz). */
  public record Seat(
      long id,
      long personId,
      long organizationId,
      MembershipRole role,
      boolean votingRight,
      LocalDate startDate,
      LocalDate endDate,
      Instant created,
      Instant modified) {}

  private final OrganizationRepository organizations;
  private final PersonRepository persons;
  private final MembershipRepository memberships;
  private final LegislativeTermRepository terms;
  private final LocationRepository locations;
  private final OrgUnitRepository units;

  PublicOrganisation(
      OrganizationRepository organizations,
      PersonRepository persons,
      MembershipRepository memberships,
      LegislativeTermRepository terms,
      LocationRepository locations,
      OrgUnitRepository units) {
    this.organizations = organizations;
    this.persons = persons;
    this.memberships = memberships;
    this.terms = terms;
    this.locations = locations;
    this.units = units;
  }

  /** The org units, where the municipality publishes its organisation chart; else none. */
  @Transactional(readOnly = true)
  public List<Unit> units(PublicationWindow w) {
    return units.published(w, w.oneMore()).stream().map(PublicOrganisation::unit).toList();
  }

  @Transactional(readOnly = true)
  public Optional<Unit> unit(long id) {
    return units.findPublished(id).map(PublicOrganisation::unit);
  }

  private static Unit unit(OrgUnit u) {
    return new Unit(
        u.getId(),
        u.code(),
        u.name(),
        u.parentId(),
        u.validFrom(),
        u.validUntil(),
        u.created(),
        u.modified());
  }

  /** The places where committees meet: public with the municipality's publication. */
  @Transactional(readOnly = true)
  public List<LocationView> locations(PublicationWindow w) {
    return locations.published(w, w.oneMore()).stream().map(Location::view).toList();
  }

  @Transactional(readOnly = true)
  public Optional<LocationView> location(long id) {
    return locations.findById(id).map(Location::view);
  }

  /** The places among {@code ids} by id (published meetings name them). */
  @Transactional(readOnly = true)
  public Map<Long, LocationView> locations(Collection<Long> ids) {
    return ids.isEmpty()
        ? Map.of()
        : locations.findByIdIn(ids).stream()
            .map(Location::view)
            .collect(Collectors.toMap(LocationView::id, v -> v));
  }

  /** The Wahlperioden: public with the municipality's publication. */
  @Transactional(readOnly = true)
  public List<LegislativeTermView> terms(PublicationWindow w) {
    return terms.published(w, w.oneMore()).stream().map(LegislativeTerm::view).toList();
  }

  /** All Wahlperioden, newest first (the body embeds them). */
  @Transactional(readOnly = true)
  public List<LegislativeTermView> terms() {
    return terms.findAllByOrderByStartDateDescIdDesc().stream().map(LegislativeTerm::view).toList();
  }

  @Transactional(readOnly = true)
  public Optional<LegislativeTermView> term(long id) {
    return terms.findById(id).map(LegislativeTerm::view);
  }

  /** A window of the published committees; withdrawn ones as deleted stubs when it asks. */
  @Transactional(readOnly = true)
  public List<Published<Committee>> committees(PublicationWindow w) {
    List<Organization> page = organizations.published(w, w.oneMore());
    Map<Long, List<Long>> seats =
        page.isEmpty()
            ? Map.of()
            : memberships
                .publishedOfOrganizations(page.stream().map(Organization::getId).toList())
                .stream()
                .collect(
                    Collectors.groupingBy(
                        Membership::organizationId,
                        Collectors.mapping(Membership::getId, Collectors.toList())));
    return page.stream().map(o -> published(o, seats.getOrDefault(o.getId(), List.of()))).toList();
  }

  /** A published committee, or the stub of one whose publication was withdrawn. */
  @Transactional(readOnly = true)
  public Optional<Published<Committee>> committee(long id) {
    return organizations
        .findByIdAndWasPublishedTrue(id)
        .map(
            o ->
                published(
                    o,
                    memberships.publishedOfOrganizations(List.of(id)).stream()
                        .map(Membership::getId)
                        .toList()));
  }

  private static Published<Committee> published(Organization o, List<Long> seats) {
    return o.withdrawn()
        ? Published.deleted(o.getId(), o.modified())
        : new Published<>(o.getId(), o.modified(), committee(o, seats));
  }

  /** Names of the published committees by id (meetings and consultations name them). */
  @Transactional(readOnly = true)
  public Map<Long, String> committeeNames() {
    return organizations.findByPublishedTrue().stream()
        .collect(Collectors.toMap(Organization::getId, Organization::name));
  }

  @Transactional(readOnly = true)
  public List<Member> members(PublicationWindow w) {
    return withSeats(persons.published(w, w.oneMore()));
  }

  @Transactional(readOnly = true)
  public Optional<Member> member(long id) {
    return persons.findPublished(id).map(p -> withSeats(List.of(p)).getFirst());
  }

  @Transactional(readOnly = true)
  public List<Seat> seats(PublicationWindow w) {
    return memberships.published(w, w.oneMore()).stream().map(PublicOrganisation::seat).toList();
  }

  @Transactional(readOnly = true)
  public Optional<Seat> seat(long id) {
    return memberships.findPublished(id).map(PublicOrganisation::seat);
  }

  private List<Member> withSeats(Collection<Person> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Seat>> seats =
        memberships.publishedOfPersons(people.stream().map(Person::getId).toList()).stream()
            .map(PublicOrganisation::seat)
            .collect(Collectors.groupingBy(Seat::personId));
    return people.stream()
        .map(
            p ->
                new Member(
                    p.getId(),
                    p.title(),
                    p.givenName(),
                    p.familyName(),
                    seats.getOrDefault(p.getId(), List.of()),
                    p.created(),
                    p.modified()))
        .toList();
  }

  private static Committee committee(Organization o, List<Long> seatIds) {
    OrganizationView v = o.view(seatIds.size());
    return new Committee(
        o.getId(),
        v.name(),
        v.shortName(),
        v.classification(),
        v.startDate(),
        v.endDate(),
        seatIds,
        o.created(),
        o.modified());
  }

  private static Seat seat(Membership m) {
    return new Seat(
        m.getId(),
        m.personId(),
        m.organizationId(),
        m.role(),
        m.votingRight(),
        m.startDate(),
        m.endDate(),
        m.created(),
        m.modified());
  }
}
