package de.fahrplan.shared.persistence;

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
import org.springframework.data.util.Lazy;

/**
 * Spring Data parses every {@code @Query} with its own HQL grammar when the repositories are
 * created, only to have the parse at hand for sorting, paging and count queries – which most of
 * Fahrplan's queries never need. That parse was the largest part of the start-up
 * (docs/performance.md, start-up): here it happens when a query first needs it. Hibernate still
 * validates every query when its repository is created ({@link RepositoryWarmUp}, ADR 0031).
 */
@Configuration(proxyBeanMethods = false)
class QueriesAnalysedOnFirstUse {

  @Bean
  static BeanPostProcessor deferredQueryAnalysis() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repositories) {
          repositories.setQueryEnhancerSelectorSource(new Selector());
        }
        return bean;
      }
    };
  }

  /** Native SQL as Spring Data does it; JPQL through the deferred parse. */
  static final class Selector extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {
    Selector() {
      super(DEFAULT_NATIVE, new OnFirstUse(DEFAULT_JPQL));
    }
  }

  private record OnFirstUse(QueryEnhancerFactory parser) implements QueryEnhancerFactory {

    @Override
    public boolean supports(DeclaredQuery query) {
      return parser.supports(query);
    }

    @Override
    public QueryEnhancer create(QueryProvider query) {
      return new Deferred(query, Lazy.of(() -> parser.create(query)));
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
