package de.fahrplan.oparl.web;

import de.fahrplan.council.PublicCouncil;
import de.fahrplan.organisation.PublicOrganisation;
import de.fahrplan.shared.PublicationWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * The lists of a body, by their URL segment: the OParl type of their objects and how a window of
 * them is read. The server pages them; the tombstones ({@link OParlTombstones}) read them whole to
 * notice what disappeared.
 */
@Component
class OParlLists {

  /** Paging keys of org units in the organizations list: above every committee's id. */
  static final long UNIT_KEYS = 1L << 48;

  /** One row of a list: its paging key (its id) and its OParl object. */
  record Row(long id, Map<String, Object> object) {}

  /** A list: the type of its objects, how a window of them is read and how one of them. */
  record Kind(
      String type,
      BiFunction<OParlObjects, PublicationWindow, List<Row>> rows,
      BiFunction<OParlObjects, Long, Optional<Map<String, Object>>> one) {}

  private final Map<String, Kind> kinds = new LinkedHashMap<>();
  private final PublicOrganisation organisation;

  OParlLists(PublicOrganisation organisation, PublicCouncil council) {
    this.organisation = organisation;
    kinds.put(
        "legislative-terms",
        new Kind(
            "LegislativeTerm",
            (o, w) -> organisation.terms(w).stream().map(t -> new Row(t.id(), o.term(t))).toList(),
            (o, id) -> organisation.term(id).map(o::term)));
    kinds.put(
        "locations",
        new Kind(
            "Location",
            (o, w) ->
                organisation.locations(w).stream()
                    .map(l -> new Row(l.id(), o.location(l)))
                    .toList(),
            (o, id) -> organisation.location(id).map(o::location)));
    kinds.put(
        "organizations",
        new Kind(
            "Organization",
            this::organizationRows,
            (o, id) -> organisation.committee(id).map(o::committee)));
    kinds.put(
        "persons",
        new Kind(
            "Person",
            (o, w) ->
                organisation.members(w).stream().map(m -> new Row(m.id(), o.member(m))).toList(),
            (o, id) -> organisation.member(id).map(o::member)));
    kinds.put(
        "memberships",
        new Kind(
            "Membership",
            (o, w) ->
                organisation.seats(w).stream().map(s -> new Row(s.id(), o.seat(s, true))).toList(),
            (o, id) -> organisation.seat(id).map(s -> o.seat(s, true))));
    kinds.put(
        "meetings",
        new Kind(
            "Meeting",
            (o, w) -> council.meetings(w).stream().map(m -> new Row(m.id(), o.meeting(m))).toList(),
            (o, id) -> council.meeting(id).map(o::meeting)));
    kinds.put(
        "agenda-items",
        new Kind(
            "AgendaItem",
            (o, w) ->
                council.agendaItems(w).stream()
                    .map(i -> new Row(i.id(), o.agendaItem(i, true)))
                    .toList(),
            (o, id) -> council.agendaItem(id).map(i -> o.agendaItem(i, true))));
    kinds.put(
        "papers",
        new Kind(
            "Paper",
            (o, w) -> council.papers(w).stream().map(p -> new Row(p.id(), o.paper(p))).toList(),
            (o, id) -> council.paper(id).map(o::paper)));
    kinds.put(
        "consultations",
        new Kind(
            "Consultation",
            (o, w) ->
                council.consultations(w).stream()
                    .map(c -> new Row(c.id(), o.consultation(c, true)))
                    .toList(),
            (o, id) -> council.consultation(id).map(c -> o.consultation(c, true))));
    kinds.put(
        "files",
        new Kind(
            "File",
            (o, w) -> council.files(w).stream().map(f -> new Row(f.id(), o.file(f))).toList(),
            (o, id) -> council.file(id).map(o::file)));
  }

  Kind kind(String name) {
    return kinds.get(name);
  }

  Set<String> names() {
    return kinds.keySet();
  }

  /**
   * The committees, then – where the municipality publishes its organisation chart – the org units;
   * an org unit's paging key is {@link #UNIT_KEYS} above its id, so that one {@code after} walks
   * both tables.
   */
  private List<Row> organizationRows(OParlObjects o, PublicationWindow w) {
    List<Row> rows = new ArrayList<>();
    if (w.afterId() < UNIT_KEYS) {
      organisation.committees(w).forEach(c -> rows.add(new Row(c.id(), o.committee(c))));
    }
    if (rows.size() <= w.limit()) {
      organisation.units(w.after(Math.max(0, w.afterId() - UNIT_KEYS))).stream()
          .limit(w.limit() + 1L - rows.size())
          .forEach(u -> rows.add(new Row(UNIT_KEYS + u.id(), o.unit(u))));
    }
    return rows;
  }
}
