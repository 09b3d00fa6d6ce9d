package de.fahrplan.shared.persistence;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The database part of {@code /actuator/health}, answered within a fixed time: Boot's own check
 * waits as long as the pool and the driver do, so a paused database made the health check hang and
 * a load balancer could not take the node out. Replaces Boot's "db" indicator (disabled in
 * application.properties).
 */
@Component("db")
class DatabaseHealth implements HealthIndicator, DisposableBean {

  private final JdbcTemplate jdbc;
  private final Duration limit;
  private final ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor();

  DatabaseHealth(JdbcTemplate jdbc, @Value("${fahrplan.database.health-timeout}") Duration limit) {
    this.jdbc = jdbc;
    this.limit = limit;
  }

  @Override
  public Health health() {
    Future<Integer> check = checks.submit(() -> jdbc.queryForObject("select 1", Integer.class));
    try {
      check.get(limit.toMillis(), TimeUnit.MILLISECONDS);
      return Health.up().build();
    } catch (TimeoutException e) {
      check.cancel(true);
      return Health.down()
          .withDetail("reason", "no answer within " + limit.toMillis() + " ms")
          .build();
    } catch (ExecutionException e) {
      return Health.down().withDetail("reason", e.getCause().getClass().getSimpleName()).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.down().build();
    }
  }

  @Override
  public void destroy() {
    checks.shutdownNow();
  }
}
