package de.fahrplan.shared.web;

import de.fahrplan.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a domain rule's violations next to the fields of the form that caused them. */
public final class FormErrors {

  private FormErrors() {}

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
