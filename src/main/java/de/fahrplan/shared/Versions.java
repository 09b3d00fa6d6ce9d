package de.fahrplan.shared;

/** Checks the version a client edited against the stored one before anything is written. */
public final class Versions {

  private Versions() {}

  public static void check(String what, long stored, Long expected) {
    if (expected != null && expected != stored) {
      throw new ConcurrentEditException(what, stored);
    }
  }
}
