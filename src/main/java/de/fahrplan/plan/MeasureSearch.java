package de.fahrplan.plan;

import de.fahrplan.plan.internal.MatchingMeasures;
import de.fahrplan.plan.internal.Measure;
import de.fahrplan.plan.internal.MeasureRepository;
import de.fahrplan.plan.internal.ViewContext;
import de.fahrplan.shared.persistence.Like;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding measures: one filter (MeasureFilter) for the plan page and the API, in the database as
 * far as it goes, the overdue rule and the tags of a version.
 */
@Service
public class MeasureSearch {

  private final MeasureRepository measures;
  private final MeasureAccess access;
  private final Dependencies dependencies;
  private final Strategies strategies;

  MeasureSearch(
      MeasureRepository measures,
      MeasureAccess access,
      Dependencies dependencies,
      Strategies strategies) {
    this.measures = measures;
    this.access = access;
    this.dependencies = dependencies;
    this.strategies = strategies;
  }

  /**
   * A page of the measures of a version that pass a filter. The database filters, sorts and pages;
   * only a priority filter or sort needs the views (Priority.of) and pages them here. Sorted by
   * code, the database orders codes as text (M-10 before M-2).
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public Page<MeasureView> search(long versionId, MeasureFilter filter, Pageable page) {
    if (filter.needsPriority()) {
      List<MeasureView> all = matching(versionId, filter, access.context(versionId));
      int from = (int) Math.min(page.getOffset(), all.size());
      int to = Math.min(from + page.getPageSize(), all.size());
      return new PageImpl<>(all.subList(from, to), page, all.size());
    }
    Sort sort =
        switch (filter.sort()) {
          case END -> Sort.by(Sort.Order.asc("plannedEnd").nullsLast(), Sort.Order.asc("code"));
          case TITLE -> Sort.by(Sort.Order.asc("title").ignoreCase(), Sort.Order.asc("code"));
          default -> Sort.by("code", "id");
        };
    // the dependants (a priority criterion) counted for the page's measures, not the version's
    ViewContext settings = access.context(access.version(versionId), List.of());
    Page<Measure> found =
        query(
            versionId,
            filter,
            settings,
            PageRequest.of(page.getPageNumber(), page.getPageSize(), sort));
    ViewContext ctx =
        settings.withDependants(access.dependants(found.map(Measure::getId).getContent()));
    return found.map(m -> m.view(ctx));
  }

  /**
   * The measure list page: its version, a page of measures, which of them are overdue, the tags.
   */
  public record ListPage(
      de.fahrplan.strategy.VersionView version,
      Page<MeasureView> measures,
      Set<Long> overdueIds,
      java.util.SortedSet<String> tags) {}

  /** What the measure list page shows, read in one transaction. */
  @MemberOnly
  @Transactional(readOnly = true)
  public ListPage listPage(long versionId, MeasureFilter filter, Pageable page) {
    Page<MeasureView> found = search(versionId, filter, page);
    List<Long> ids = found.map(MeasureView::id).getContent();
    return new ListPage(
        access.version(versionId),
        found,
        ids.isEmpty() ? Set.of() : measures.overdueAmong(versionId, ids, access.today()),
        tags(versionId));
  }

  /** A page of measures with the predecessors and successors of each (the API's list). */
  public record LinkedPage(Page<MeasureView> measures, Map<Long, Dependencies.Links> links) {}

  /**
   * The API's list: a page of a version's measures (null: the version in force, else the newest)
   * that pass a filter, with their dependencies – in one transaction, where the version, its
   * strategy and the plan settings are read once (three transactions read them again before).
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public LinkedPage linkedPage(Long versionId, MeasureFilter filter, Pageable page) {
    long version = strategies.versionIdOrCurrent(versionId);
    Page<MeasureView> found = search(version, filter, page);
    return new LinkedPage(found, dependencies.linksOf(found.map(MeasureView::id).getContent()));
  }

  /** All measures of a version that pass a filter, in the filter's order (natural code order). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<MeasureView> matching(long versionId, MeasureFilter filter) {
    return matching(versionId, filter, access.context(versionId));
  }

  /**
   * The ids of a version's overdue measures: a milestone not reached whose date has passed, or an
   * open measure past its planned end (the rule the overdue filter uses, too).
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public Set<Long> overdueIds(long versionId) {
    access.version(versionId);
    return measures.overdueIds(versionId, access.today());
  }

  /** Every tag of a version's measures, in alphabetical order, each once whatever its case. */
  @MemberOnly
  @Transactional(readOnly = true)
  public java.util.SortedSet<String> tags(long versionId) {
    access.version(versionId);
    java.util.SortedSet<String> tags = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    tags.addAll(measures.tagsOfVersion(versionId));
    return tags;
  }

  private List<MeasureView> matching(long versionId, MeasureFilter filter, ViewContext ctx) {
    return query(versionId, filter, ctx, Pageable.unpaged()).stream()
        .map(m -> m.view(ctx))
        .filter(m -> filter.priority() == null || m.priority().effective() == filter.priority())
        .sorted(filter.order())
        .toList();
  }

  private Page<Measure> query(
      long versionId, MeasureFilter filter, ViewContext ctx, Pageable page) {
    return measures.matching(
        new MatchingMeasures.Criteria(
            versionId,
            Like.containing(filter.query()),
            filter.status(),
            filter.goalId(),
            filter.orgUnitId(),
            filter.tag() == null ? null : filter.tag().toLowerCase(Locale.ROOT),
            filter.horizon(),
            filter.horizon() == null
                ? null
                : filter.horizon().endRange(ctx.startYear(), ctx.shortYears(), ctx.midYears()),
            filter.budgetYear(),
            filter.overdueOnly(),
            access.today()),
        page);
  }
}
