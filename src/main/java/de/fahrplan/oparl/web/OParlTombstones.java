package de.fahrplan.oparl.web;

import de.fahrplan.oparl.SeenObjects;
import de.fahrplan.oparl.web.OParlLists.Row;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.BodyView;
import de.fahrplan.shared.PublicationWindow;
import de.fahrplan.shared.TenantContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deleted stubs for objects that leave the OParl server without one of their own: a person whose
 * consent was withdrawn or whose last published seat ended, a membership removed, a committee
 * deleted for good, the meetings, agenda items and consultations of a withdrawn committee, an org
 * unit, a place, a Wahlperiode. Every few minutes each list of each publishing municipality is read
 * whole, exactly as a portal reads it, and compared with what it held before ({@link SeenObjects});
 * what is missing is gone from then on and is listed as {@code deleted: true} to a client that asks
 * for the changes since a time, and answered as a stub at its URL. Objects that come back are live
 * again.
 */
@Component
public class OParlTombstones {

  private static final Logger log = LoggerFactory.getLogger(OParlTombstones.class);

  private final OParlLists lists;
  private final SeenObjects seen;
  private final Bodies bodies;
  private final MessageSource messages;
  private final Clock clock;

  OParlTombstones(
      OParlLists lists, SeenObjects seen, Bodies bodies, MessageSource messages, Clock clock) {
    this.lists = lists;
    this.seen = seen;
    this.bodies = bodies;
    this.messages = messages;
    this.clock = clock;
  }

  /** Every publishing municipality, on the schedule ({@code fahrplan.oparl.tombstones-every}). */
  @Scheduled(
      fixedDelayString = "${fahrplan.oparl.tombstones-every:PT5M}",
      initialDelayString = "${fahrplan.oparl.tombstones-every:PT5M}")
  public void reconcileAll() {
    for (BodyView b : bodies.publishingOParl()) {
      try {
        reconcile(b);
      } catch (RuntimeException e) {
        log.warn("OParl tombstones of {} not brought up to date: {}", b.slug(), e.toString());
      }
    }
  }

  /** Compares every list of the municipality with what it held at the last reconciliation. */
  public void reconcile(BodyView b) {
    OParlObjects o = new OParlObjects("", b.slug(), messages);
    var now = clock.instant();
    for (String kind : lists.names()) {
      Set<Long> current = new HashSet<>();
      long after = 0;
      List<Row> page;
      do {
        PublicationWindow w =
            new PublicationWindow(after, OParlController.MAX_LIMIT, null, null, null, null);
        page = TenantContext.callAs(b.id(), () -> lists.kind(kind).rows().apply(o, w));
        page.forEach(r -> current.add(r.id()));
        after = page.isEmpty() ? after : page.getLast().id();
      } while (page.size() > OParlController.MAX_LIMIT);
      seen.reconcile(b.id(), kind, current, now);
    }
  }

  /**
   * A window of a list with the stubs of its gone objects merged in by id (an object's own stub or
   * row wins), at most one more than the window's limit.
   */
  List<Row> withGone(
      long tenant, String kind, OParlObjects o, PublicationWindow w, List<Row> rows) {
    Set<Long> listed = rows.stream().map(Row::id).collect(Collectors.toSet());
    List<Row> merged = new ArrayList<>(rows);
    for (SeenObjects.Gone g :
        seen.gone(tenant, kind, w.afterId(), w.modifiedFrom(), w.modifiedTo(), w.limit() + 1)) {
      if (!listed.contains(g.id())) {
        merged.add(new Row(g.id(), o.gone(kind, lists.kind(kind).type(), g.id(), g.since())));
      }
    }
    merged.sort(Comparator.comparingLong(Row::id));
    return merged.size() > w.limit() + 1 ? merged.subList(0, w.limit() + 1) : merged;
  }

  /** The stub of an object of the list that is gone, if it is. */
  Optional<Map<String, Object>> stub(long tenant, String kind, long key, OParlObjects o) {
    return seen.goneSince(tenant, kind, key)
        .map(since -> o.gone(kind, lists.kind(kind).type(), key, since));
  }
}
