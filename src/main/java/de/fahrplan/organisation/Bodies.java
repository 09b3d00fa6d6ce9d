package de.fahrplan.organisation;

import de.fahrplan.organisation.internal.Body;
import de.fahrplan.organisation.internal.BodyRepository;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.OperatorOnly;
import de.fahrplan.shared.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Municipalities (tenants). Operators create and change any; a municipality's admin changes only
 * their own. Nobody reads another municipality through this facade unless operator.
 */
@Service
public class Bodies {

  /**
   * An operator asked for an administrator of a municipality. Handled synchronously by identity
   * (account, role, welcome mail), in the same transaction: either all of it happens or nothing.
   */
  public record AdministratorInvited(long bodyId, String email, String displayName) {}

  /** Logo bytes with their content type. */
  public record Logo(String contentType, byte[] bytes) {}

  static final String AUDIT_TYPE = "Body";

  private final BodyRepository bodies;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;

  private final java.time.Clock clock;

  Bodies(
      BodyRepository bodies,
      AuditLog audit,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      java.time.Clock clock) {
    this.bodies = bodies;
    this.clock = clock;
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  @OperatorOnly
  @Transactional(readOnly = true)
  public List<BodyView> all() {
    return bodies.findAllByOrderByNameAsc().stream().map(Body::view).toList();
  }

  /**
   * Names of the given municipalities (for the header's switch); no role check: names only. Every
   * page asks: one statement on a pooled connection, without a transaction and a Hibernate session
   * of its own – those cost the page two more round trips to the database and a query translation
   * (docs/performance.md).
   */
  public Map<Long, String> names(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("select id, name from body where id in (:ids)")
        .param("ids", ids)
        .query((row, n) -> Map.entry(row.getLong(1), row.getString(2)))
        .list() // not stream(): that keeps the connection until the stream is closed
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * Names of all municipalities of this installation, by id (partners of intermunicipal measures).
   * Names are public; nothing else is shown.
   */
  @de.fahrplan.shared.security.MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, String> directory() {
    Map<Long, String> result = new java.util.LinkedHashMap<>();
    bodies.findAllByOrderByNameAsc().forEach(b -> result.put(b.getId(), b.name()));
    return result;
  }

  /** Ids of all municipalities, for system jobs that work per municipality (reminders). */
  @Transactional(readOnly = true)
  public List<Long> ids() {
    return bodies.findAllByOrderByNameAsc().stream().map(Body::getId).toList();
  }

  /** The municipalities that publish their council data over OParl, by id (anyone may ask). */
  @Transactional(readOnly = true)
  public List<BodyView> publishingOParl() {
    return bodies.publishingOParl();
  }

  /** The municipality with this slug, if it publishes over OParl (anyone may ask). */
  @Transactional(readOnly = true)
  public Optional<BodyView> publishingOParl(String slug) {
    return bodies.publishingOParl(slug);
  }

  /** Id of a municipality by its URL slug (public pages, OIDC role mapping). */
  @Transactional(readOnly = true)
  public Optional<Long> idBySlug(String slug) {
    return bodies.findBySlug(slug).map(Body::getId);
  }

  @Transactional(readOnly = true)
  public BodyView get(long id) {
    return readable(id).view();
  }

  /** For the edit form: only who may change it (operator, or the municipality's admin). */
  @Transactional(readOnly = true)
  public BodyView getForEdit(long id) {
    return writable(id).view();
  }

  @Transactional(readOnly = true)
  public Optional<Logo> logo(long id) {
    Body body = readable(id);
    byte[] bytes = body.logo();
    return bytes == null ? Optional.empty() : Optional.of(new Logo(body.logoType(), bytes));
  }

  @OperatorOnly
  @Transactional
  public BodyView create(BodyInput input) {
    Body body = new Body(input, clock.instant());
    checkUnique(body.slug(), body.ags(), -1L);
    body = bodies.saveAndFlush(body);
    audit.systemChanged(AUDIT_TYPE, body.getId(), Map.of(), body.auditState());
    return body.view();
  }

  /** Creates a municipality together with its first administrator (all or nothing). */
  @OperatorOnly
  @Transactional
  public BodyView createWithAdministrator(
      BodyInput input, String adminEmail, String adminName, Logo logo) {
    Rules rules = new Rules().required("adminEmail", adminEmail).required("adminName", adminName);
    try {
      new Body(input, clock.instant());
    } catch (de.fahrplan.shared.InvalidInputException e) {
      e.violations().forEach(v -> rules.add(v.field(), v.code(), v.args()));
    }
    rules.throwIfAny();
    BodyView body = create(input);
    if (logo != null) {
      body = update(body.id(), body.version(), input, logo);
    }
    inviteAdministrator(body.id(), adminEmail, adminName);
    return body;
  }

  /** Gives a person the Administration role of a municipality (new accounts get a welcome mail). */
  @Transactional
  public void inviteAdministrator(long bodyId, String email, String displayName) {
    readable(bodyId); // another municipality's id: 404 before any role check
    if (!TenantContext.isOperator()) {
      throw new AccessDeniedException("operator only");
    }
    new Rules()
        .required("adminEmail", email)
        .email("adminEmail", email)
        .required("adminName", displayName)
        .maxLength("adminName", displayName, 200)
        .throwIfAny();
    events.publishEvent(new AdministratorInvited(bodyId, email, displayName));
  }

  @Transactional
  public BodyView update(long id, Long expectedVersion, BodyInput input) {
    return update(id, expectedVersion, input, null);
  }

  /** Changes master data and (if given) the logo in one transaction: both or neither. */
  @Transactional
  public BodyView update(long id, Long expectedVersion, BodyInput input, Logo logo) {
    Body body = writable(id);
    Versions.check(AUDIT_TYPE, body.getVersion(), expectedVersion);
    Map<String, Object> before = body.auditState();
    body.apply(input);
    if (logo != null) {
      body.replaceLogo(logo.contentType(), logo.bytes());
    }
    checkUnique(body.slug(), body.ags(), id);
    bodies.flush();
    audit.systemChanged(AUDIT_TYPE, id, before, body.auditState());
    return body.view();
  }

  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    writable(id);
    return audit.systemHistory(AUDIT_TYPE, id);
  }

  private void checkUnique(String slug, String ags, long ownId) {
    Rules rules = new Rules();
    rules.check(!bodies.existsBySlugAndIdNot(slug, ownId), "slug", "body.slugTaken");
    rules.check(!bodies.existsByAgsAndIdNot(ags, ownId), "ags", "body.agsTaken");
    rules.throwIfAny();
  }

  private Body readable(long id) {
    if (!TenantContext.isOperator()
        && !TenantContext.currentTenantId().map(t -> t == id).orElse(false)) {
      throw new NotFoundException(AUDIT_TYPE);
    }
    return bodies.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }

  /** Operators change any municipality, an admin only their own; others get 404 or 403. */
  private Body writable(long id) {
    Body body = readable(id);
    if (!TenantContext.isOperator() && !TenantContext.hasAnyRole(Role.ADMIN)) {
      throw new AccessDeniedException("admin or operator only");
    }
    return body;
  }
}
