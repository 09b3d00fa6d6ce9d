package de.fahrplan.council.internal;

import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last number given for one prefix of paper numbers (see {@link NumberPattern}). */
@Entity
@Table(name = "paper_counter")
public class PaperCounter extends TenantEntity {

  private String counterKey;
  private int lastValue;

  protected PaperCounter() {}

  public PaperCounter(String counterKey) {
    this.counterKey = counterKey;
  }

  /** The next value; the caller holds the row's lock until its transaction ends. */
  public int next() {
    return ++lastValue;
  }
}
