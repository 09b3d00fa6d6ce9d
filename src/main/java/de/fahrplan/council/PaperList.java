package de.fahrplan.council;

import de.fahrplan.council.internal.Paper;
import de.fahrplan.shared.persistence.Like;
import de.fahrplan.shared.security.MemberOnly;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The paper list for page and API: one filter ({@link PaperFilter}), filtered, sorted and paged in
 * SQL. The query names only the filters given, so the database can use the index on municipality,
 * state, type and date for every combination (a query with "or :x is null" gets a plan that
 * cannot).
 */
@Service
public class PaperList {

  /** What the list may be sorted by (page and API sort by date and id, newest first). */
  private static final Set<String> SORTABLE = Set.of("date", "id", "reference", "subject");

  private final EntityManager em;

  PaperList(EntityManager em) {
    this.em = em;
  }

  /** The papers with everything the API shows. */
  @MemberOnly
  @Transactional(readOnly = true)
  public Page<PaperView> search(PaperFilter filter, Pageable page) {
    return query("select p", Paper.class, filter, page).map(Paper::view);
  }

  /** The list page's rows: only what the page shows. */
  @MemberOnly
  @Transactional(readOnly = true)
  public Page<PaperRow> rows(PaperFilter filter, Pageable page) {
    return query(
        "select new de.fahrplan.council.PaperRow(p.id, p.reference, p.date, p.paperType,"
            + " p.subject, p.publicPaper, p.state,"
            + " case when p.numbering <> 0 then true else false end)",
        PaperRow.class,
        filter,
        page);
  }

  private <T> Page<T> query(String select, Class<T> type, PaperFilter f, Pageable page) {
    StringBuilder where = new StringBuilder(" from Paper p where p.deleted = false");
    Map<String, Object> params = new LinkedHashMap<>();
    if (f.q() != null && !f.q().isBlank()) {
      where.append(" and (lower(p.reference) like :q" + Like.ESCAPE);
      where.append(" or lower(p.subject) like :q" + Like.ESCAPE + ")");
      params.put("q", Like.containing(f.q()));
    }
    if (f.type() != null && !f.type().isBlank()) {
      where.append(" and p.paperType = :type");
      params.put("type", f.type());
    }
    if (f.state() != null) {
      where.append(" and p.state = :state");
      params.put("state", f.state());
    }
    if (f.committee() != null) {
      where.append(
          " and exists (select 1 from Consultation c where c.paperId = p.id"
              + " and c.deleted = false and c.organizationId = :committee)");
      params.put("committee", f.committee());
    }
    TypedQuery<T> rows = em.createQuery(select + where + orderBy(page.getSort()), type);
    params.forEach(rows::setParameter);
    if (page.isPaged()) {
      rows.setFirstResult((int) page.getOffset());
      rows.setMaxResults(page.getPageSize());
    }
    return PageableExecutionUtils.getPage(
        rows.getResultList(),
        page,
        () -> {
          TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
          params.forEach(count::setParameter);
          return count.getSingleResult();
        });
  }

  private static String orderBy(Sort sort) {
    List<String> parts = new ArrayList<>();
    for (Sort.Order o : sort) {
      if (!SORTABLE.contains(o.getProperty())) {
        throw new IllegalArgumentException("the paper list cannot sort by " + o.getProperty());
      }
      parts.add("p." + o.getProperty() + (o.isDescending() ? " desc" : " asc"));
    }
    return parts.isEmpty()
        ? " order by p.date desc, p.id desc"
        : " order by " + String.join(", ", parts);
  }
}
