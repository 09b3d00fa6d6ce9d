/**
 * The measures plan: measures per strategy version with goals, status, dates, horizon and
 * responsibility; the plan tree field of action → goal → measure.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Plan",
    allowedDependencies = {"strategy", "organisation", "documents", "shared"})
package de.fahrplan.plan;
