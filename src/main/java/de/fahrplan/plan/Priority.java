package de.fahrplan.plan;

import java.util.List;
import java.util.Map;

/**
 * The priority of a measure, computed from its ratings (0 = keine … 3 = hoch) and the
 * municipality's weighted criteria.
 *
 * <ul>
 *   <li>score (0–100) = Σ weight × points / Σ weight × 3, over the criteria that are rated and
 *       weighted; points are the rating, except for effort criteria, where they are 3 − rating (a
 *       high effort lowers the priority); the criterion "Anzahl abhängiger Maßnahmen" is rated from
 *       the dependencies: min(3, number of direct successors);
 *   <li>class: hoch from 67, mittel from 34, niedrig below; a manual override (with a reason)
 *       replaces the class, never the score;
 *   <li>benefit and effort (0–3, for the matrix): weighted mean of the ratings of the benefit and
 *       of the effort criteria.
 * </ul>
 *
 * A measure without any rating has no score and no derived class.
 */
public record Priority(
    Integer score, Double benefit, Double effort, PriorityClass derived, PriorityClass effective) {

  public static final int MAX_RATING = 3;
  static final int HIGH_FROM = 67;
  static final int MEDIUM_FROM = 34;

  public static Priority of(
      Map<String, Integer> ratings,
      List<CriterionView> criteria,
      int dependants,
      PriorityClass override) {
    long points = 0;
    long max = 0;
    double benefitSum = 0;
    double benefitWeight = 0;
    double effortSum = 0;
    double effortWeight = 0;
    for (CriterionView c : criteria) {
      Integer rating =
          c.derived() ? Integer.valueOf(Math.min(MAX_RATING, dependants)) : ratings.get(c.key());
      if (rating == null || c.weight() <= 0) {
        continue;
      }
      points +=
          (long) c.weight() * (c.axis() == CriterionAxis.EFFORT ? MAX_RATING - rating : rating);
      max += (long) c.weight() * MAX_RATING;
      if (c.axis() == CriterionAxis.BENEFIT) {
        benefitSum += c.weight() * rating;
        benefitWeight += c.weight();
      } else if (c.axis() == CriterionAxis.EFFORT) {
        effortSum += c.weight() * rating;
        effortWeight += c.weight();
      }
    }
    boolean rated = criteria.stream().anyMatch(c -> !c.derived() && ratings.containsKey(c.key()));
    Integer score = rated && max > 0 ? (int) Math.round(100.0 * points / max) : null;
    PriorityClass derived =
        score == null
            ? null
            : score >= HIGH_FROM
                ? PriorityClass.HIGH
                : score >= MEDIUM_FROM ? PriorityClass.MEDIUM : PriorityClass.LOW;
    return new Priority(
        score,
        benefitWeight > 0 ? benefitSum / benefitWeight : null,
        effortWeight > 0 ? effortSum / effortWeight : null,
        derived,
        override != null ? override : derived);
  }
}
