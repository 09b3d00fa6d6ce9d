package de.fahrplan.plan;

import java.util.Comparator;

/**
 * What the plan page and the API filter and sort the measures of a version by – one type, so every
 * filter of the page is one of the API. Null (or false) means "all".
 */
public record MeasureFilter(
    String query,
    MeasureStatus status,
    Long goalId,
    Horizon horizon,
    Long orgUnitId,
    Integer budgetYear,
    boolean overdueOnly,
    PriorityClass priority,
    String tag,
    SortOrder sort) {

  /** How the measures are sorted; CODE is the natural order of codes (M-2 before M-10). */
  public enum SortOrder {
    CODE,
    PRIORITY,
    END,
    TITLE
  }

  public static final MeasureFilter ALL =
      new MeasureFilter(null, null, null, null, null, null, false, null, null, SortOrder.CODE);

  public MeasureFilter {
    query = query == null || query.isBlank() ? null : query.trim();
    tag = tag == null || tag.isBlank() ? null : tag.trim();
    sort = sort == null ? SortOrder.CODE : sort;
  }

  /** The same filter for overdue measures only. */
  MeasureFilter overdue() {
    return new MeasureFilter(
        query, status, goalId, horizon, orgUnitId, budgetYear, true, priority, tag, sort);
  }

  /**
   * Priority is a rule over ratings, the municipality's criteria and the dependants (Priority.of),
   * not a column: filtering or sorting by it happens on the views, after the database filtered the
   * rest.
   */
  boolean needsPriority() {
    return priority != null || sort == SortOrder.PRIORITY;
  }

  /** The order of the views, for sorts the database cannot do (natural code order, priority). */
  Comparator<MeasureView> order() {
    return switch (sort) {
      case CODE -> Measures.BY_CODE;
      case PRIORITY ->
          Comparator.comparing(
                  (MeasureView m) ->
                      m.priority().effective() == null ? 3 : m.priority().effective().ordinal())
              .thenComparing(m -> m.priority().score() == null ? 0 : -m.priority().score())
              .thenComparing(Measures.BY_CODE);
      case END ->
          Comparator.comparing(
                  MeasureView::plannedEnd, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(Measures.BY_CODE);
      case TITLE ->
          Comparator.comparing(MeasureView::title, String.CASE_INSENSITIVE_ORDER)
              .thenComparing(Measures.BY_CODE);
    };
  }
}
