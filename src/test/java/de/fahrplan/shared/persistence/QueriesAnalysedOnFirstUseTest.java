package de.fahrplan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
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
  void nativeQueriesStayWithSpringDatasOwnChoice() {
    DeclaredQuery sql = DeclaredQuery.nativeQuery("select * from measure");

    assertThat(selector.select(sql)).isSameAs(QueryEnhancerSelector.DEFAULT_SELECTOR.select(sql));
  }
}
