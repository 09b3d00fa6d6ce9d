package de.fahrplan.shared.web;

import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pages: an unknown or foreign object is a plain German 404 page that reveals nothing. */
@ControllerAdvice(annotations = Controller.class)
class UiExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }

  /** A rule broken where the page offers no form to show it (e.g. a hand-edited URL). */
  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalid(InvalidInputException e, Model model) {
    model.addAttribute("violations", e.violations());
    return "error/400";
  }
}
