package de.fahrplan.oparl.internal;

import static de.fahrplan.oparl.internal.OParlObject.cut;

import de.fahrplan.organisation.MembershipInput;
import de.fahrplan.organisation.MembershipRole;
import de.fahrplan.organisation.MembershipView;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.organisation.PersonInput;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The RIS's persons with their memberships: a person who sits in a committee mapped to an own one
 * is matched to an own person by name (or created, without e-mail and not published), and each such
 * membership is added or brought up to date there; a seat the import made or found for a RIS
 * membership goes when the RIS no longer lists that membership for its person (or deletes the
 * person). Persons only in groups Fahrplan does not know (factions, parties) are left out;
 * Fahrplan's own data of a person, and the seats entered by hand, are never touched.
 */
@Component
class PersonImport {

  private final PersonMappingRepository mappings;
  private final MembershipMappingRepository seatMappings;
  private final Persons persons;
  private final Organizations organizations;

  PersonImport(
      PersonMappingRepository mappings,
      MembershipMappingRepository seatMappings,
      Persons persons,
      Organizations organizations) {
    this.mappings = mappings;
    this.seatMappings = seatMappings;
    this.persons = persons;
    this.organizations = organizations;
  }

  /** What one run knows about persons. */
  final class People {
    final long sourceId;
    final Map<String, Long> mapped = new HashMap<>();
    final Map<String, Long> byName = new HashMap<>();
    final Set<String> ambiguous = new HashSet<>();
    final Map<Long, List<MembershipView>> members = new HashMap<>();
    final Map<String, MembershipMapping> seats = new HashMap<>();

    People(long sourceId) {
      this.sourceId = sourceId;
    }
  }

  People start(long sourceId) {
    People people = new People(sourceId);
    mappings.findBySourceId(sourceId).forEach(m -> people.mapped.put(m.externalId(), m.personId()));
    seatMappings.findBySourceId(sourceId).forEach(m -> people.seats.put(m.externalId(), m));
    for (PersonView p : persons.search(null, null, Pageable.unpaged()).getContent()) {
      String key = key(p.givenName(), p.familyName());
      if (people.byName.putIfAbsent(key, p.id()) != null) {
        people.ambiguous.add(key);
      }
    }
    return people;
  }

  /**
   * One list page of persons; {@code committee} gives the own committee of a RIS organization URL
   * (null: not mapped). Returns how many persons were read.
   */
  int page(
      People people,
      List<OParlObject> page,
      Function<String, Long> committee,
      BiConsumer<String, String> problem) {
    int read = 0;
    for (OParlObject o : page) {
      if (o.deleted()) {
        Long known = people.mapped.get(o.id());
        if (known != null) {
          removeSeatsBut(people, known, Set.of());
        }
        continue;
      }
      Long own = person(people, o, problem);
      if (own == null) {
        continue;
      }
      read++;
      Set<String> listed = new HashSet<>();
      for (OParlObject m : o.objects("membership")) {
        Long organization =
            m.url("organization") == null ? null : committee.apply(m.url("organization"));
        if (!m.deleted() && organization != null) {
          membership(people, own, organization, m);
          listed.add(m.id());
        }
      }
      removeSeatsBut(people, own, listed);
    }
    return read;
  }

  /** The seats the import made for the person's RIS memberships, but for those still listed. */
  private void removeSeatsBut(People people, long person, Set<String> listed) {
    List<MembershipMapping> gone =
        people.seats.values().stream()
            .filter(s -> s.personId() == person && !listed.contains(s.externalId()))
            .toList();
    for (MembershipMapping s : gone) {
      organizations.removeMember(s.organizationId(), s.membershipId(), null);
      seatMappings.delete(s);
      people.seats.remove(s.externalId());
      List<MembershipView> cached = people.members.get(s.organizationId());
      if (cached != null) {
        cached.removeIf(v -> v.id().equals(s.membershipId()));
      }
    }
  }

