package de.fahrplan.oparl;

import java.time.Instant;
import java.util.List;

/**
 * The import page's state: the settings (null before the first save), whether a run is going on
 * (and its last sign of life), where the next incremental run starts, and the last runs (newest
 * first).
 */
public record ImportStatus(
    ImportSettings settings,
    boolean running,
    Instant heartbeat,
    boolean cancelRequested,
    Instant watermark,
    Instant lastFull,
    List<ImportRunView> runs) {

  public ImportRunView current() {
    return runs.isEmpty() ? null : runs.get(0);
  }
}
