package de.fahrplan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.support.FahrplanTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.repository.Repository;

/**
 * The repositories are created on first use or by the background warm-up (ADR 0031), so a query
 * Hibernate refuses no longer stops the start: this test is where it fails – every repository of
 * the code is created and every query validated – and the warm-up goes on past a repository that
 * cannot be created.
 */
@FahrplanTest
class RepositoryWarmUpTest {

  @Autowired ListableBeanFactory beans;

  @Test
  void everyRepositoryOfTheCodeIsCreatedAndEveryQueryValidates() {
    RepositoryWarmUp.Result result = new RepositoryWarmUp(beans).run();

    assertThat(result.failed()).isEmpty();
    assertThat(result.created()).hasSize(repositoryInterfaces());
    assertThat(result.created()).contains("measureRepository", "paperRepository");
    // the paged @Query methods (meetings, mandates, persons, committees) and their count queries:
    // each found by its text, so Spring Data's analysis is ready before a list needs it (the
    // measures' filter query is written per criteria given: MatchingMeasures)
    assertThat(result.paged()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(result.analysed()).isEqualTo(result.paged());
    assertThat(result.analysed()).anyMatch(q -> q.startsWith("select m from Meeting m"));
  }

  @Test
  void aRepositoryThatCannotBeCreatedIsReportedAndTheOthersAreStillCreated() {
    StaticListableBeanFactory factory = new StaticListableBeanFactory();
    factory.addBean(
        "brokenRepository",
        new Creating(
            () -> {
              throw new IllegalStateException("HQL");
            }));
    factory.addBean("goodRepository", new Creating(() -> new Repository<Object, Long>() {}));

    RepositoryWarmUp.Result result = new RepositoryWarmUp(factory).run();

    assertThat(result.created()).containsExactly("goodRepository");
    assertThat(result.failed()).containsOnlyKeys("brokenRepository");
    assertThat(result.failed().get("brokenRepository")).hasRootCauseMessage("HQL");
  }

  @Test
  void aServerStoppedDuringTheWarmUpEndsItWithoutReportingFailures() {
    StaticListableBeanFactory factory = new StaticListableBeanFactory();
    RepositoryWarmUp warmUp = new RepositoryWarmUp(factory);
    factory.addBean("firstRepository", new Creating(() -> new Repository<Object, Long>() {}));
    factory.addBean(
        "closingRepository",
        new Creating(
            () -> {
              warmUp.stop(); // the context closes while this one is created
              throw new IllegalStateException("EntityManagerFactory is closed");
            }));
    factory.addBean("laterRepository", new Creating(() -> new Repository<Object, Long>() {}));

    RepositoryWarmUp.Result result = warmUp.run();

    assertThat(result.created()).containsExactly("firstRepository");
    assertThat(result.failed()).isEmpty();
  }

  /** The interfaces under de.fahrplan that Spring Data turns into repositories. */
  private static int repositoryInterfaces() {
    var scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isInterface();
          }
        };
    scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
    List<String> found =
        scanner.findCandidateComponents("de.fahrplan").stream()
            .map(d -> d.getBeanClassName())
            .toList();
    assertThat(found).as("repository interfaces found by the scan").isNotEmpty();
    return found.size();
  }

  /** A repository's factory as Spring Data registers it: its object is created on request. */
  private record Creating(java.util.function.Supplier<Repository<?, ?>> create)
      implements FactoryBean<Repository<?, ?>> {

    @Override
    public Repository<?, ?> getObject() {
      return create.get();
    }

    @Override
    public Class<?> getObjectType() {
      return Repository.class;
    }
  }
}
