package de.fahrplan.council.internal;

import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * Things in an order of their own – the Beratungsfolge, an agenda: positions 1, 2, 3 … without
 * gaps.
 */
public final class Positions {

  private Positions() {}

  /** Puts {@code moved} at {@code position} (1-based; null keeps it) and numbers all from 1. */
  public static <T> void place(List<T> items, T moved, Integer position, ObjIntConsumer<T> moveTo) {
    if (position != null) {
      items.remove(moved);
      items.add(Math.min(position, items.size() + 1) - 1, moved);
    }
    number(items, moveTo);
  }

  /** Numbers the items from 1 in their order, e.g. what is left after one was taken out. */
  public static <T> void number(List<T> items, ObjIntConsumer<T> moveTo) {
    for (int i = 0; i < items.size(); i++) {
      moveTo.accept(items.get(i), i + 1);
    }
  }
}
