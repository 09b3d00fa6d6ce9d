package de.fahrplan.oparl.web;

import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.BodyView;
import de.fahrplan.shared.persistence.TenantRevisions;
import de.fahrplan.shared.persistence.TenantRevisions.Revision;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * ETag and Last-Modified of everything under a body ({@code /oparl/v1/bodies/{slug}/…}) from the
 * municipality's {@link TenantRevisions revision}, read before the answer is built: a conditional
 * GET whose validator still holds is answered 304 after two small queries (the publishing body by
 * its slug, its revision), without reading a page. The ETag is the revision and the time of its
 * last change, the release of Fahrplan (a new release may write other JSON) and the URL asked; the
 * data read afterwards is at least as new as the revision, so an ETag can be too old (one 200
 * more), never too young.
 *
 * <p>Last-Modified is the revision's time rounded up to the second (HTTP dates have seconds), given
 * only once that second lies {@link #SETTLED} in the past: a change counted a moment before another
 * one's commit could otherwise share the second of an answer already given.
 */
final class RevisionValidators extends OncePerRequestFilter {

  /** How long after a change its second is taken as closed (commits, clocks of other nodes). */
  static final Duration SETTLED = Duration.ofSeconds(2);

  private static final String ATTRIBUTE = RevisionValidators.class.getName();
  private static final String BODY = RevisionValidators.class.getName() + ".body";
  private static final String BODIES = "/oparl/v1/bodies/";

  /** The validators of an answer; {@code lastModified} null while the last change is fresh. */
  record Validators(String etag, Instant lastModified) {

    void addTo(HttpHeaders headers) {
      headers.setETag(etag);
      if (lastModified != null) {
        headers.setLastModified(lastModified);
      }
    }
  }

  private final Bodies bodies;
  private final TenantRevisions revisions;
  private final Clock clock;
  private final String release;

  RevisionValidators(Bodies bodies, TenantRevisions revisions, Clock clock, String release) {
    this.bodies = bodies;
    this.revisions = revisions;
    this.clock = clock;
    this.release = release;
  }

  /** Adds the validators of the current request, if it is one of a body's answers. */
  static void addCurrentTo(HttpHeaders headers) {
    if (current(ATTRIBUTE) instanceof Validators v) {
      v.addTo(headers);
    }
  }

  /** The publishing body with this slug, if this filter read it for the current request. */
  static Optional<BodyView> bodyRead(String slug) {
    return current(BODY) instanceof BodyView b && b.slug().equals(slug)
        ? Optional.of(b)
        : Optional.empty();
  }

  private static Object current(String attribute) {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest().getAttribute(attribute)
        : null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String slug = slug(request);
    if (slug != null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
      Instant asked = clock.instant();
      Optional<BodyView> body = bodies.publishingOParl(slug);
      body.ifPresent(b -> request.setAttribute(BODY, b)); // the controller needs it too
      Optional<Validators> validators =
          body.flatMap(b -> revisions.of(b.id())).map(r -> validators(r, request, asked));
      if (validators.isPresent()) {
        Validators v = validators.get();
        long lastModified = v.lastModified() == null ? -1 : v.lastModified().toEpochMilli();
        if (new ServletWebRequest(request).checkNotModified(v.etag(), lastModified)) {
          response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
          response.setHeader(HttpHeaders.ETAG, v.etag());
          if (lastModified > 0) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
          }
          response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
          return;
        }
        request.setAttribute(ATTRIBUTE, v);
      }
    }
    chain.doFilter(request, response);
  }

  private Validators validators(Revision revision, HttpServletRequest request, Instant asked) {
    var url = new CRC32C();
    url.update(
        (release + " " + request.getRequestURL() + "?" + request.getQueryString())
            .getBytes(StandardCharsets.UTF_8));
    // with the change's time: a database restored from a backup counts the same numbers again,
    // but never at the same moments
    String etag =
        "\"r"
            + revision.number()
            + "-"
            + Long.toString(revision.changed().toEpochMilli(), 36)
            + "-"
            + HexFormat.of().toHexDigits((int) url.getValue())
            + "\"";
    Instant second = revision.changed().truncatedTo(ChronoUnit.SECONDS);
    Instant closed = second.equals(revision.changed()) ? second : second.plusSeconds(1);
    return new Validators(etag, closed.plus(SETTLED).isAfter(asked) ? null : closed);
  }

  /** The body's slug of {@code /oparl/v1/bodies/{slug}[/…]}, else null. */
  private static String slug(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(BODIES)) {
      return null;
    }
    String rest = path.substring(BODIES.length());
    int end = rest.indexOf('/');
    String slug = end < 0 ? rest : rest.substring(0, end);
    return slug.isEmpty() ? null : slug;
  }
}
