/**
 * The strategy: strategies with versions (draft → adopted → in force → superseded), the target
 * picture (Zielbild), fields of action and strategic goals.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Strategy",
    allowedDependencies = {"organisation", "shared"})
package de.fahrplan.strategy;
