package de.fahrplan.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container's error dispatch answers – no handler for the path or method, a failure in a
 * filter (the session store during a database outage), anything no advice handled. API clients get
 * problem+json with a German detail, browsers the German error pages; a database outage is a 503
 * with Retry-After in both, a form refused for its stale token (CSRF) says so instead of „no role“.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages extends BasicErrorController {

  static final String RETRY_AFTER_SECONDS = "5";

  private final MessageSource messages;
  private final LocaleResolver locales;

  ErrorPages(
      ErrorAttributes attributes,
      WebProperties web,
      List<ErrorViewResolver> resolvers,
      MessageSource messages,
      LocaleResolver locales) {
    super(attributes, web.getError(), resolvers);
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    if (outage(request)) {
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
      return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
    }
    if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
      // a form from an earlier sign-in (or another tab's), not a missing role
      return new ModelAndView("error/403-form", HttpStatus.FORBIDDEN);
    }
    return super.errorHtml(request, response);
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = outage(request) ? HttpStatus.SERVICE_UNAVAILABLE : getStatus(request);
    if (status == HttpStatus.NO_CONTENT) {
      return new ResponseEntity<>(status);
    }
    Locale locale = locales.resolveLocale(request);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put(
        "detail",
        messages.getMessage(
            "error.api." + status.value(),
            null,
            messages.getMessage("error.api.other", null, locale),
            locale));
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path != null) {
      problem.put("instance", path);
    }
    var answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status == HttpStatus.SERVICE_UNAVAILABLE) {
      answer.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    return answer.body(problem);
  }

  private static boolean outage(HttpServletRequest request) {
    return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
        && DatabaseOutage.isCauseOf(t);
  }
}
