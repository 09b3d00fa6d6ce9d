package de.fahrplan.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Stops a {@link ConfirmFirst} action that is not confirmed yet: a user whom the handler's role
 * annotation refuses gets 403 at once; for the others it throws {@link Needed}, which {@link
 * UiExceptionHandler} answers with the confirmation page. The page re-posts every value of the form
 * (but the CSRF token, which the page adds afresh) with {@code confirmed=true}.
 */
class ConfirmationInterceptor implements HandlerInterceptor {

  static final String CONFIRMED = "confirmed";

  /** The question to ask, the form to post again and where. */
  static class Needed extends RuntimeException {
    final transient Confirmation confirmation;
    final String action;
    final transient List<Map.Entry<String, String>> fields;

    Needed(Confirmation confirmation, String action, List<Map.Entry<String, String>> fields) {
      super("confirmation needed", null, false, false);
      this.confirmation = confirmation;
      this.action = action;
      this.fields = fields;
    }
  }

  private final BeanFactory beans;
  private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

  ConfirmationInterceptor(BeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!"POST".equals(request.getMethod())
        || !(handler instanceof HandlerMethod method)
        || !method.hasMethodAnnotation(ConfirmFirst.class)
        || "true".equals(request.getParameter(CONFIRMED))) {
      return true;
    }
    // who may not do it is refused before being asked (the handler's role annotation)
    AuthorizationResult allowed =
        roles.authorize(
            SecurityContextHolder.getContext()::getAuthentication,
            new SimpleMethodInvocation(method.getBean(), method.getMethod()));
    if (allowed != null && !allowed.isGranted()) {
      throw new AccessDeniedException("not allowed: " + request.getRequestURI());
    }
    @SuppressWarnings("unchecked")
    Map<String, String> path =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    Map<String, String> form = new LinkedHashMap<>();
    List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (name.equals("_csrf")
                  || name.equals(CONFIRMED)
                  || name.equals(FormTokenInterceptor.PARAM)) {
                return;
              }
              form.put(name, values.length == 0 ? "" : values[0]);
              for (String value : values) {
                fields.add(Map.entry(name, value));
              }
            });
    Confirmable describer = beans.getBean(method.getMethodAnnotation(ConfirmFirst.class).value());
    String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    Confirmation confirmation =
        describer.describe(
            new Confirmable.Asked(pattern, path == null ? Map.of() : Map.copyOf(path), form));
    if (confirmation == null) {
      return true;
    }
    throw new Needed(confirmation, request.getRequestURI(), fields);
  }
}
