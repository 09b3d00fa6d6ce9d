package de.fahrplan.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The tests' clock: the real time unless a test moves it (and moves it back when done). */
public class MovableClock extends Clock {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final AtomicReference<Instant> fixed = new AtomicReference<>();

  public void moveTo(Instant instant) {
    fixed.set(instant);
  }

  public void reset() {
    fixed.set(null);
  }

  @Override
  public ZoneId getZone() {
    return BERLIN;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(BERLIN) ? this : Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    Instant now = fixed.get();
    return now == null ? Instant.now() : now;
  }
}
