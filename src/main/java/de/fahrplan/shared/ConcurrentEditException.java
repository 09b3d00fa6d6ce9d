package de.fahrplan.shared;

/** Somebody else saved the object since the user loaded it (optimistic locking). */
public class ConcurrentEditException extends RuntimeException {

  private final long currentVersion;

  public ConcurrentEditException(String what, long currentVersion) {
    super(what + " was changed concurrently");
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
