package de.fahrplan.support;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares, per thread: a test counts what its own request
 * cost, not what a background rendering of another test sends at the same time.
 */
public final class StatementCounter implements StatementInspector {

  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

  /** The statements since {@link #reset()}; none kept on a thread that never reset. */
  private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

  /** Starts counting this thread's statements from zero. */
  public static void reset() {
    COUNT.get()[0] = 0;
    SENT.set(new ArrayList<>());
  }

  /** This thread's statements since {@link #reset()}. */
  public static long count() {
    return COUNT.get()[0];
  }

  /** The SQL of this thread's statements since {@link #reset()}. */
  public static List<String> statements() {
    List<String> sent = SENT.get();
    return sent == null ? List.of() : List.copyOf(sent);
  }

  @Override
  public String inspect(String sql) {
    COUNT.get()[0]++;
    List<String> sent = SENT.get();
    if (sent != null) {
      sent.add(sql);
    }
    return sql;
  }
}
