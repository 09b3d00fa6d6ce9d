package de.fahrplan.organisation;

import de.fahrplan.shared.web.Versioned;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        Stream.of(postalCode, locality).filter(Objects::nonNull).collect(Collectors.joining(" "));
    return Stream.of(streetAddress, town.isEmpty() ? null : town)
        .filter(Objects::nonNull)
        .collect(Collectors.joining(", "));
  }
}
