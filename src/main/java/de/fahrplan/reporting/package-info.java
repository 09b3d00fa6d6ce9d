/**
 * The reporting cycle: a reporting schedule per strategy, rounds per period, and the status updates
 * (Sachstandsberichte) the measure owners write and the coordination reviews.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Reporting",
    allowedDependencies = {"plan", "strategy", "organisation", "documents", "shared"})
package de.fahrplan.reporting;
