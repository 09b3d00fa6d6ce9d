package de.fahrplan.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Child process of {@link KillDuringWritesTest}: several threads insert rows one by one
 * (auto-commit, as requests would) and print each id once the database acknowledged it, until the
 * process is killed. Arguments: JDBC URL, user, password, threads.
 */
public final class AcknowledgingWriter {

  private AcknowledgingWriter() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args.length > 2 ? args[2] : "";
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement()
          .execute("create table if not exists ack (id bigint primary key, payload varchar(200))");
    }
    AtomicLong ids = new AtomicLong();
    for (int t = 0; t < threads; t++) {
      Thread.ofPlatform()
          .start(
              () -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                    PreparedStatement insert =
                        c.prepareStatement("insert into ack (id, payload) values (?, ?)")) {
                  while (true) {
                    long id = ids.incrementAndGet();
                    insert.setLong(1, id);
                    insert.setString(2, "Sachstand Q3/2026 für M-" + id);
                    insert.executeUpdate();
                    synchronized (System.out) {
                      System.out.println(id);
                      System.out.flush();
                    }
                  }
                } catch (Exception e) {
                  System.exit(1);
                }
              });
    }
  }
}
