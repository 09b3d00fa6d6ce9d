package de.fahrplan.council;

import de.fahrplan.shared.web.Versioned;
import java.util.List;
import java.util.Optional;

/** The settings in force (the defaults until the municipality saves its own). */
public record CouncilSettingsView(
    String numberPattern,
    List<PaperType> types,
    List<String> checks,
    List<String> alwaysAsked,
    long version)
    implements Versioned {

  public String paperTypes() {
    return String.join("\n", types.stream().map(PaperType::line).toList());
  }

  public String checkOptions() {
    return String.join("\n", checks);
  }

  public String alwaysAskedCodes() {
    return String.join("\n", alwaysAsked);
  }

  public Optional<PaperType> type(String name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
