package de.fahrplan.oparl.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import de.fahrplan.council.PaperFiles;
import de.fahrplan.council.PublicCouncil;
import de.fahrplan.oparl.web.OParlLists.Row;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.BodyView;
import de.fahrplan.organisation.PublicOrganisation;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.PublicationWindow;
import de.fahrplan.shared.Published;
import de.fahrplan.shared.TenantContext;
import java.net.URLEncoder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OParl 1.1 server (docs/oparl.md): anonymous, read-only, only municipalities that publish,
 * only what their modules call public. Lists are paged by id ({@code after}), with the filters kept
 * in every link.
 */
@RestController
@RequestMapping(path = "/oparl/v1", produces = "application/json;charset=UTF-8")
class OParlController {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;

  private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");

  private final Bodies bodies;
  private final PublicOrganisation organisation;
  private final PublicCouncil council;
  private final MessageSource messages;
  private final OParlLists lists;
  private final OParlTombstones tombstones;

  OParlController(
      Bodies bodies,
      PublicOrganisation organisation,
      PublicCouncil council,
      MessageSource messages,
      OParlLists lists,
      OParlTombstones tombstones) {
    this.bodies = bodies;
    this.organisation = organisation;
    this.council = council;
    this.messages = messages;
    this.lists = lists;
    this.tombstones = tombstones;
  }

  @GetMapping("/system")
  ResponseEntity<Map<String, Object>> system() {
    return ok(objects(null).systemObject());
  }

  @GetMapping("/bodies")
  ResponseEntity<Map<String, Object>> bodies() {
    List<BodyView> all = bodies.publishingOParl();
    List<Map<String, Object>> data =
        all.stream()
            .map(
                b ->
                    objects(b.slug())
                        .body(b, TenantContext.callAs(b.id(), () -> organisation.terms())))
            .toList();
    return ok(listPage(data, null, objects(null).bodies(), DEFAULT_LIMIT, Map.of()));
  }

  @GetMapping("/bodies/{slug}")
  ResponseEntity<Map<String, Object>> body(@PathVariable String slug) {
    BodyView b = publishing(slug);
    return ok(objects(slug).body(b, TenantContext.callAs(b.id(), () -> organisation.terms())));
  }

  /** A list of the body (legislative-terms, locations, organizations, persons, …). */
  @GetMapping("/bodies/{slug}/{kind}")
  ResponseEntity<Map<String, Object>> list(
      @PathVariable String slug,
      @PathVariable String kind,
      @RequestParam Map<String, String> query) {
    BodyView b = publishing(slug);
    OParlLists.Kind k = kind(kind);
    OParlObjects o = objects(slug);
    ListQuery q = ListQuery.of(query);
    List<Row> found = TenantContext.callAs(b.id(), () -> k.rows().apply(o, q.window()));
    if (q.window().withDeleted()) {
      found = tombstones.withGone(b.id(), kind, o, q.window(), found);
    }
    boolean more = found.size() > q.limit();
    List<Row> page = more ? found.subList(0, q.limit()) : found;
    Long next = more ? page.getLast().id() : null;
    List<Map<String, Object>> data =
        page.stream()
            .map(Row::object)
            .map(object -> q.omitInternal() ? OParlObjects.withoutInternalLists(object) : object)
            .toList();
    return ok(listPage(data, next, o.list(kind), q.limit(), q.filters()));
  }

  /** An object of a list at its own URL; one that left the server as its stub. */
  @GetMapping("/bodies/{slug}/{kind}/{id}")
  ResponseEntity<Map<String, Object>> one(
      @PathVariable String slug,
      @PathVariable String kind,
      @PathVariable long id,
      @RequestParam Map<String, String> query) {
    return ok(ListQuery.omitting(query, find(slug, kind, id, kind(kind).one())));
  }

