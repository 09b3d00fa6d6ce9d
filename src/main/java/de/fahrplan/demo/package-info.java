/** The demo municipalities for trying Fahrplan; loaded only when {@code fahrplan.demo.enabled}. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package de.fahrplan.demo;
