package de.fahrplan.shared.search;

import java.util.List;

/** Implemented by each module whose objects the global search finds. */
public interface SearchSource {

  /** The kind of hits, as message key, e.g. {@code search.kind.measure}; also the group's order. */
  String kindKey();

  /** Up to {@code limit} hits of the current municipality, best first. */
  List<SearchHit> search(TextSearch.Query query, int limit);
}
