package de.fahrplan.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Answers an oversized upload or page form at once with 413 and the German "Datei zu groß" or
 * "Eingabe zu lang" page (API: problem+json). Without it the servlet container fails while the CSRF
 * check reads the form: an upload showed the container's English error page, a form with megabytes
 * of pasted text „Keine Berechtigung“.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final long maxFormBytes;
  private final SpringTemplateEngine templates;
  private final LocaleResolver locales;
  private final MessageSource messages;

  UploadLimitFilter(
      @Value("${spring.servlet.multipart.max-request-size}") DataSize max,
      @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxForm,
      SpringTemplateEngine templates,
      LocaleResolver locales,
      MessageSource messages) {
    this.maxBytes = max.toBytes();
    this.maxFormBytes = maxForm.toBytes();
    this.templates = templates;
    this.locales = locales;
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
    boolean upload = type.startsWith("multipart/");
    long limit =
        upload
            ? maxBytes
            : type.startsWith("application/x-www-form-urlencoded") ? maxFormBytes : Long.MAX_VALUE;
    if (req.getContentLengthLong() <= limit) {
      chain.doFilter(req, res);
      return;
    }
    res.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    res.setCharacterEncoding("UTF-8");
    if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
      ApiProblems.write(req, res, HttpStatus.PAYLOAD_TOO_LARGE, "error.api.413", messages, locales);
      return;
    }
    FilterPages.render(
        getServletContext(),
        templates,
        locales,
        upload ? "error/413" : "error/413-form",
        Map.of(),
        req,
        res);
  }
}
