package de.fahrplan.plan;

import de.fahrplan.shared.audit.AuditLog;
import java.time.Instant;
import java.util.List;

/**
 * A change of the execution state of a measure of the plan in force (status, actual dates, a budget
 * decision) as its history records it – for the report's "Änderungen seit dem letzten Bericht".
 */
public record ExecutionChange(
    Long measureId, String measureLabel, Instant at, String action, List<AuditLog.Change> changes) {

  /** The reason given with the change, if any. */
  public String comment() {
    return changes.stream()
        .filter(c -> c.field().equals("comment"))
        .map(AuditLog.Change::newValue)
        .findFirst()
        .orElse(null);
  }
}
