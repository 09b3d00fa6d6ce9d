package de.fahrplan.shared.audit;

import java.util.Optional;

/**
 * Names for the ids a change history records ("orgUnitId" 25 → "1.050 – Frauenbüro"), so that a
 * reader never sees an internal number. Each module names its own objects; a module answers empty
 * for a field it does not know or an object that is gone.
 */
public interface HistoryNames {

  /** The name of the object {@code field} of an object of {@code type} refers to. */
  Optional<String> name(String type, String field, long id);
}
