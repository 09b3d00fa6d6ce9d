package de.fahrplan.plan;

import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.web.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A measure as shown and returned by the API; {@code horizon} is the effective one, {@code
 * priority} is computed from {@code ratings} (see {@link Priority}); {@code unplanned}: added to
 * the version in force outside the adopted plan (überplanmäßig).
 */
public record MeasureView(
    Long id,
    Long strategyVersionId,
    String code,
    String title,
    String description,
    List<Long> goalIds,
    MeasureStatus status,
    String statusReason,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    LocalDate actualStart,
    LocalDate actualEnd,
    Horizon horizon,
    Horizon horizonOverride,
    Long leadOrgUnitId,
    Long responsiblePersonId,
    Long parentId,
    MeasureLevel level,
    List<String> tags,
    Map<String, Integer> ratings,
    Priority priority,
    PriorityClass priorityOverride,
    String priorityReason,
    boolean unplanned,
    long version)
    implements Versioned {

  public String label() {
    return label(code, title);
  }

  /** "M-12 – Titel": how a measure is named in lists and choices. */
  public static String label(String code, String title) {
    return code + " – " + title;
  }

  /** The measure as input, to change a few fields and save. */
  public MeasureInput toInput() {
    return into(new MeasureInput());
  }

  /** Fills {@code in} (an input or a form extending it) with this measure's values. */
  public <T extends MeasureInput> T into(T in) {
    return Inputs.fill(this, in);
  }
}
