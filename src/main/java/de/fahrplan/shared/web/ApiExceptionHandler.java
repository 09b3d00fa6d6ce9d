package de.fahrplan.shared.web;

import de.fahrplan.shared.ConcurrentEditException;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Errors of the REST API as {@code application/problem+json}. Invalid input lists every broken rule
 * as {@code errors: [{field, message}]}, with the message in the request's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final MessageSource messages;

  ApiExceptionHandler(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e, Locale locale) {
    return problem(HttpStatus.NOT_FOUND, messages.getMessage("error.notFound", null, locale), null);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, Locale locale) {
    return problem(
        HttpStatus.FORBIDDEN, messages.getMessage("error.forbidden", null, locale), null);
  }

  @ExceptionHandler(ConcurrentEditException.class)
  ResponseEntity<ProblemDetail> conflict(ConcurrentEditException e, Locale locale) {
    return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .eTag(ETags.of(e.currentVersion()))
        .body(concurrentEdit(locale));
  }

  /**
   * Two writes with the same ETag at the same moment: both passed the If-Match check, the database
   * let one win (optimistic lock). The other learns it as the ETag check would have told it.
   */
  @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> lostRace(
      org.springframework.dao.OptimisticLockingFailureException e, Locale locale) {
    return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(concurrentEdit(locale));
  }

  private ProblemDetail concurrentEdit(Locale locale) {
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.PRECONDITION_FAILED,
            messages.getMessage("error.concurrentEdit", null, locale));
    body.setType(URI.create("urn:fahrplan:problem:concurrent-edit"));
    return body;
  }

  /** The database is away (pool timeout, socket timeout, server down): try again shortly. */
  @ExceptionHandler({
    org.springframework.transaction.CannotCreateTransactionException.class,
    org.springframework.dao.DataAccessResourceFailureException.class,
    org.springframework.dao.TransientDataAccessResourceException.class,
    org.springframework.dao.QueryTimeoutException.class
  })
  ResponseEntity<ProblemDetail> databaseAway(Exception e, Locale locale) {
    LOG.warn("Database unavailable: {}", e.getMessage());
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("error.api.503", null, locale));
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.RETRY_AFTER, ErrorPages.RETRY_AFTER_SECONDS)
        .body(body);
  }

  /** A unique key that another request took in the same moment (e.g. the same code twice). */
  @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> taken(
      org.springframework.dao.DataIntegrityViolationException e, Locale locale) {
    return problem(HttpStatus.CONFLICT, messages.getMessage("error.conflict", null, locale), null);
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e, Locale locale) {
    List<Map<String, Object>> errors =
        e.violations().stream()
            .map(
                v ->
                    Map.<String, Object>of(
                        "field", v.field() == null ? "" : v.field(),
                        "code", v.code(),
                        "message", messages.getMessage(v.code(), v.args(), v.code(), locale)))
            .toList();
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        messages.getMessage("error.invalid", null, locale),
        errors);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    List<Map<String, Object>> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                (FieldError f) ->
                    Map.<String, Object>of(
                        "field", f.getField(),
                        "code", String.valueOf(f.getCode()),
                        "message", messages.getMessage(f, locale)))
            .toList();
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage("error.invalid", null, locale));
    body.setProperty("errors", errors);
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  /**
   * Unreadable JSON or a value of the wrong type: name the field (JSON path) that failed and what
   * it must look like – the date's form, the allowed words, where the JSON breaks.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    String field = "";
    String message = messages.getMessage("validation.typeMismatch", null, locale);
    if (e.getCause() instanceof JacksonException json) {
      field =
          json.getPath().stream()
              .map(
                  r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      message = unreadable(json, locale);
    }
    return badRequest(field, "validation.typeMismatch", message, locale);
  }

  /**
   * A parameter of the address or the query that is not of its type ({@code page=abc}, {@code
   * /measures/x}, {@code status=FOO}): named like a wrong value in a body, with what it must be.
   */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    String name =
        e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    Class<?> type = e.getRequiredType();
    String message =
        Number.class.isAssignableFrom(type == null ? Object.class : boxed(type))
            ? messages.getMessage(
                "api.typeMismatch.parameter.number", new Object[] {maximum(type)}, locale)
            : expected(type, locale);
    return badRequest(name, "validation.typeMismatch", message, locale);
  }

  /** An upload without its file (the multipart part {@code file}): named, like a missing field. */
  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      MissingServletRequestPartException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    return badRequest(
        e.getRequestPartName(),
        "validation.required",
        messages.getMessage("api.missingPart", new Object[] {e.getRequestPartName()}, locale),
        locale);
  }

  /**
   * Every other error Spring MVC answers itself (a format not accepted or not offered, …): its
   * English {@code detail} replaced by the status's text in the caller's language.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    ResponseEntity<Object> answer =
        super.handleExceptionInternal(e, body, headers, statusCode, request);
    if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
      Locale locale = LocaleContextHolder.getLocale();
      problem.setDetail(
          messages.getMessage(
              "error.api." + statusCode.value(),
              null,
              messages.getMessage("error.api.other", null, locale),
              locale));
    }
    return answer;
  }

  private ResponseEntity<Object> badRequest(
      String field, String code, String message, Locale locale) {
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, messages.getMessage("error.invalid", null, locale));
    body.setProperty("errors", List.of(Map.of("field", field, "code", code, "message", message)));
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  private static Class<?> boxed(Class<?> type) {
    return type == int.class ? Integer.class : type == long.class ? Long.class : type;
  }

  private static String maximum(Class<?> type) {
    return String.valueOf(boxed(type) == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE);
  }

  private String unreadable(JacksonException json, Locale locale) {
    if (json instanceof StreamReadException syntax) {
      TokenStreamLocation at = syntax.getLocation();
      return messages.getMessage(
          "api.unreadableJson",
          new Object[] {at == null ? "?" : at.getLineNr(), at == null ? "?" : at.getColumnNr()},
          locale);
    }
    return expected(json instanceof MismatchedInputException m ? m.getTargetType() : null, locale);
  }

  /** What a value of this type must look like: the allowed words, the date's form … */
  private String expected(Class<?> type, Locale locale) {
    if (type != null && type.isEnum()) {
      String allowed =
          Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      return messages.getMessage("api.typeMismatch.choice", new Object[] {allowed}, locale);
    }
    return messages.getMessage(
        "api.typeMismatch." + kindOf(type),
        null,
        messages.getMessage("validation.typeMismatch", null, locale),
        locale);
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String detail, List<Map<String, Object>> errors) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    if (errors != null) {
      body.setProperty("errors", errors);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  /** The key part that says what a value of this type must look like; "" for the plain message. */
  private static String kindOf(Class<?> type) {
    if (type == null) {
      return "";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return type.getSimpleName();
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    return Number.class.isAssignableFrom(type) || type.isPrimitive() ? "number" : "";
  }
}
