package de.fahrplan.council.internal;

import de.fahrplan.shared.search.SearchHit;
import de.fahrplan.shared.search.SearchSource;
import de.fahrplan.shared.search.TextSearch;
import de.fahrplan.shared.web.Formats;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Papers (not deleted) by number, subject and their texts. */
@Component
class PaperSearchSource implements SearchSource {

  /** The indexed text of a paper (on H2; PostgreSQL searches its stored vector, V29). */
  static final String TEXT =
      "coalesce(p.reference, '') || ' ' || coalesce(p.subject, '') || ' '"
          + " || coalesce(p.occasion, '') || ' ' || coalesce(p.proposal, '')";

  private final TextSearch text;

  PaperSearchSource(TextSearch text) {
    this.text = text;
  }

  @Override
  public String kindKey() {
    return "search.kind.paper";
  }

  @Override
  public List<SearchHit> search(TextSearch.Query query, int limit) {
    return text.find(
        "select p.id, p.reference, p.subject, p.paper_type, p.paper_date from paper p",
        "p.tenant_id",
        "and p.deleted = false",
        TEXT,
        "p.search_vector",
        "p.reference",
        "p.paper_date desc, p.id desc",
        query,
        limit,
        (rs, n) ->
            new SearchHit(
                kindKey(),
                rs.getString(2) + " – " + rs.getString(3),
                "/papers/" + rs.getLong(1),
                rs.getString(4)
                    + ", "
                    + Formats.date(rs.getDate(5).toLocalDate(), LocaleContextHolder.getLocale())));
  }
}
