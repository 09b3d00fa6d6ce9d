package de.fahrplan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.projection.SpelAwareProxyProjectionFactory;
import org.springframework.data.repository.query.ReturnedType;

class QueriesAnalysedOnFirstUseTest {

  private final QueryEnhancerSelector selector = new QueriesAnalysedOnFirstUse.Selector();

  private QueryEnhancer enhancerOf(String jpql) {
    DeclaredQuery query = DeclaredQuery.jpqlQuery(jpql);
    return selector.select(query).create(query);
  }

  @Test
  void aQueryIsNotParsedWhenItsRepositoryIsCreatedButWhenItIsFirstSortedOrCounted() {
    QueryEnhancer enhancer = enhancerOf("select m from Measure m where and or");

    assertThat(enhancer.getQuery().getQueryString()).startsWith("select m from Measure m");
    assertThatThrownBy(() -> enhancer.createCountQueryFor(null))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void sortingAndCountingGiveWhatSpringDataGivesWithoutTheDeferral() {
    String jpql = "select m from Measure m where m.strategyVersionId = :versionId";
    QueryEnhancer deferred = enhancerOf(jpql);
    QueryEnhancer direct = QueryEnhancerFactories.hql().create(DeclaredQuery.jpqlQuery(jpql));
    var byTitle =
        new SortedBy(
            Sort.by("title"),
            ReturnedType.of(Object.class, Object.class, new SpelAwareProxyProjectionFactory()));

    assertThat(deferred.createCountQueryFor(null))
        .isEqualTo(direct.createCountQueryFor(null))
        .containsIgnoringCase("count(m)");
    assertThat(deferred.rewrite(byTitle))
        .isEqualTo(direct.rewrite(byTitle))
        .containsIgnoringCase("order by m.title");
    assertThat(deferred.detectAlias()).isEqualTo("m");
    assertThat(deferred.isSelectQuery()).isTrue();
  }

  private record SortedBy(Sort getSort, ReturnedType getReturnedType)
      implements QueryEnhancer.QueryRewriteInformation {}

  @Test
  void aQueryNeededByManyRequestsAtOnceIsParsedOnceWhileTheOthersWait() throws Exception {
    AtomicInteger parses = new AtomicInteger();
    DeclaredQuery query =
        DeclaredQuery.jpqlQuery("select m from Measure m where m.strategyVersionId = :versionId");
    // a slow parse: every thread arrives while it runs
    QueryEnhancer enhancer =
        new QueriesAnalysedOnFirstUse.Selector(countingParser(parses, 200))
            .select(query)
            .create(query);

    try (ExecutorService requests = Executors.newFixedThreadPool(16)) {
      List<Future<String>> aliases = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        aliases.add(requests.submit(enhancer::detectAlias));
      }
      for (Future<String> alias : aliases) {
        assertThat(alias.get()).isEqualTo("m");
      }
    }
    assertThat(parses).hasValue(1);
  }

  @Test
  void theWarmUpAnalysesTheQueriesWithTheGivenTextsOnly() {
    AtomicInteger parses = new AtomicInteger();
    var selector = new QueriesAnalysedOnFirstUse.Selector(countingParser(parses, 0));
    var analysis = new QueriesAnalysedOnFirstUse.DeferredAnalysis(selector);
    String paged = "select m from Measure m where m.strategyVersionId = :versionId";
    for (String jpql : List.of(paged, "select g from Goal g")) {
      DeclaredQuery query = DeclaredQuery.jpqlQuery(jpql);
      selector.select(query).create(query);
    }

    assertThat(analysis.analyse(Set.of(paged))).containsExactly(paged);
    assertThat(parses).hasValue(1);
  }

  /** Spring Data's parser, counting its parses, each taking at least {@code millis}. */
  private static QueryEnhancerFactory countingParser(AtomicInteger parses, long millis) {
    return new QueryEnhancerFactory() {
      @Override
      public boolean supports(DeclaredQuery query) {
        return true;
      }

      @Override
      public QueryEnhancer create(QueryProvider query) {
        parses.incrementAndGet();
        try {
          Thread.sleep(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return QueryEnhancerFactories.hql().create(query);
      }
    };
  }

  @Test
  void nativeQueriesStayWithSpringDatasOwnChoice() {
    DeclaredQuery sql = DeclaredQuery.nativeQuery("select * from measure");

    assertThat(selector.select(sql)).isSameAs(QueryEnhancerSelector.DEFAULT_SELECTOR.select(sql));
  }
}
