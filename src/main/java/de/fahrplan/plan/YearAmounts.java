package de.fahrplan.plan;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Staff and money of one budget year as an import row gives them; an amount that is null is not in
 * the row and stays as it is.
 */
public record YearAmounts(
    BigDecimal fteExisting,
    BigDecimal fteNew,
    BigDecimal fteExternal,
    BigDecimal consumptive,
    BigDecimal investive)
    implements Serializable {

  static final YearAmounts NONE = new YearAmounts(null, null, null, null, null);

  public boolean empty() {
    return fteExisting == null
        && fteNew == null
        && fteExternal == null
        && consumptive == null
        && investive == null;
  }

  /** This year's amounts, the missing ones taken from {@code other}. */
  YearAmounts or(YearAmounts other) {
    return new YearAmounts(
        fteExisting != null ? fteExisting : other.fteExisting,
        fteNew != null ? fteNew : other.fteNew,
        fteExternal != null ? fteExternal : other.fteExternal,
        consumptive != null ? consumptive : other.consumptive,
        investive != null ? investive : other.investive);
  }

  /** One amount by its field name ({@link MeasureColumns#AMOUNTS}). */
  public BigDecimal get(String field) {
    return switch (field) {
      case "fteExisting" -> fteExisting;
      case "fteNew" -> fteNew;
      case "fteExternal" -> fteExternal;
      case "consumptive" -> consumptive;
      case "investive" -> investive;
      default -> throw new IllegalArgumentException(field);
    };
  }

  /** Whether the year's entry (null: none) already holds every amount given here. */
  boolean heldBy(ResourceView entry) {
    if (entry == null) {
      return empty();
    }
    return same(fteExisting, entry.fteExisting())
        && same(fteNew, entry.fteNew())
        && same(fteExternal, entry.fteExternal())
        && same(consumptive, entry.consumptive())
        && same(investive, entry.investive());
  }

  private static boolean same(BigDecimal given, BigDecimal stored) {
    return given == null || (stored != null && given.compareTo(stored) == 0);
  }
}
