package de.fahrplan.oparl;

import de.fahrplan.shared.persistence.TenantRevisions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The objects a municipality's OParl server has shown, per list, and since when each is gone. Plain
 * SQL: a reconciliation writes thousands of rows at once, and nothing here is an entity with rules.
 */
@Repository
public class SeenObjects {

  /** A gone object: its paging key and since when it is gone. */
  public record Gone(long id, Instant since) {}

  private final JdbcTemplate jdbc;
  private final TenantRevisions revisions;

  SeenObjects(JdbcTemplate jdbc, TenantRevisions revisions) {
    this.jdbc = jdbc;
    this.revisions = revisions;
  }

  /**
   * Records what a list holds now: new objects are seen, objects seen before and missing now are
   * gone from {@code now} on, gone ones that are back are seen again. Returns how many went.
   */
  @Transactional
  public int reconcile(long tenant, String kind, Set<Long> current, Instant now) {
    Map<Long, Boolean> before = new HashMap<>(); // id -> still public when last seen
    jdbc.query(
        "select object_id, gone_at from oparl_seen where tenant_id = ? and kind = ?",
        rs -> {
          before.put(rs.getLong(1), rs.getTimestamp(2) == null);
        },
        tenant,
        kind);
    List<Object[]> added = new ArrayList<>();
    List<Object[]> back = new ArrayList<>();
    List<Object[]> went = new ArrayList<>();
    for (long id : current) {
      Boolean live = before.get(id);
      if (live == null) {
        added.add(new Object[] {tenant, kind, id});
      } else if (!live) {
        back.add(new Object[] {tenant, kind, id});
      }
    }
    Timestamp at = Timestamp.from(now);
    before.forEach(
        (id, live) -> {
          if (live && !current.contains(id)) {
            went.add(new Object[] {at, tenant, kind, id});
          }
        });
    jdbc.batchUpdate("insert into oparl_seen (tenant_id, kind, object_id) values (?, ?, ?)", added);
    jdbc.batchUpdate(
        "update oparl_seen set gone_at = null where tenant_id = ? and kind = ? and object_id = ?",
        back);
    jdbc.batchUpdate(
        "update oparl_seen set gone_at = ? where tenant_id = ? and kind = ? and object_id = ?",
        went);
    if (!back.isEmpty() || !went.isEmpty()) {
      revisions.changedInThisTransaction(tenant); // stubs appear or disappear in the lists
    }
    return went.size();
  }

  /** The gone objects of a list after {@code afterId}, gone within the bounds, in id order. */
  @Transactional(readOnly = true)
  public List<Gone> gone(
      long tenant, String kind, long afterId, Instant from, Instant to, int limit) {
    return jdbc.query(
        "select object_id, gone_at from oparl_seen where tenant_id = ? and kind = ?"
            + " and gone_at is not null and object_id > ? and gone_at >= ? and gone_at <= ?"
            + " order by object_id limit ?",
        (rs, i) -> new Gone(rs.getLong(1), rs.getTimestamp(2).toInstant()),
        tenant,
        kind,
        afterId,
        Timestamp.from(from),
        Timestamp.from(to),
        limit);
  }

  /** Since when the object is gone, if it is. */
  @Transactional(readOnly = true)
  public Optional<Instant> goneSince(long tenant, String kind, long id) {
    return jdbc
        .query(
            "select gone_at from oparl_seen where tenant_id = ? and kind = ? and object_id = ?"
                + " and gone_at is not null",
            (rs, i) -> rs.getTimestamp(1).toInstant(),
            tenant,
            kind,
            id)
        .stream()
        .findFirst();
  }
}
