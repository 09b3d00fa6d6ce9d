package de.fahrplan.organisation;

import de.fahrplan.organisation.internal.Location;
import de.fahrplan.organisation.internal.LocationRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Lookup;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places where the current municipality's committees meet (OParl Location): kept by
 * Koordination, chosen in the meeting form, published with the municipality's OParl server.
 */
@Service
public class Locations {

  static final String AUDIT_TYPE = "Location";

  private final LocationRepository locations;
  private final List<OrganisationReferences> references;
  private final AuditLog audit;

  Locations(LocationRepository locations, List<OrganisationReferences> references, AuditLog audit) {
    this.locations = locations;
    this.references = references;
    this.audit = audit;
  }

  /** By description. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<LocationView> all() {
    return locations.findAllByOrderByDescriptionAscIdAsc().stream().map(Location::view).toList();
  }

  @MemberOnly
  @Lookup
  public LocationView get(long id) {
    return find(id).view();
  }

  /** The places among {@code ids} by id (a list of meetings names them). */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, LocationView> byIds(Collection<Long> ids) {
    return ids.isEmpty()
        ? Map.of()
        : locations.findByIdIn(ids).stream()
            .map(Location::view)
            .collect(Collectors.toMap(LocationView::id, Function.identity()));
  }

  @CoordinationOnly
  @Transactional
  public LocationView create(LocationInput input) {
    Location l = new Location(input);
    if (locations.findByDescription(l.description()).isPresent()) {
      throw new InvalidInputException("description", "location.descriptionTaken", l.description());
    }
    l = locations.saveAndFlush(l);
    audit.created(AUDIT_TYPE, l.getId(), l.auditState());
    return l.view();
  }

  /**
   * The places with the inputs' descriptions by description, created where the municipality does
   * not know them yet; a known place keeps its own address (the import of a Ratsinformationssystem
   * and the demo name places by their description).
   */
  @CoordinationOnly
  @Transactional
  public Map<String, LocationView> ensure(Collection<LocationInput> inputs) {
    Map<String, LocationInput> wanted = new java.util.LinkedHashMap<>();
    for (LocationInput in : inputs) {
      wanted.putIfAbsent(new Location(in).description(), in);
    }
    Map<String, LocationView> found =
        wanted.isEmpty()
            ? new java.util.HashMap<>()
            : locations.findByDescriptionIn(wanted.keySet()).stream()
                .map(Location::view)
                .collect(
                    Collectors.toMap(
                        LocationView::description,
                        Function.identity(),
                        (a, b) -> a,
                        java.util.HashMap::new));
    wanted.forEach((description, in) -> found.computeIfAbsent(description, d -> create(in)));
    return found;
  }

  @CoordinationOnly
  @Transactional
  public LocationView update(long id, Long expectedVersion, LocationInput input) {
    Location l = find(id);
    Versions.check(AUDIT_TYPE, l.getVersion(), expectedVersion);
    // checked on a copy first: a query would flush the changed place into the unique index
    String description = new Location(input).description();
    if (locations.existsByDescriptionAndIdNot(description, id)) {
      throw new InvalidInputException("description", "location.descriptionTaken", description);
    }
    var before = l.auditState();
    l.apply(input);
    locations.flush();
    audit.changed(AUDIT_TYPE, id, before, l.auditState());
    return l.view();
  }

  /** Refused while a meeting takes place there. */
  @CoordinationOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Location l = find(id);
    Versions.check(AUDIT_TYPE, l.getVersion(), expectedVersion);
    if (references.stream().anyMatch(r -> r.usesLocation(id))) {
      throw new InvalidInputException(null, "location.inUse", l.description());
    }
    audit.deleted(AUDIT_TYPE, id, l.auditState());
    locations.delete(l);
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    find(id);
    return audit.history(AUDIT_TYPE, id);
  }

  private Location find(long id) {
    return locations.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }
}
