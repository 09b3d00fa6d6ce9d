/**
 * Council: papers (Vorlagen) with their numbers, sections and Beratungsfolge, in OParl 1.1's names
 * (Paper, Consultation), so that an OParl server can publish them unchanged. Committees are the
 * organisation module's {@code Organization}s.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Council",
    allowedDependencies = {"organisation", "strategy", "plan", "reporting", "documents", "shared"})
package de.fahrplan.council;
