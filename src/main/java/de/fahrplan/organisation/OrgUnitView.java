package de.fahrplan.organisation;

import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.web.Versioned;
import java.time.LocalDate;

/** An org unit; {@code depth} is its level in the tree (0 = top). */
public record OrgUnitView(
    Long id,
    String code,
    String name,
    Long parentId,
    LocalDate validFrom,
    LocalDate validUntil,
    Long leadPersonId,
    int depth,
    long version)
    implements Versioned {

  /** "1.201 – Haushalt und Steuerung". */
  public String label() {
    return code + " – " + name;
  }

  /** The label indented by depth, for choices in a select (" 1.410 – Internetredaktion"). */
  public String indentedLabel() {
    return "\u00a0\u00a0".repeat(depth) + label();
  }

  public OrgUnitInput toInput() {
    return Inputs.fill(this, new OrgUnitInput());
  }
}
