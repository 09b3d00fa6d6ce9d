package de.fahrplan.council;

/**
 * The municipality's paper settings. {@code paperTypes}: one type per line, "Name; Kürzel" or
 * "Name; Kürzel; Beschluss"; {@code checkOptions}: one checkbox label per line.
 */
public class CouncilSettingsInput {
  public String numberPattern;
  public String paperTypes;
  public String checkOptions;
}
