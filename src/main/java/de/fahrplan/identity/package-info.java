/**
 * Accounts, roles per municipality, login (local and OpenID Connect), password reset, personal API
 * tokens and the switch between municipalities.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Identity",
    allowedDependencies = {"organisation", "shared"})
package de.fahrplan.identity;
