package de.fahrplan.council.internal;

import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A municipality's own settings for papers: number pattern, paper types, checkboxes. */
@Entity
@Table(name = "council_settings")
public class PaperSettings extends TenantEntity {

  private String numberPattern;
  private String paperTypes;
  private String checkOptions;
  private String alwaysAsked;

  protected PaperSettings() {}

  public PaperSettings(
      String numberPattern, String paperTypes, String checkOptions, String alwaysAsked) {
    apply(numberPattern, paperTypes, checkOptions, alwaysAsked);
  }

  /** The caller has checked the values ({@code CouncilSettings.update}). */
  public void apply(
      String numberPattern, String paperTypes, String checkOptions, String alwaysAsked) {
    this.numberPattern = numberPattern;
    this.paperTypes = paperTypes;
    this.checkOptions = checkOptions;
    this.alwaysAsked = alwaysAsked;
  }

  public String alwaysAsked() {
    return alwaysAsked;
  }

  public String numberPattern() {
    return numberPattern;
  }

  public String paperTypes() {
    return paperTypes;
  }

  public String checkOptions() {
    return checkOptions;
  }
}
