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

  protected PaperSettings() {}

  public PaperSettings(String numberPattern, String paperTypes, String checkOptions) {
    apply(numberPattern, paperTypes, checkOptions);
  }

  /** The caller has checked the values ({@code CouncilSettings.update}). */
  public void apply(String numberPattern, String paperTypes, String checkOptions) {
    this.numberPattern = numberPattern;
    this.paperTypes = paperTypes;
    this.checkOptions = checkOptions;
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
