package de.fahrplan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Which database the full-context tests run on ({@code -Dfahrplan.test.db=h2|postgres}). For
 * PostgreSQL it creates the test database if needed; without a reachable server the tests are
 * skipped with a loud message, or fail when {@code -Dfahrplan.postgres.required=true} (CI).
 */
public class TestDatabase implements ActiveProfilesResolver, ExecutionCondition {

  static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?connectTimeout=5";
  private static Boolean postgresReady;

  public static boolean postgres() {
    return "postgres".equals(System.getProperty("fahrplan.test.db", "h2"));
  }

  @Override
  public String[] resolve(Class<?> testClass) {
    return new String[] {postgres() ? "test-postgres" : "test-h2"};
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!postgres()) {
      return ConditionEvaluationResult.enabled("H2");
    }
    if (preparePostgres()) {
      return ConditionEvaluationResult.enabled("PostgreSQL on 127.0.0.1:5432");
    }
    String message =
        "!!! PostgreSQL on 127.0.0.1:5432 is not reachable: the PostgreSQL suite is SKIPPED, not passed. "
            + "Start it (pg_ctlcluster 15 main start) or run .ci/run.";
    if (Boolean.getBoolean("fahrplan.postgres.required")) {
      throw new IllegalStateException(message);
    }
    System.err.println(message);
    return ConditionEvaluationResult.disabled(message);
  }

  private static synchronized boolean preparePostgres() {
    if (postgresReady == null) {
      try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
        var exists =
            c.createStatement()
                .executeQuery("select 1 from pg_database where datname = 'fahrplan_test'");
        if (!exists.next()) {
          c.createStatement().execute("create database fahrplan_test");
        }
        postgresReady = true;
      } catch (SQLException e) {
        System.err.println("PostgreSQL: " + e.getMessage());
        postgresReady = false;
      }
    }
    return postgresReady;
  }
}
