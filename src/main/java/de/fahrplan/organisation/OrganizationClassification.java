package de.fahrplan.organisation;

/** What kind of body a committee or group is; mapped to OParl's organizationType later. */
public enum OrganizationClassification {
  /** Rat, Bürgerschaft, Kreistag, Gemeindevertretung. */
  RAT,
  HAUPTAUSSCHUSS,
  KREISAUSSCHUSS,
  FACHAUSSCHUSS,
  /** Senat, Verwaltungsvorstand, Verwaltungskonferenz. */
  VERWALTUNGSVORSTAND,
  /** Koordinationsgruppe, IuK-Arbeitskreis, Projektgruppe. */
  ARBEITSGRUPPE,
  SONSTIGES
}
