/**
 * Organisation of a municipality: the municipality itself (Body, the tenant), org units, persons,
 * committees and working groups with memberships. The module is spelled the British way, {@code
 * organisation}; {@code Organization} (American spelling) is OParl's name for a Gremium – a
 * committee, council or working group – and stays so because OParl's API uses it.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Organisation",
    allowedDependencies = {"shared"})
package de.fahrplan.organisation;
