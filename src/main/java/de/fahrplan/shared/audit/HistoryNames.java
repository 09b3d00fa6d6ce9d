package de.fahrplan.shared.audit;

import de.fahrplan.shared.NotFoundException;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Names for the ids a change history records ("orgUnitId" 25 → "1.050 – Frauenbüro"), so that a
 * reader never sees an internal number. Each module names its own objects; a module answers empty
 * for a field it does not know or an object that is gone.
 */
public interface HistoryNames {

  /** The name of the object {@code field} of an object of {@code type} refers to. */
  default Optional<String> name(String type, String field, long id) {
    return Optional.empty();
  }

  /**
   * The name of a key in a map {@code field} holds ("CITIZENS" in a measure's ratings → the
   * criterion's name), empty for a field the module does not know or a key no longer defined.
   */
  default Optional<String> key(String type, String field, String key) {
    return Optional.empty();
  }

  /**
   * A recorded value the module wrote in a form of its own (several lines in one text), as the
   * reader's language writes it; empty for a field the module does not know or a value that does
   * not read in that form.
   */
  default Optional<String> value(String type, String field, String recorded) {
    return Optional.empty();
  }

  /** The name {@code read} gives the object, empty when it is gone (not found in this tenant). */
  static Optional<String> read(long id, LongFunction<String> read) {
    try {
      return Optional.ofNullable(read.apply(id));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
