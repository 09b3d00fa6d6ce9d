package de.fahrplan.strategy.internal;

import de.fahrplan.shared.search.SearchHit;
import de.fahrplan.shared.search.SearchSource;
import de.fahrplan.shared.search.TextSearch;
import de.fahrplan.shared.search.VersionLabels;
import java.util.List;
import org.springframework.stereotype.Component;

/** Strategic goals by code, title and description, in every version (the version is named). */
@Component
class GoalSearchSource implements SearchSource {

  /** The indexed text of a goal (on H2; PostgreSQL searches its stored vector, V29). */
  static final String TEXT =
      "coalesce(g.code, '') || ' ' || coalesce(g.title, '') || ' ' || coalesce(g.description, '')";

  private final TextSearch text;
  private final VersionLabels labels;

  GoalSearchSource(TextSearch text, VersionLabels labels) {
    this.text = text;
    this.labels = labels;
  }

  @Override
  public String kindKey() {
    return "search.kind.goal";
  }

  @Override
  public List<SearchHit> search(TextSearch.Query query, int limit) {
    return text.find(
        "select g.id, g.code, g.title, g.description, v.number, v.status, v.id"
            + " from goal g join strategy_version v on v.id = g.strategy_version_id",
        "g.tenant_id",
        "",
        TEXT,
        "g.search_vector",
        null,
        "v.number desc, g.code",
        query,
        limit,
        (rs, n) ->
            new SearchHit(
                kindKey(),
                labels.of(rs.getString(2) + " – " + rs.getString(3), rs.getInt(5), rs.getString(6)),
                "/strategy-versions/" + rs.getLong(7) + "#ziel-" + rs.getLong(1),
                SearchHit.snippet(rs.getString(4))));
  }
}
