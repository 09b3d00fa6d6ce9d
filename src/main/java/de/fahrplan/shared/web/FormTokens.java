package de.fahrplan.shared.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one-time tokens of page forms (table {@code form_submission}): the first post of a token
 * claims it; when it ends in a redirect the token keeps where it led, so a second post of the same
 * form is sent there instead of being done again; a post that ends otherwise (errors shown, a
 * conflict) gives the token back, so that the corrected form can be sent. Each statement commits on
 * its own, outside the action's transaction.
 */
@Component
class FormTokens {

  private static final Duration KEPT = Duration.ofDays(1);
  private static final Duration WAIT_STEP = Duration.ofMillis(100);

  private final JdbcTemplate jdbc;
  private final Clock clock;

  FormTokens(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Whether this post is the token's first (then it is claimed). */
  boolean claim(String token, String principal) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "delete from form_submission where created_at < ?",
        Timestamp.from(clock.instant().minus(KEPT)));
    try {
      jdbc.update(
          "insert into form_submission (token, principal, created_at) values (?, ?, ?)",
          token,
          principal,
          now);
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  void done(String token, String location) {
    jdbc.update("update form_submission set location = ? where token = ?", location, token);
  }

  void release(String token) {
    jdbc.update("delete from form_submission where token = ? and location is null", token);
  }

  /**
   * Where the token's first post led – waiting up to {@code patience} while it still runs (a double
   * click); empty when it was another user's token, or the first post did not finish in time.
   */
  Optional<String> resultOf(String token, String principal, Duration patience) {
    long rounds = Math.max(1, patience.toMillis() / WAIT_STEP.toMillis());
    for (long i = 0; i < rounds; i++) {
      List<String[]> rows =
          jdbc.query(
              "select principal, location from form_submission where token = ?",
              (rs, n) -> new String[] {rs.getString(1), rs.getString(2)},
              token);
      if (rows.isEmpty() || !rows.get(0)[0].equals(principal)) {
        return Optional.empty();
      }
      if (rows.get(0)[1] != null) {
        return Optional.of(rows.get(0)[1]);
      }
      try {
        Thread.sleep(WAIT_STEP);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
