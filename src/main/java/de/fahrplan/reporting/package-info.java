/**
 * The reporting cycle (capability C3): a reporting schedule per strategy, rounds per period, and
 * the status updates (Sachstandsberichte) the measure owners write and the coordination reviews.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package de.fahrplan.reporting;
