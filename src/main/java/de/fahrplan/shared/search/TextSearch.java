package de.fahrplan.shared.search;

import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.persistence.Like;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The one text rule of the global search, as a SQL condition and rank over a text expression. On
 * PostgreSQL: German full-text search with stemming – „Schule“ finds „Schulen“ – over each table's
 * stored vector {@code search_vector} and its GIN index (migration V29); on H2, which has no German
 * dictionary: every word of the query as part of the text, case-insensitive. A code (such as „M-12“
 * or „VO/2026/00012“) also matches from its start (a prefix index on PostgreSQL).
 */
@Component
public final class TextSearch {

  /** What was asked: the text as typed and its words (at most eight, each at most 50 chars). */
  public record Query(String text, List<String> words) {

    public static Query of(String text) {
      String trimmed = text == null ? "" : text.strip();
      if (trimmed.length() > 200) {
        trimmed = trimmed.substring(0, 200);
      }
      List<String> words =
          Arrays.stream(trimmed.toLowerCase(Locale.GERMAN).split("[\\s,;]+"))
              .filter(w -> !w.isBlank())
              .map(w -> w.length() > 50 ? w.substring(0, 50) : w)
              .limit(8)
              .toList();
      return new Query(trimmed, words);
    }

    public boolean isEmpty() {
      return words.isEmpty();
    }
  }

  /** A condition and a rank (higher is better; null: none) with their parameters, in order. */
  record Match(String where, List<Object> whereParams, String rank, List<Object> rankParams) {}

  private final boolean postgres;
  private final JdbcTemplate jdbc;

  TextSearch(DataSource dataSource, JdbcTemplate jdbc) throws SQLException {
    this.jdbc = jdbc;
    try (Connection c = dataSource.getConnection()) {
      postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
  }

  /**
   * The rows of {@code selectFrom} (a {@code select … from …} of one municipality's objects, plus
   * {@code and …} conditions of its own in {@code filter}, may be empty) whose {@code text} or
   * {@code code} match, best first, then by {@code thenOrder}.
   */
  public <T> List<T> find(
      String selectFrom,
      String tenantColumn,
      String filter,
      String text,
      String vector,
      String code,
      String thenOrder,
      Query query,
      int limit,
      RowMapper<T> mapper) {
    Match match = match(text, vector, code, query);
    List<Object> params = new ArrayList<>();
    params.add(TenantContext.requireTenantId());
    params.addAll(match.whereParams());
    params.addAll(match.rankParams());
    params.add(limit);
    return jdbc.query(
        selectFrom
            + " where "
            + tenantColumn
            + " = ? "
            + filter
            + " and "
            + match.where()
            + " order by "
            + (match.rank() == null ? "" : match.rank() + " desc, ")
            + thenOrder
            + " fetch first ? rows only",
        mapper,
        params.toArray());
  }

  /**
   * Matches {@code text} (a SQL text expression, e.g. {@code coalesce(title, '')}; on PostgreSQL
   * its stored German vector {@code vector}, migration V29) or {@code code} (a SQL expression of
   * the object's code, may be null) against the query.
   */
  Match match(String text, String vector, String code, Query query) {
    List<Object> whereParams = new ArrayList<>();
    List<Object> rankParams = new ArrayList<>();
    String where;
    String rank;
    if (postgres) {
      // the words as typed, or their parts: „2023/00001“ is one token to the parser, and a
      // paper's vector holds its reference's parts as well (V44)
      where =
          vector
              + " @@ (plainto_tsquery('german', ?) || plainto_tsquery('german',"
              + " regexp_replace(?, '[^[:alnum:]]+', ' ', 'g')))";
      whereParams.add(query.text());
      whereParams.add(query.text());
      rank = "ts_rank(" + vector + ", plainto_tsquery('german', ?))";
      rankParams.add(query.text());
    } else {
      List<String> parts = new ArrayList<>();
      for (String word : query.words()) {
        parts.add("lower(" + text + ") like ?" + Like.ESCAPE);
        whereParams.add("%" + Like.escape(word) + "%");
      }
      where = "(" + String.join(" and ", parts) + ")";
      rank = null; // H2 has no relevance: the code and the source's own order decide
    }
    if (code != null) {
      where = "(" + where + " or lower(" + code + ") like ?" + Like.ESCAPE + ")";
      whereParams.add(Like.escape(query.text().toLowerCase(Locale.GERMAN)) + "%");
      String exact = "case when lower(" + code + ") = ? then 2 else 0 end";
      rank = rank == null ? "(" + exact + ")" : "(" + exact + " + " + rank + ")";
      rankParams.addFirst(query.text().toLowerCase(Locale.GERMAN));
    }
    return new Match(where, whereParams, rank, rankParams);
  }
}
