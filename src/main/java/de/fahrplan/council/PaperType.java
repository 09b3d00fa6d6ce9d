package de.fahrplan.council;

/**
 * A paper type of the municipality (Beschlussvorlage, Mitteilungsvorlage, …): its name, the short
 * code a number pattern's {@code {type}} stands for, and whether it asks for a decision (then a
 * paper without a deciding consultation is warned).
 */
public record PaperType(String name, String code, boolean decision) {

  /** "Beschlussvorlage; BV; Beschluss" – one line of the settings. */
  public String line() {
    return name + "; " + code + (decision ? "; Beschluss" : "");
  }
}
