package de.fahrplan.support;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares, per thread: a test counts what its own request
 * cost, not what a background rendering of another test sends at the same time.
 */
public final class StatementCounter implements StatementInspector {

  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

  /** Starts counting this thread's statements from zero. */
  public static void reset() {
    COUNT.get()[0] = 0;
  }

  /** This thread's statements since {@link #reset()}. */
  public static long count() {
    return COUNT.get()[0];
  }

  @Override
  public String inspect(String sql) {
    COUNT.get()[0]++;
    return sql;
  }
}
