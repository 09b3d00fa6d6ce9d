package de.fahrplan.plan;

/**
 * A priority criterion of the municipality. {@code key} is stable (ratings point at it); the
 * criterion {@value #DEPENDANTS} is not rated by hand but counted from the dependencies.
 */
public record CriterionView(String key, String name, CriterionAxis axis, int weight) {

  public static final String DEPENDANTS = "DEPENDANTS";

  public boolean derived() {
    return DEPENDANTS.equals(key);
  }
}