  private Long person(People people, OParlObject o, BiConsumer<String, String> problem) {
    Long known = people.mapped.get(o.id());
    if (known != null) {
      return known;
    }
    String given = o.text("givenName");
    String family = o.text("familyName");
    if (family == null && o.text("name") != null) {
      String name = o.text("name");
      int last = name.lastIndexOf(' ');
      family = last < 0 ? name : name.substring(last + 1);
      given = last < 0 ? null : name.substring(0, last);
    }
    if (family == null || given == null) {
      problem.accept(o.id(), "Person ohne Vor- und Nachnamen übersprungen.");
      return null;
    }
    String key = key(given, family);
    if (people.ambiguous.contains(key)) {
      problem.accept(
          o.id(), "„" + given + " " + family + "“ gibt es in Fahrplan mehrfach; nicht zugeordnet.");
      return null;
    }
    Long own = people.byName.get(key);
    if (own == null) {
      PersonInput in = new PersonInput();
      in.title = o.texts("title").isEmpty() ? null : cut(String.join(" ", o.texts("title")), 60);
      in.givenName = cut(given, 100);
      in.familyName = cut(family, 100);
      own = persons.create(in).id();
      people.byName.put(key, own);
    }
    mappings.save(new PersonMapping(people.sourceId, o.id(), own));
    people.mapped.put(o.id(), own);
    return own;
  }

  private void membership(People people, long person, long organization, OParlObject m) {
    MembershipInput in = new MembershipInput();
    in.personId = person;
    in.role = roleOf(m.text("role"));
    boolean advisory =
        in.role == MembershipRole.BERATENDES_MITGLIED || in.role == MembershipRole.INFORMIERT;
    in.votingRight = !advisory && (m.text("votingRight") == null || m.bool("votingRight"));
    in.startDate = m.date("startDate");
    LocalDate end = m.date("endDate");
    in.endDate = end != null && in.startDate != null && end.isBefore(in.startDate) ? null : end;
    List<MembershipView> members =
        people.members.computeIfAbsent(
            organization, id -> new ArrayList<>(organizations.members(id)));
    MembershipView now =
        members.stream()
            .filter(v -> v.personId().equals(person))
            .filter(v -> Objects.equals(v.startDate(), in.startDate) || v.startDate() == null)
            .findFirst()
            .orElse(null);
    MembershipView seat = now;
    if (now == null) {
      seat = organizations.addMember(organization, in);
      members.add(seat);
    } else if (now.role() != in.role
        || now.votingRight() != in.votingRight
        || !Objects.equals(now.startDate(), in.startDate)
        || !Objects.equals(now.endDate(), in.endDate)) {
      members.remove(now);
      seat = organizations.updateMember(organization, now.id(), now.version(), in);
      members.add(seat);
    }
    if (m.id() != null && !people.seats.containsKey(m.id())) {
      people.seats.put(
          m.id(),
          seatMappings.save(
              new MembershipMapping(people.sourceId, m.id(), person, organization, seat.id())));
    }
  }

  /** OParl's role is free text („Vorsitzender“, „stellv. Mitglied“ …). */
  static MembershipRole roleOf(String role) {
    String r = role == null ? "" : role.toLowerCase(Locale.GERMAN);
    if (r.contains("stellv") && r.contains("vorsitz")) {
      return MembershipRole.STELLV_VORSITZ;
    }
    if (r.contains("vorsitz")) {
      return MembershipRole.VORSITZ;
    }
    if (r.contains("beratend") || r.contains("sachkundig")) {
      return MembershipRole.BERATENDES_MITGLIED;
    }
    return MembershipRole.MITGLIED;
  }

  private static String key(String given, String family) {
    String g = OParlObject.clean(given);
    String f = OParlObject.clean(family);
    return ((g == null ? "" : g) + "|" + (f == null ? "" : f)).toLowerCase(Locale.GERMAN);
  }
}
