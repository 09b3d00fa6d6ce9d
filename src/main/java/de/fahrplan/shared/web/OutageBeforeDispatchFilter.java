package de.fahrplan.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database outage met before the dispatcher – reading the session, checking an API token – is
 * answered as one met inside it: {@code 503} with Retry-After through {@link ErrorPages}, and one
 * warning line in the log. Left to Tomcat, each such request was logged at ERROR with the whole
 * stack trace, and a burst of requests during an outage buried the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutageBeforeDispatchFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(OutageBeforeDispatchFilter.class);

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(req, res);
    } catch (RuntimeException | ServletException e) {
      if (!DatabaseOutage.isCauseOf(e) || res.isCommitted()) {
        throw e;
      }
      LOG.warn(
          "Database unavailable ({} {}): {}",
          req.getMethod(),
          req.getRequestURI(),
          NestedExceptionUtils.getMostSpecificCause(e).getMessage());
      // the error pages see the outage as if the request had reached the dispatcher
      req.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
      res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
