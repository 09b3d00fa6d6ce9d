/** The demo municipalities for trying Fahrplan; loaded only when {@code fahrplan.demo.enabled}. */
@org.springframework.modulith.ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {
      "identity",
      "organisation",
      "strategy",
      "plan",
      "reporting",
      "council",
      "documents",
      "shared"
    })
package de.fahrplan.demo;
