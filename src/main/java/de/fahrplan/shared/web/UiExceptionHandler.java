package de.fahrplan.shared.web;

import de.fahrplan.shared.ConcurrentEditException;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Pages: an unknown or foreign object is a plain German 404 page that reveals nothing. */
@ControllerAdvice(annotations = Controller.class)
class UiExceptionHandler {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(UiExceptionHandler.class);

  private final MessageSource messages;

  UiExceptionHandler(MessageSource messages) {
    this.messages = messages;
  }

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

  /**
   * Someone else changed the object after the page was opened, and no form of the page can show it
   * (a button, a removal): a page that says nothing was done, with a way back to the current state.
   * Forms that can show it keep what was typed instead ({@link FormErrors}).
   */
  @ExceptionHandler({ConcurrentEditException.class, OptimisticLockingFailureException.class})
  @ResponseStatus(HttpStatus.CONFLICT)
  @Hidden // pages only: the API answers these with 412 (ApiExceptionHandler)
  String changedMeanwhile(HttpServletRequest request, Model model) {
    model.addAttribute("again", FormTokenInterceptor.local(request.getHeader(HttpHeaders.REFERER)));
    return "error/conflict";
  }

  /** An irreversible action asks first: the question, and the same form to post again. */
  @ExceptionHandler(ConfirmationInterceptor.Needed.class)
  String confirm(ConfirmationInterceptor.Needed needed, Model model) {
    model.addAttribute("confirmation", needed.confirmation);
    model.addAttribute("action", needed.action);
    model.addAttribute("fields", needed.fields);
    return "confirm";
  }

  /**
   * A form value that cannot be read (a date such as 31.02.2026, a word where a number belongs)
   * where the page has no form to show it again: each value named with what it must look like,
   * nothing written.
   */
  @ExceptionHandler({BindException.class, MethodArgumentTypeMismatchException.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String unreadable(Exception e, Model model) {
    List<InvalidInputException.Violation> violations = new ArrayList<>();
    if (e instanceof BindException bind) {
      bind.getFieldErrors()
          .forEach(
              f -> violations.add(unreadable(f.getField(), f.getRejectedValue(), f.getCodes())));
    } else if (e instanceof MethodArgumentTypeMismatchException m) {
      String type = m.getParameter().getParameterType().getName();
      violations.add(
          unreadable(
              m.getName(), m.getValue(), new String[] {"typeMismatch." + type, "typeMismatch"}));
    }
    model.addAttribute("violations", violations);
    return "error/400";
  }

  /** „„2026-02-31“: Kein gültiges Datum (TT.MM.JJJJ).“ – the value and what it must look like. */
  private InvalidInputException.Violation unreadable(String field, Object value, String[] codes) {
    String problem =
        messages.getMessage(
            new DefaultMessageSourceResolvable(
                codes == null ? new String[] {"typeMismatch"} : codes, null, ""),
            LocaleContextHolder.getLocale());
    return new InvalidInputException.Violation(
        field, "form.unreadableValue", value == null ? "" : String.valueOf(value), problem);
  }

  /** A rule broken where the page offers no form to show it (e.g. a hand-edited URL). */
  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalid(InvalidInputException e, Model model) {
    model.addAttribute("violations", e.violations());
    return "error/400";
  }
}
