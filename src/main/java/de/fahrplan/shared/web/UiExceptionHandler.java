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

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(UiExceptionHandler.class);

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }

  /** The database is away: a German "try again in a moment" page, nothing was written. */
  @ExceptionHandler({
    org.springframework.transaction.CannotCreateTransactionException.class,
    org.springframework.dao.DataAccessResourceFailureException.class,
    org.springframework.dao.TransientDataAccessResourceException.class,
    org.springframework.dao.QueryTimeoutException.class
  })
  @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
  String databaseAway(Exception e, jakarta.servlet.http.HttpServletResponse response) {
    LOG.warn("Database unavailable: {}", e.getMessage());
    response.setHeader(
        org.springframework.http.HttpHeaders.RETRY_AFTER, ErrorPages.RETRY_AFTER_SECONDS);
    return "error/503";
  }

  /** An irreversible action asks first: the question, and the same form to post again. */
  @ExceptionHandler(ConfirmationInterceptor.Needed.class)
  String confirm(ConfirmationInterceptor.Needed needed, Model model) {
    model.addAttribute("confirmation", needed.confirmation);
    model.addAttribute("action", needed.action);
    model.addAttribute("fields", needed.fields);
    return "confirm";
  }

  /** A rule broken where the page offers no form to show it (e.g. a hand-edited URL). */
  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalid(InvalidInputException e, Model model) {
    model.addAttribute("violations", e.violations());
    return "error/400";
  }
}
