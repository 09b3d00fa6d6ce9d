package de.fahrplan.strategy;

import de.fahrplan.shared.web.Versioned;
import java.util.List;

/** A strategic goal of a strategy version. */
public record GoalView(
    Long id,
    Long versionId,
    String code,
    String title,
    String description,
    List<Long> fieldOfActionIds,
    long version)
    implements Versioned {

  public String label() {
    return code + " – " + title;
  }
}
