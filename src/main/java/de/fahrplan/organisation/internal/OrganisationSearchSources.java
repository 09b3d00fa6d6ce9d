package de.fahrplan.organisation.internal;

import de.fahrplan.shared.search.SearchHit;
import de.fahrplan.shared.search.SearchSource;
import de.fahrplan.shared.search.TextSearch;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Persons by name, function and e-mail; org units by code and name. */
@Configuration(proxyBeanMethods = false)
class OrganisationSearchSources {

  /** The searched texts on H2; PostgreSQL searches their stored vectors (V29). */
  static final String PERSON_TEXT =
      "coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, '') || ' '"
          + " || coalesce(p.job_function, '') || ' ' || coalesce(p.email, '')";

  static final String UNIT_TEXT = "coalesce(u.code, '') || ' ' || coalesce(u.name, '')";

  @Bean
  SearchSource personSearch(TextSearch text) {
    return new SearchSource() {
      @Override
      public String kindKey() {
        return "search.kind.person";
      }

      @Override
      public List<SearchHit> search(TextSearch.Query query, int limit) {
        return text.find(
            "select p.id, p.title, p.given_name, p.family_name, p.job_function from person p",
            "p.tenant_id",
            "",
            PERSON_TEXT,
            "p.search_vector",
            null,
            "p.family_name, p.given_name",
            query,
            limit,
            (rs, n) ->
                new SearchHit(
                    kindKey(),
                    (rs.getString(2) == null ? "" : rs.getString(2) + " ")
                        + rs.getString(3)
                        + " "
                        + rs.getString(4),
                    "/persons/" + rs.getLong(1),
                    rs.getString(5)));
      }
    };
  }

  @Bean
  SearchSource orgUnitSearch(TextSearch text) {
    return new SearchSource() {
      @Override
      public String kindKey() {
        return "search.kind.orgUnit";
      }

      @Override
      public List<SearchHit> search(TextSearch.Query query, int limit) {
        return text.find(
            "select u.id, u.code, u.name from org_unit u",
            "u.tenant_id",
            "",
            UNIT_TEXT,
            "u.search_vector",
            "u.code",
            "u.code",
            query,
            limit,
            (rs, n) ->
                new SearchHit(
                    kindKey(),
                    rs.getString(2) + " – " + rs.getString(3),
                    "/org-units/" + rs.getLong(1),
                    null));
      }
    };
  }
}
