package de.fahrplan.shared.web;

import de.fahrplan.shared.ConcurrentEditException;
import de.fahrplan.shared.InvalidInputException;
import java.util.function.LongConsumer;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts a domain rule's violations next to the fields of the form that caused them. */
public final class FormErrors {

  private FormErrors() {}

  /**
   * Saves a form. A broken rule is put next to its field; a concurrent edit puts the current state
   * into the model as {@code conflict} and lets the form adopt the current version, so the user
   * sees both and can save their input deliberately. Returns whether the save went through.
   */
  public static boolean trySave(
      Runnable save, BindingResult result, Model model, Object current, LongConsumer adoptVersion) {
    if (result.hasErrors()) {
      return false;
    }
    try {
      save.run();
      return true;
    } catch (InvalidInputException e) {
      bind(e, result);
    } catch (ConcurrentEditException e) {
      model.addAttribute("conflict", current);
      adoptVersion.accept(e.currentVersion());
    }
    return false;
  }

  /**
   * Creates from a form: the new object, or empty with every broken rule next to its field (also
   * when the form could not even be bound). The create paths' counterpart of {@link #trySave}.
   */
  public static <T> java.util.Optional<T> tryCreate(
      java.util.function.Supplier<T> create, BindingResult result) {
    if (result.hasErrors()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(create.get());
    } catch (InvalidInputException e) {
      bind(e, result);
      return java.util.Optional.empty();
    }
  }

  public static void bind(InvalidInputException e, BindingResult result) {
    for (InvalidInputException.Violation v : e.violations()) {
      if (v.field() == null) {
        result.reject(v.code(), v.args(), v.code());
      } else {
        result.rejectValue(v.field(), v.code(), v.args(), v.code());
      }
    }
  }
}
