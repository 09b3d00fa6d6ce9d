package de.fahrplan.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every test context starts from an empty schema (then Flyway and the demo data). */
@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

  @Bean
  FlywayMigrationStrategy cleanThenMigrate() {
    return flyway -> {
      flyway.clean();
      flyway.migrate();
    };
  }
}
