package de.fahrplan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.support.FahrplanTest;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Every repository of the application gets the deferred query analysis (ADR 0024). Reads Spring
 * Data's private field: when an upgrade renames it, this test says that the wiring must be checked
 * again instead of the start-up silently growing by seconds.
 */
@FahrplanTest
class QueriesAnalysedOnFirstUseWiringTest {

  @Autowired ApplicationContext context;

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void everyRepositoryAnalysesItsQueriesOnFirstUse() {
    Map<String, JpaRepositoryFactoryBean> repositories =
        context.getBeansOfType(JpaRepositoryFactoryBean.class);

    assertThat(repositories).hasSizeGreaterThan(30);
    repositories.forEach(
        (name, repository) -> {
          var selector =
              (Function<BeanFactory, ?>)
                  ReflectionTestUtils.getField(repository, "queryEnhancerSelectorSource");
          assertThat(selector).as(name).isNotNull();
          assertThat(selector.apply(context))
              .as(name)
              .isInstanceOf(QueriesAnalysedOnFirstUse.Selector.class);
        });
  }
}
