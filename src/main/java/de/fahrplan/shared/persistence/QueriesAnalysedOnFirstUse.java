package de.fahrplan.shared.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.util.function.SingletonSupplier;

/**
 * Spring Data parses every {@code @Query} with its own HQL grammar when the repositories are
 * created, only to have the parse at hand for sorting, paging and count queries – which most of
 * Fahrplan's queries never need. That parse was the largest part of the start-up
 * (docs/performance.md, start-up): here it happens when a query first needs it. Hibernate still
 * validates every query when its repository is created ({@link RepositoryWarmUp}, ADR 0031).
 *
 * <p>A query is parsed once even when many requests need it at the same moment: the others wait for
 * that parse. Sixteen parallel parses of the paged measure query – each building the grammar's
 * tables – took half a minute and ran a 384 MB heap out of memory right after a start. The
 * repository warm-up {@link DeferredAnalysis#analyse analyses} the paged and sorted queries before
 * the first request needs them.
 */
@Configuration(proxyBeanMethods = false)
class QueriesAnalysedOnFirstUse {

  @Bean
  static DeferredAnalysis deferredQueryAnalysis() {
    return new DeferredAnalysis(new Selector());
  }

  /** Gives every repository factory the one selector, and analyses chosen queries ahead of use. */
  static final class DeferredAnalysis implements BeanPostProcessor {

    private final Selector selector;

    DeferredAnalysis(Selector selector) {
      this.selector = selector;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
      if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repositories) {
        repositories.setQueryEnhancerSelectorSource(selector);
      }
      return bean;
    }

    /**
     * Parses now the JPQL queries of the repositories created so far whose text is one of these;
     * returns the texts it found.
     */
    Set<String> analyse(Collection<String> queries) {
      Set<String> found = new HashSet<>();
      for (Deferred query : selector.created) {
        if (queries.contains(query.query().getQueryString())) {
          query.parsed().get();
          found.add(query.query().getQueryString());
        }
      }
      return found;
    }
  }

  /** Native SQL as Spring Data does it; JPQL through the deferred parse. */
  static final class Selector extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

    private final Queue<Deferred> created;

    Selector() {
      this(DEFAULT_JPQL, new ConcurrentLinkedQueue<>());
    }

    /** With another parser (the tests count its parses). */
    Selector(QueryEnhancerFactory jpql) {
      this(jpql, new ConcurrentLinkedQueue<>());
    }

    private Selector(QueryEnhancerFactory jpql, Queue<Deferred> created) {
      super(DEFAULT_NATIVE, new OnFirstUse(jpql, created));
      this.created = created;
    }
  }

  private record OnFirstUse(QueryEnhancerFactory parser, Queue<Deferred> created)
      implements QueryEnhancerFactory {

    @Override
    public boolean supports(DeclaredQuery query) {
      return parser.supports(query);
    }

    @Override
    public QueryEnhancer create(QueryProvider query) {
      Deferred deferred = new Deferred(query, SingletonSupplier.of(() -> parser.create(query)));
      created.add(deferred);
      return deferred;
    }
  }

  private record Deferred(QueryProvider query, Supplier<QueryEnhancer> parsed)
      implements QueryEnhancer {

    @Override
    public boolean isSelectQuery() {
      return parsed.get().isSelectQuery();
    }

    @Override
    public boolean hasConstructorExpression() {
      return parsed.get().hasConstructorExpression();
    }

    @Override
    public String detectAlias() {
      return parsed.get().detectAlias();
    }

    @Override
    public String getProjection() {
      return parsed.get().getProjection();
    }

    @Override
    public QueryProvider getQuery() {
      return query;
    }

    @Override
    public String rewrite(QueryRewriteInformation rewriteInformation) {
      return parsed.get().rewrite(rewriteInformation);
    }

    @Override
    public String createCountQueryFor(String countProjection) {
      return parsed.get().createCountQueryFor(countProjection);
    }
  }
}
