package de.fahrplan.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Until the application is ready – the start's runners done, on a first start with the demo its
 * data loaded – a request answers 503 "Fahrplan startet" with Retry-After, as page and as
 * problem+json; the health probes and the static files pass. Without it the login page showed while
 * the demo accounts did not exist yet, and every demo login failed without a word why. Ordered
 * after Spring Security's filters, so the page carries their headers.
 */
@Component
@Order(0)
class StartingUpFilter extends OncePerRequestFilter {

  /** What answers while the application starts: probes, and what the page itself loads. */
  private static final List<String> ALWAYS_SERVED =
      List.of("/actuator/", "/css/", "/js/", "/vendor/", "/favicon.ico", "/favicon.svg");

  private final SpringTemplateEngine templates;
  private final LocaleResolver locales;
  private final MessageSource messages;
  private volatile boolean ready;

  StartingUpFilter(SpringTemplateEngine templates, LocaleResolver locales, MessageSource messages) {
    this.templates = templates;
    this.locales = locales;
    this.messages = messages;
  }

  /** Spring Boot publishes this after every runner has run (the demo data is one). */
  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    ready = true;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest req) {
    return ready || ALWAYS_SERVED.stream().anyMatch(path(req)::startsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    if (ready) { // became ready after shouldNotFilter was asked
      chain.doFilter(req, res);
      return;
    }
    res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setHeader(HttpHeaders.RETRY_AFTER, ErrorPages.RETRY_AFTER_SECONDS);
    res.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    String path = path(req);
    if (path.startsWith("/api/") || path.startsWith("/oparl/")) {
      ApiProblems.write(
          req, res, HttpStatus.SERVICE_UNAVAILABLE, "error.api.starting", messages, locales);
      return;
    }
    // a GET is asked again as it was; anything else starts from the home page (as does a path
    // that a browser would read as another host's, though Spring Security's firewall refuses it)
    String again =
        "GET".equals(req.getMethod()) && !path.startsWith("//")
            ? req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString())
            : req.getContextPath() + "/";
    FilterPages.render(
        getServletContext(),
        templates,
        locales,
        "error/starting",
        Map.of("again", again),
        req,
        res);
  }

  private static String path(HttpServletRequest req) {
    return req.getRequestURI().substring(req.getContextPath().length());
  }
}
