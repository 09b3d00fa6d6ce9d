package de.fahrplan.shared.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.JpaQueryMethod;
import org.springframework.data.jpa.repository.query.PreprocessedQuery;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryInformation;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.stereotype.Component;

/**
 * Creates the repositories in the background once the application is ready. They are created lazily
 * ({@code spring.data.jpa.repositories.bootstrap-mode=lazy}, ADR 0031): creating them means
 * Hibernate parses and validates every query, about three seconds that would otherwise pass before
 * the server answers. A request that needs a repository before this thread reached it creates it
 * itself. A query that does not validate is logged here – and fails the suite first ({@code
 * RepositoryWarmUpTest}). Then the paged and sorted queries get Spring Data's analysis (ADR 0024),
 * which the first API list or search would otherwise wait for. A server stopped during the warm-up
 * ends it quietly: the repositories still to come would only fail on the closed entity manager
 * factory. Switched off with {@code fahrplan.repositories.warm-up=false}.
 */
@Component
@ConditionalOnProperty(
    name = "fahrplan.repositories.warm-up",
    havingValue = "true",
    matchIfMissing = true)
class RepositoryWarmUp {

  private static final Logger log = LoggerFactory.getLogger(RepositoryWarmUp.class);

  /**
   * The repositories created, those that could not be, by bean name, with the reason; the texts of
   * the paged and sorted queries and of those that were analysed.
   */
  record Result(
      List<String> created,
      Map<String, RuntimeException> failed,
      Set<String> paged,
      Set<String> analysed) {}

  private final ListableBeanFactory beans;
  private volatile boolean closing;

  RepositoryWarmUp(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    Thread thread = new Thread(this::runAndLog, "repository-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** Published before any bean is destroyed, so the loop stops before the factory closes. */
  @EventListener(ContextClosedEvent.class)
  void stop() {
    closing = true;
  }

  private void runAndLog() {
    long start = System.nanoTime();
    Result result = run();
    result.failed().forEach((name, e) -> log.error("Repository {} cannot be created", name, e));
    log.info(
        "{} repositories created, {} paged queries analysed in {} ms{}",
        result.created().size(),
        result.analysed().size(),
        (System.nanoTime() - start) / 1_000_000,
        closing ? ", stopped by the shutdown" : "");
  }

  /**
   * Creates every repository not created yet; one that fails does not stop the others, the
   * application's shutdown does. Then analyses their paged and sorted queries.
   */
  Result run() {
    List<String> created = new ArrayList<>();
    Map<String, RuntimeException> failed = new LinkedHashMap<>();
    // a lazy repository's type is known once its factory exists (creating that is cheap)
    for (String name : beans.getBeanNamesForType(Repository.class, false, true)) {
      if (closing) {
        break;
      }
      try {
        beans.getBean(name);
        created.add(name);
      } catch (RuntimeException e) {
        if (!closing) {
          failed.put(name, e);
        }
      }
    }
    var analysis =
        beans.getBeanProvider(QueriesAnalysedOnFirstUse.DeferredAnalysis.class).getIfAvailable();
    Set<String> paged = closing ? Set.of() : pagedQueries(created);
    Set<String> analysed = analysis == null ? Set.of() : analysis.analyse(paged);
    return new Result(created, failed, paged, analysed);
  }

  /** The texts of the repositories' queries (and count queries) that Spring Data pages or sorts. */
  private Set<String> pagedQueries(List<String> repositories) {
    Set<String> texts = new HashSet<>();
    for (String name : repositories) {
      if (beans.getBean("&" + name) instanceof RepositoryFactoryInformation<?, ?> factory) {
        for (QueryMethod method : factory.getQueryMethods()) {
          if (method instanceof JpaQueryMethod jpa
              && jpa.getAnnotatedQuery() != null
              && (method.getParameters().hasPageableParameter()
                  || method.getParameters().hasSortParameter())) {
            texts.add(asSpringDataHasIt(jpa.getAnnotatedQuery()));
            if (jpa.getCountQuery() != null) {
              texts.add(asSpringDataHasIt(jpa.getCountQuery()));
            }
          }
        }
      }
    }
    return texts;
  }

  /** The text with Spring Data's parameter bindings ({@code like :q} becomes {@code :q_1}). */
  private static String asSpringDataHasIt(String jpql) {
    return PreprocessedQuery.parse(DeclaredQuery.jpqlQuery(jpql)).getQueryString();
  }
}
