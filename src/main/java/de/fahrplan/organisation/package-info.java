/**
 * Organisation of a municipality (capability C1): the municipality itself (Body, the tenant), org
 * units, persons, committees and working groups (Organization) with memberships.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package de.fahrplan.organisation;
