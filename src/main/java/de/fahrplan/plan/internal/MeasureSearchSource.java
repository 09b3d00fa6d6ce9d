package de.fahrplan.plan.internal;

import de.fahrplan.shared.search.SearchHit;
import de.fahrplan.shared.search.SearchSource;
import de.fahrplan.shared.search.TextSearch;
import de.fahrplan.shared.search.VersionLabels;
import java.util.List;
import org.springframework.stereotype.Component;

/** Measures by code, title and description, in every version (the version is named). */
@Component
class MeasureSearchSource implements SearchSource {

  /** The indexed text of a measure (on H2; PostgreSQL searches its stored vector, V29). */
  static final String TEXT =
      "coalesce(m.code, '') || ' ' || coalesce(m.title, '') || ' ' || coalesce(m.description, '')";

  private final TextSearch text;
  private final VersionLabels labels;

  MeasureSearchSource(TextSearch text, VersionLabels labels) {
    this.text = text;
    this.labels = labels;
  }

  @Override
  public String kindKey() {
    return "search.kind.measure";
  }

  @Override
  public List<SearchHit> search(TextSearch.Query query, int limit) {
    return text.find(
        "select m.id, m.code, m.title, m.description, v.number, v.status"
            + " from measure m join strategy_version v on v.id = m.strategy_version_id",
        "m.tenant_id",
        "",
        TEXT,
        "m.search_vector",
        "m.code",
        "v.number desc, m.code",
        query,
        limit,
        (rs, n) ->
            new SearchHit(
                kindKey(),
                labels.of(rs.getString(2) + " – " + rs.getString(3), rs.getInt(5), rs.getString(6)),
                "/measures/" + rs.getLong(1),
                SearchHit.snippet(rs.getString(4))));
  }
}
