package de.fahrplan.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A page form posted a second time with the same one-time token ({@link FormTokenFields} puts one
 * into every page form) is not done again: the user is sent to where the first post led, with „Das
 * ist bereits erledigt.“ A second post while the first still runs waits for it briefly; if it is
 * still running, the answer is 409 and nothing happens twice.
 */
class FormTokenInterceptor implements HandlerInterceptor {

  static final String PARAM = "_formToken";
  private static final String CLAIMED = FormTokenInterceptor.class.getName() + ".claimed";
  private static final Duration PATIENCE = Duration.ofSeconds(5);

  private final FormTokens tokens;

  FormTokenInterceptor(FormTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    String token = request.getParameter(PARAM);
    if (!"POST".equals(request.getMethod())
        || !(handler instanceof HandlerMethod)
        || token == null
        || !token.matches("[0-9a-f-]{36}")) {
      return true;
    }
    String principal = principal(request);
    if (tokens.claim(token, principal)) {
      request.setAttribute(CLAIMED, token);
      return true;
    }
    Optional<String> result =
        tokens.resultOf(token, principal, PATIENCE).map(FormTokenInterceptor::local);
    if (result.isEmpty()) {
      response.sendError(HttpServletResponse.SC_CONFLICT);
      return false;
    }
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    flash.put("flash", "form.alreadyDone");
    RequestContextUtils.saveOutputFlashMap(result.get(), request, response);
    response.sendRedirect(result.get());
    return false;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (!(request.getAttribute(CLAIMED) instanceof String token)) {
      return;
    }
    String location = local(response.getHeader("Location"));
    int status = response.getStatus();
    if (ex == null && status >= 300 && status < 400 && location != null) {
      tokens.done(token, location);
    } else {
      tokens.release(token);
    }
  }

  /** The path (with query and fragment) of a redirect of this application; else null. */
  static String local(String location) {
    if (location == null) {
      return null;
    }
    java.net.URI uri;
    try {
      uri = java.net.URI.create(location);
    } catch (IllegalArgumentException e) {
      return null;
    }
    String path = uri.getRawPath();
    if (path == null || !path.startsWith("/") || path.startsWith("//")) {
      return null;
    }
    return path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
  }

  private static String principal(HttpServletRequest request) {
    Principal p = request.getUserPrincipal();
    return p == null ? "" : p.getName();
  }
}
