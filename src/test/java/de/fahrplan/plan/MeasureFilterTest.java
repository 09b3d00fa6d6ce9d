package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One filter for the plan page and the API: the database's filter finds exactly the measures the
 * views' own rules (horizon, priority, overdue, money per year, tags) select, and the page's tree
 * and the API answer the same measures for the same filter.
 */
@FahrplanTest
class MeasureFilterTest {

  @Autowired MeasureSearch measures;
  @Autowired Milestones milestones;
  @Autowired Resources resources;
  @Autowired PlanTree planTree;
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @Test
  void databaseFilterPageAndApiAgreeWithTheViewsRules() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long version =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt'"
                + " and v.status = 'IN_FORCE'",
            Long.class);
    List<MeasureView> all =
        TenantContext.callAsJob(muster, "Test", () -> measures.matching(version, filter()));
    // no filter: every measure of the version (its own query, without the absent criteria)
    assertThat(all)
        .extracting(MeasureView::id)
        .containsExactlyInAnyOrderElementsOf(
            jdbc.queryForList(
                "select id from measure where strategy_version_id = ?", Long.class, version));
    Map<Long, List<MilestoneView>> milestonesOf =
        TenantContext.callAsJob(muster, "Test", () -> milestones.ofVersion(version));
    LocalDate today = LocalDate.now(clock);
    Predicate<MeasureView> overdue =
        m ->
            milestonesOf.getOrDefault(m.id(), List.of()).stream().anyMatch(MilestoneView::overdue)
                || (Set.of(MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS).contains(m.status())
                    && m.plannedEnd() != null
                    && m.plannedEnd().isBefore(today));

    List<Case> cases = new ArrayList<>();
    for (Horizon h : Horizon.values()) {
      cases.add(new Case("horizon=" + h, with(h, null, false, null, null), m -> m.horizon() == h));
    }
    for (PriorityClass p : PriorityClass.values()) {
      cases.add(
          new Case(
              "priority=" + p,
              with(null, p, false, null, null),
              m -> m.priority().effective() == p));
    }
    cases.add(new Case("overdue=true", with(null, null, true, null, null), overdue));
    Set<Long> with2024 =
        TenantContext.callAsJob(
            muster, "Test", () -> resources.measuresWithResourcesIn(version, 2024));
    cases.add(
        new Case(
            "budgetYear=2024",
            with(null, null, false, 2024, null),
            m -> with2024.contains(m.id())));
    cases.add(
        new Case(
            "tag=OZG",
            with(null, null, false, null, "OZG"),
            m -> m.tags().stream().anyMatch("ozg"::equalsIgnoreCase)));
    cases.add(
        new Case(
            "horizon=SHORT&overdue=true",
            with(Horizon.SHORT, null, true, null, null),
            m -> m.horizon() == Horizon.SHORT && overdue.test(m)));

    int selective = 0;
    for (Case c : cases) {
      Set<Long> expected =
          all.stream().filter(c.rule()).map(MeasureView::id).collect(Collectors.toSet());
      if (!expected.isEmpty() && expected.size() < all.size()) {
        selective++;
      }
      Set<Long> tree =
          TenantContext.callAsJob(muster, "Test", () -> planTree.of(version, c.filter()))
              .fields()
              .stream()
              .flatMap(f -> f.goals().stream())
              .flatMap(g -> g.measures().stream())
              .map(n -> n.measure().id())
              .collect(Collectors.toSet());
      assertThat(tree).as("page, " + c.name()).isEqualTo(expected);
      Set<Long> paged =
          TenantContext.callAsJob(
                  muster,
                  "Test",
                  () -> measures.search(version, c.filter(), PageRequest.of(0, 200)))
              .stream()
              .map(MeasureView::id)
              .collect(Collectors.toSet());
      assertThat(paged).as("search, " + c.name()).isEqualTo(expected);
      String json =
          mvc.perform(
                  get("/api/v1/measures?strategyVersion=" + version + "&size=200&" + c.name())
                      .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      List<Number> api = JsonPath.read(json, "$.items[*].id");
      assertThat(new HashSet<>(api.stream().map(Number::longValue).toList()))
          .as("API, " + c.name())
          .isEqualTo(expected);
    }
    // the demo plan tells the filters apart: most of them keep some measures and drop others
    assertThat(selective).isGreaterThanOrEqualTo(cases.size() - 3);
    // sorted by priority, the API pages the views in the page's order
    List<Long> byPriority =
        TenantContext.callAsJob(
                muster,
                "Test",
                () ->
                    measures.matching(
                        version,
                        new MeasureFilter(
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            false,
                            null,
                            null,
                            MeasureFilter.SortOrder.PRIORITY)))
            .stream()
            .map(MeasureView::id)
            .toList();
    String second =
        mvc.perform(
                get("/api/v1/measures?strategyVersion=" + version + "&sort=PRIORITY&size=3&page=1")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Number> secondIds = JsonPath.read(second, "$.items[*].id");
    assertThat(secondIds.stream().map(Number::longValue).toList())
        .isEqualTo(byPriority.subList(3, 6));
    assertThat(((Number) JsonPath.read(second, "$.totalElements")).longValue())
        .isEqualTo(all.size());
    // the marks on the page are the overdue rule, too
    Set<Long> marked =
        TenantContext.callAsJob(muster, "Test", () -> planTree.of(version, filter())).overdueIds();
    assertThat(marked)
        .isEqualTo(all.stream().filter(overdue).map(MeasureView::id).collect(Collectors.toSet()))
        .isNotEmpty();
  }

  private record Case(String name, MeasureFilter filter, Predicate<MeasureView> rule) {}

  private static MeasureFilter filter() {
    return MeasureFilter.ALL;
  }

  private static MeasureFilter with(
      Horizon horizon, PriorityClass priority, boolean overdue, Integer year, String tag) {
    return new MeasureFilter(
        null,
        null,
        null,
        horizon,
        null,
        year,
        overdue,
        priority,
        tag,
        MeasureFilter.SortOrder.CODE);
  }
}
