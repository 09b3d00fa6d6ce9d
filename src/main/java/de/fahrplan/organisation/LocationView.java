package de.fahrplan.organisation;

import de.fahrplan.shared.web.Versioned;
import java.time.Instant;

/** A place where committees meet (OParl Location), with its postal address where known. */
public record LocationView(
    Long id,
    String description,
    String streetAddress,
    String room,
    String postalCode,
    String locality,
    Instant created,
    Instant modified,
    long version)
    implements Versioned {

  /** "Marktplatz 1, 12345 Musterstadt", or empty. */
  public String address() {
    String town =
        String.join(
            " ", java.util.stream.Stream.of(postalCode, locality).filter(s -> s != null).toList());
    return String.join(
        ", ",
        java.util.stream.Stream.of(streetAddress, town.isEmpty() ? null : town)
            .filter(s -> s != null)
            .toList());
  }
}
