package de.fahrplan.oparl;

/** What Administration sets for the import from the Ratsinformationssystem (form). */
public class ImportSettings {
  /** The OParl System object's URL, e.g. https://ris.example.de/oparl/v1/system. */
  public String systemUrl;

  /** Which body, when the system serves several (empty: the first). */
  public String bodyUrl;

  /** How many requests per second the RIS gets at most. */
  public int requestsPerSecond = 5;

  /**
   * One rule per line, {@code https://old.example/ => https://new.example/}: URLs the server names
   * but does not answer under (seen in the wild) are asked under the new prefix.
   */
  public String rewriteRules;

  /** Every how many days the nightly run reads everything again instead of what changed. */
  public int fullEveryDays = 7;

  /**
   * A known quirk of the server: its change filter ({@code modified_since}, the objects' {@code
   * modified}) cannot be trusted, so every run reads everything.
   */
  public boolean alwaysFull;

  public Long version;
}
