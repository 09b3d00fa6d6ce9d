/**
 * The measures plan (capability C2): measures per strategy version with goals, status, dates,
 * horizon and responsibility; the plan tree field of action → goal → measure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package de.fahrplan.plan;
