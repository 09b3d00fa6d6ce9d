package de.fahrplan.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock of the municipalities (German time, replaceable in tests) and scheduled jobs (the daily
 * reminders; switch one off with its cron property set to "-").
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimeConfig {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/Berlin"));
  }
}