  /** An org unit (Verwaltungsbereich): listed among the organizations, under a key of its own. */
  @GetMapping("/bodies/{slug}/org-units/{id}")
  ResponseEntity<Map<String, Object>> orgUnit(@PathVariable String slug, @PathVariable long id) {
    return ok(
        find(
            slug,
            "organizations",
            OParlLists.UNIT_KEYS + id,
            (o, key) -> organisation.unit(id).map(o::unit)));
  }

  /** accessUrl: shown in the browser where it can be, in a sandbox. */
  @GetMapping(path = "/bodies/{slug}/files/{id}/access", produces = MediaType.ALL_VALUE)
  ResponseEntity<byte[]> access(@PathVariable String slug, @PathVariable long id) {
    return content(slug, id, ContentDisposition.inline());
  }

  /** downloadUrl: always a download. */
  @GetMapping(path = "/bodies/{slug}/files/{id}/download", produces = MediaType.ALL_VALUE)
  ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable long id) {
    return content(slug, id, ContentDisposition.attachment());
  }

  private ResponseEntity<byte[]> content(
      String slug, long id, ContentDisposition.Builder disposition) {
    BodyView b = publishing(slug);
    Published<PaperFiles.Content> found =
        TenantContext.callAs(b.id(), () -> council.fileContent(id))
            .orElseThrow(() -> new NotFoundException("File"));
    if (found.deleted()) {
      throw new GoneException();
    }
    PaperFiles.Content c = found.object();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(c.mimeType()))
        .headers(RevisionValidators::addCurrentTo)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            disposition
                .filename(c.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .header("X-Content-Type-Options", "nosniff")
        .body(c.bytes());
  }

  private Map<String, Object> find(
      String slug,
      String kind,
      long key,
      BiFunction<OParlObjects, Long, Optional<Map<String, Object>>> find) {
    BodyView b = publishing(slug);
    OParlObjects o = objects(slug);
    return TenantContext.callAs(b.id(), () -> find.apply(o, key))
        .or(() -> tombstones.stub(b.id(), kind, key, o))
        .orElseThrow(() -> new NotFoundException("OParl"));
  }

  private OParlLists.Kind kind(String name) {
    OParlLists.Kind kind = lists.kind(name);
    if (kind == null) {
      throw new NotFoundException("OParl");
    }
    return kind;
  }

  private static Map<String, Object> listPage(
      List<Map<String, Object>> data,
      Long nextAfter,
      String listUrl,
      int limit,
      Map<String, String> filters) {
    // the values encoded strictly: a "+" of a time zone must not arrive as a space
    UriComponentsBuilder first = UriComponentsBuilder.fromUriString(listUrl);
    filters.forEach((name, value) -> first.queryParam(name, URLEncoder.encode(value, UTF_8)));
    if (limit != DEFAULT_LIMIT) {
      first.queryParam("limit", limit);
    }
    var links = new OParlObjects.Fields().with("first", first.build(true).toUriString());
    if (nextAfter != null) {
      links.with(
          "next", first.cloneBuilder().queryParam("after", nextAfter).build(true).toUriString());
    }
    return new OParlObjects.Fields()
        .with("data", data)
        .with("pagination", Map.of("elementsPerPage", limit))
        .with("links", links.map())
        .map();
  }

  /** The municipality of the slug, if it publishes; read once per request (the filter read it). */
  private BodyView publishing(String slug) {
    return RevisionValidators.bodyRead(slug)
        .or(() -> bodies.publishingOParl(slug))
        .orElseThrow(() -> new NotFoundException("Body"));
  }

  private OParlObjects objects(String slug) {
    return new OParlObjects(
        ServletUriComponentsBuilder.fromCurrentContextPath().path("/oparl/v1").toUriString(),
        slug,
        messages);
  }

  /**
   * A body's answers carry the validators of its revision ({@link RevisionValidators}), which also
   * answered the conditional requests before this was built; the system and the list of bodies the
   * ETag of their content ({@link OParlEtags}).
   */
  private static ResponseEntity<Map<String, Object>> ok(Map<String, Object> body) {
    return ResponseEntity.ok()
        .contentType(JSON)
        .cacheControl(CacheControl.noCache())
        .headers(RevisionValidators::addCurrentTo)
        .body(body);
  }

  /** An object's id that is no number ({@code …/papers/abc}) names no object: 404, as OParl's. */
  @ExceptionHandler({
    NotFoundException.class,
    org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class
  })
  ResponseEntity<Map<String, Object>> notFound() {
    return error(HttpStatus.NOT_FOUND, "Das Objekt gibt es nicht oder es ist nicht öffentlich.");
  }

  /** The content of a file that was removed after its paper was published (OParl: 410). */
  static class GoneException extends RuntimeException {}

  @ExceptionHandler(GoneException.class)
  ResponseEntity<Map<String, Object>> gone() {
    return error(HttpStatus.GONE, "Die Datei wurde entfernt.");
  }

  @ExceptionHandler(ListQuery.BadParameter.class)
  ResponseEntity<Map<String, Object>> badRequest(ListQuery.BadParameter e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  /** OParl 1.1, 2.9: an error object with a message. */
  private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status)
        .contentType(JSON)
        .body(Map.of("type", "Error", "message", message));
  }

  /**
   * The list parameters: paging key, limit, the four time filters and {@code omit_internal} (kept
   * in every link).
   */
  record ListQuery(Map<String, String> filters, PublicationWindow window, boolean omitInternal) {

    int limit() {
      return window.limit();
    }

    static final String OMIT_INTERNAL = "omit_internal";

    static final List<String> FILTERS =
        List.of("created_since", "created_until", "modified_since", "modified_until");

    static final class BadParameter extends RuntimeException {
      BadParameter(String message) {
        super(message);
      }
    }

    static ListQuery of(Map<String, String> query) {
      long after = number(query, "after", 0, 0, Long.MAX_VALUE);
      int limit = (int) number(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
      Map<String, String> filters = new java.util.LinkedHashMap<>();
      Instant[] bounds = new Instant[FILTERS.size()];
      for (int i = 0; i < FILTERS.size(); i++) {
        String name = FILTERS.get(i);
        String value = query.get(name);
        if (value != null && !value.isBlank()) {
          bounds[i] = time(name, value.trim());
          filters.put(name, value.trim());
        }
      }
      boolean omitInternal = omitInternal(query);
      if (omitInternal) {
        filters.put(OMIT_INTERNAL, "true");
      }
      return new ListQuery(
          filters,
          new PublicationWindow(after, limit, bounds[0], bounds[1], bounds[2], bounds[3]),
          omitInternal);
    }

    /** The object, without its lists of embedded objects if the query asks so. */
    static Map<String, Object> omitting(Map<String, String> query, Map<String, Object> object) {
      return omitInternal(query) ? OParlObjects.withoutInternalLists(object) : object;
    }

    /**
     * {@code omit_internal=true}: the lists of embedded objects are left out (a paper's
     * consultations and Anlagen, a meeting's agenda items, …); the client reads them from their own
     * lists, where each links to its parent.
     */
    private static boolean omitInternal(Map<String, String> query) {
      String value = query.get(OMIT_INTERNAL);
      if (value == null || value.isBlank() || value.trim().equals("false")) {
        return false;
      }
      if (value.trim().equals("true")) {
        return true;
      }
      throw new BadParameter(OMIT_INTERNAL + ": true oder false, nicht " + value);
    }

    private static long number(
        Map<String, String> query, String name, long absent, long min, long max) {
      String value = query.get(name);
      if (value == null || value.isBlank()) {
        return absent;
      }
      try {
        return Math.clamp(Long.parseLong(value.trim()), min, max);
      } catch (NumberFormatException e) {
        throw new BadParameter(name + ": keine ganze Zahl: " + value);
      }
    }

    private static Instant time(String name, String value) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        throw new BadParameter(name + ": kein Zeitpunkt nach ISO 8601 mit Zeitzone: " + value);
      }
    }
  }
}
