package de.fahrplan.shared.audit;

import de.fahrplan.shared.TenantContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: who changed what, when, old → new. Written in the same transaction as the
 * change, so a change without its record (or the reverse) cannot happen.
 */
@Service
public class AuditLog {

  /** One field's change. Values are shown as text. */
  public record Change(String field, String oldValue, String newValue) {}

  /** One event of an object's history. */
  /** One recorded event of an object of {@code type} ("Measure", "Paper" …). */
  public record Entry(
      String type, Instant occurredAt, String actor, String action, List<Change> changes) {}

  private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {};

  private final AuditEventRepository events;
  private final java.time.Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();

  AuditLog(AuditEventRepository events, java.time.Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void created(String type, long id, Map<String, ?> state) {
    record(type, id, "CREATED", diff(Map.of(), state));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void changed(String type, long id, Map<String, ?> before, Map<String, ?> after) {
    List<Change> changes = diff(before, after);
    if (!changes.isEmpty()) {
      record(type, id, "CHANGED", changes);
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void deleted(String type, long id, Map<String, ?> state) {
    record(type, id, "DELETED", diff(state, Map.of()));
  }

  /** Records an event with its own action name (e.g. a member added to a committee). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recorded(
      String type, long id, String action, Map<String, ?> before, Map<String, ?> after) {
    record(type, id, action, diff(before, after));
  }

  /** Records an event in a given tenant by a given actor (e.g. a user resetting their password). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordedFor(Long tenantId, String actor, String type, long id, String action) {
    events.save(new AuditEvent(clock.instant(), tenantId, actor, type, id, action, "[]"));
  }

  /** History of one object of the current tenant, newest first. */
  @Transactional(readOnly = true)
  public List<Entry> history(String type, long id) {
    return TenantContext.currentTenantId()
        .map(
            tenant ->
                events.findByTenantIdAndObjectTypeAndObjectIdOrderByOccurredAtDescIdDesc(
                    tenant, type, id))
        .orElseGet(List::of)
        .stream()
        .map(this::toEntry)
        .toList();
  }

  /** One recorded event of an object, with the object's id (for reports over many objects). */
  public record Event(long objectId, Instant occurredAt, String action, List<Change> changes) {}

  /**
   * Events of some actions on some objects of one type in the current tenant after a moment, oldest
   * first (e.g. the execution changes of a plan since the last report).
   */
  @Transactional(readOnly = true)
  public List<Event> since(
      String type,
      java.util.Collection<Long> ids,
      java.util.Collection<String> actions,
      Instant after) {
    Long tenant = TenantContext.currentTenantId().orElse(null);
    if (tenant == null || ids.isEmpty()) {
      return List.of();
    }
    return events
        .findByTenantIdAndObjectTypeAndObjectIdInAndActionInAndOccurredAtAfterOrderByOccurredAtAscIdAsc(
            tenant, type, ids, actions, after)
        .stream()
        .map(
            e ->
                new Event(
                    e.objectId(), e.occurredAt(), e.action(), json.readValue(e.changes(), CHANGES)))
        .toList();
  }

  /** History of a system-wide object (a municipality itself), newest first. */
  @Transactional(readOnly = true)
  public List<Entry> systemHistory(String type, long id) {
    return events
        .findByTenantIdIsNullAndObjectTypeAndObjectIdOrderByOccurredAtDescIdDesc(type, id)
        .stream()
        .map(this::toEntry)
        .toList();
  }

  /** Records an event of a system-wide object (tenant column empty). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void systemChanged(String type, long id, Map<String, ?> before, Map<String, ?> after) {
    List<Change> changes = diff(before, after);
    if (!changes.isEmpty()) {
      String action = before.isEmpty() ? "CREATED" : "CHANGED";
      events.save(
          new AuditEvent(
              clock.instant(),
              null,
              TenantContext.actorName(),
              type,
              id,
              action,
              json.writeValueAsString(changes)));
    }
  }

  /**
   * The fields whose text differs between two states. An empty text, list or map counts as no
   * value, so that creating an object with no tags does not record "no value → no value".
   */
  public static List<Change> diff(Map<String, ?> before, Map<String, ?> after) {
    Set<String> fields = new LinkedHashSet<>(before.keySet());
    fields.addAll(after.keySet());
    List<Change> changes = new ArrayList<>();
    for (String field : fields) {
      String oldValue = text(before.get(field));
      String newValue = text(after.get(field));
      if (!Objects.equals(oldValue, newValue)) {
        changes.add(new Change(field, oldValue, newValue));
      }
    }
    return changes;
  }

  private static String text(Object value) {
    boolean empty =
        value == null
            || value instanceof CharSequence cs && cs.toString().isBlank()
            || value instanceof java.util.Collection<?> c && c.isEmpty()
            || value instanceof Map<?, ?> m && m.isEmpty();
    return empty ? null : value.toString();
  }

  private void record(String type, long id, String action, List<Change> changes) {
    Long tenant = TenantContext.currentTenantId().orElse(null);
    events.save(
        new AuditEvent(
            clock.instant(),
            tenant,
            TenantContext.actorName(),
            type,
            id,
            action,
            json.writeValueAsString(changes)));
  }

  private Entry toEntry(AuditEvent e) {
    return new Entry(
        e.objectType(),
        e.occurredAt(),
        e.actor(),
        e.action(),
        json.readValue(e.changes(), CHANGES));
  }

  /** Helper for entities: an ordered map that allows null values. */
  public static Map<String, Object> state(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
