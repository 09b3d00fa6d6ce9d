package de.fahrplan.plan.internal;

import de.fahrplan.shared.search.SearchHit;
import de.fahrplan.shared.search.SearchSource;
import de.fahrplan.shared.search.TextSearch;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Measures by code, title and description, in every version (the version is named). */
@Component
class MeasureSearchSource implements SearchSource {

  /** The indexed text of a measure (on H2; PostgreSQL searches its stored vector, V29). */
  static final String TEXT =
      "coalesce(m.code, '') || ' ' || coalesce(m.title, '') || ' ' || coalesce(m.description, '')";

  private final TextSearch text;
  private final MessageSource messages;

  MeasureSearchSource(TextSearch text, MessageSource messages) {
    this.text = text;
    this.messages = messages;
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
                messages.getMessage(
                    "search.versioned",
                    new Object[] {
                      rs.getString(2) + " – " + rs.getString(3),
                      String.valueOf(rs.getInt(5)),
                      messages.getMessage(
                          "versionStatus." + rs.getString(6),
                          null,
                          rs.getString(6),
                          LocaleContextHolder.getLocale())
                    },
                    LocaleContextHolder.getLocale()),
                "/measures/" + rs.getLong(1),
                SearchHit.snippet(rs.getString(4))));
  }
}
