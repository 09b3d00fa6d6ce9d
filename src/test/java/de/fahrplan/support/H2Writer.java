package de.fahrplan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Child process of {@code EmbeddedDurabilityTest}: inserts rows one by one (auto-commit, as a
 * request would) and prints each id once the database acknowledged it, until it is killed.
 */
public final class H2Writer {

  private H2Writer() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
      c.createStatement()
          .execute("create table if not exists ack (id bigint primary key, payload varchar(200))");
      PreparedStatement insert = c.prepareStatement("insert into ack (id, payload) values (?, ?)");
      for (long id = 1; ; id++) {
        insert.setLong(1, id);
        insert.setString(2, "Sachstand Q3/2026 für M-" + id);
        insert.executeUpdate();
        System.out.println(id);
        System.out.flush();
      }
    }
  }
}
