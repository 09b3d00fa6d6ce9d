package de.fahrplan.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * API answers written where no controller advice runs (servlet filters, the security chain's
 * handlers): problem+json as the advice writes it, the detail in the caller's language.
 */
public final class ApiProblems {

  /** As the API's own answers: no empty fields. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(
              include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private ApiProblems() {}

  /** Writes {@code status} with the text of {@code detailKey} (e.g. {@code error.api.401}). */
  public static void write(
      HttpServletRequest req,
      HttpServletResponse res,
      HttpStatus status,
      String detailKey,
      MessageSource messages,
      LocaleResolver locales)
      throws IOException {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status, messages.getMessage(detailKey, null, locales.resolveLocale(req)));
    problem.setInstance(URI.create(req.getRequestURI()));
    res.setStatus(status.value());
    res.setCharacterEncoding("UTF-8");
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    // JSON escapes the address; the content type is never HTML
    JSON.writeValue(res.getOutputStream(), problem);
  }
}
