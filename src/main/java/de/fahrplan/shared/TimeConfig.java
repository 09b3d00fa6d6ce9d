package de.fahrplan.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.hibernate.generator.internal.CurrentTimestampGeneration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock of the municipalities (German time, replaceable in tests; every time written comes from
 * it – the services', the audit trail's, the outbox's and Hibernate's timestamps) and scheduled
 * jobs (the daily reminders; switch one off with its cron property set to "-").
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimeConfig {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/Berlin"));
  }

  /**
   * Hibernate's {@code @CreationTimestamp} and {@code @UpdateTimestamp} read the same clock
   * (through its setting for a clock of its own), so every time the application writes has one
   * source.
   */
  @Bean
  HibernatePropertiesCustomizer hibernateClock(Clock clock) {
    return properties -> properties.put(CurrentTimestampGeneration.CLOCK_SETTING_NAME, clock);
  }
}
