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
import java.util.function.Function;
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

  @GetMapping("/bodies/{slug}/legislative-terms")
  ResponseEntity<Map<String, Object>> legislativeTerms(
      @PathVariable String slug, @RequestParam Map<String, String> query) {
    return list(slug, "legislative-terms", query);
  }

  @GetMapping("/bodies/{slug}/legislative-terms/{id}")
  ResponseEntity<Map<String, Object>> legislativeTerm(
      @PathVariable String slug, @PathVariable long id) {
    return one(slug, "legislative-terms", id, o -> organisation.term(id).map(o::term));
  }

  @GetMapping("/bodies/{slug}/locations")
  ResponseEntity<Map<String, Object>> locations(
      @PathVariable String slug, @RequestParam Map<String, String> query) {
    return list(slug, "locations", query);
  }

  @GetMapping("/bodies/{slug}/locations/{id}")
  ResponseEntity<Map<String, Object>> location(@PathVariable String slug, @PathVariable long id) {
    return one(slug, "locations", id, o -> organisation.location(id).map(o::location));
  }

  @GetMapping("/bodies/{slug}/organizations")
  ResponseEntity<Map<String, Object>> organizations(
      @PathVariable String slug, @RequestParam Map<String, String> query) {
    return list(slug, "organizations", query);
  }

  @GetMapping("/bodies/{slug}/org-units/{id}")
  ResponseEntity<Map<String, Object>> orgUnit(@PathVariable String slug, @PathVariable long id) {
    return one(
        slug, "organizations", OParlLists.UNIT_KEYS + id, o -> organisation.unit(id).map(o::unit));
  }

  @GetMapping("/bodies/{slug}/organizations/{id}")
  ResponseEntity<Map<String, Object>> organization(
      @PathVariable String slug, @PathVariable long id) {
    return one(slug, "organizations", id, o -> organisation.committee(id).map(c -> o.committee(c)));
  }

  @GetMapping("/bodies/{slug}/persons")
  ResponseEntity<Map<String, Object>> persons(
      @PathVariable String slug, @RequestParam Map<String, String> query) {
    return list(slug, "persons", query);
  }

  @GetMapping("/bodies/{slug}/persons/{id}")
  ResponseEntity<Map<String, Object>> person(@PathVariable String slug, @PathVariable long id) {
    return one(slug, "persons", id, o -> organisation.member(id).map(m -> o.member(m)));
  }

  @GetMapping("/bodies/{slug}/memberships")
  ResponseEntity<Map<String, Object>> memberships(
      @PathVariable String slug, @RequestParam Map<String, String> query) {
    return list(slug, "memberships", query);
  }

  @GetMapping("/bodies/{slug}/memberships/{id}")
  ResponseEntity<Map<String, Object>> membership(@PathVariable String slug, @PathVariable long id) {
    return one(slug, "memberships", id, o -> organisation.seat(id).map(s -> o.seat(s, true)));
  }

  @GetMapping("/bodies/{slug}/meetings")
  ResponseEntity<Map<String, Object>> meetings(
      @PathVariable String slug, @RequestParam Map<String, String> query) {
    return list(slug, "meetings", query);
  }

  @GetMapping("/bodies/{slug}/meetings/{id}")
  ResponseEntity<Map<String, Object>> meeting(@PathVariable String slug, @PathVariable long id) {
    return one(slug, "meetings", id, o -> council.meeting(id).map(m -> o.meeting(m)));
  }

  @GetMapping("/bodies/{slug}/agenda-items")
  ResponseEntity<Map<String, Object>> agendaItems(
      @PathVariable String slug, @RequestParam Map<String, String> query) {
    return list(slug, "agenda-items", query);
  }

  @GetMapping("/bodies/{slug}/agenda-items/{id}")
  ResponseEntity<Map<String, Object>> agendaItem(@PathVariable String slug, @PathVariable long id) {
    return one(
        slug, "agenda-items", id, o -> council.agendaItem(id).map(i -> o.agendaItem(i, true)));
  }

  @GetMapping("/bodies/{slug}/papers")
  ResponseEntity<Map<String, Object>> papers(
      @PathVariable String slug, @RequestParam Map<String, String> query) {
    return list(slug, "papers", query);
  }

  @GetMapping("/bodies/{slug}/papers/{id}")
  ResponseEntity<Map<String, Object>> paper(@PathVariable String slug, @PathVariable long id) {
    return one(slug, "papers", id, o -> council.paper(id).map(p -> o.paper(p)));
  }

  @GetMapping("/bodies/{slug}/consultations")
  ResponseEntity<Map<String, Object>> consultations(
      @PathVariable String slug, @RequestParam Map<String, String> query) {
    return list(slug, "consultations", query);
  }

  @GetMapping("/bodies/{slug}/consultations/{id}")
  ResponseEntity<Map<String, Object>> consultation(
      @PathVariable String slug, @PathVariable long id) {
    return one(
        slug, "consultations", id, o -> council.consultation(id).map(c -> o.consultation(c, true)));
  }

  @GetMapping("/bodies/{slug}/files")
  ResponseEntity<Map<String, Object>> files(
      @PathVariable String slug, @RequestParam Map<String, String> query) {
    return list(slug, "files", query);
  }

  @GetMapping("/bodies/{slug}/files/{id}")
  ResponseEntity<Map<String, Object>> file(@PathVariable String slug, @PathVariable long id) {
    return one(slug, "files", id, o -> council.file(id).map(o::file));
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

  private ResponseEntity<Map<String, Object>> one(
      String slug,
      String kind,
      long key,
      Function<OParlObjects, Optional<Map<String, Object>>> find) {
    BodyView b = publishing(slug);
    OParlObjects o = objects(slug);
    return ok(
        TenantContext.callAs(b.id(), () -> find.apply(o))
            .or(() -> tombstones.stub(b.id(), kind, key, o))
            .orElseThrow(() -> new NotFoundException("OParl")));
  }

  private ResponseEntity<Map<String, Object>> list(
      String slug, String kind, Map<String, String> query) {
    BodyView b = publishing(slug);
    OParlObjects o = objects(slug);
    ListQuery q = ListQuery.of(query);
    List<Row> found =
        TenantContext.callAs(b.id(), () -> lists.kind(kind).rows().apply(o, q.window()));
    if (q.window().withDeleted()) {
      found = tombstones.withGone(b.id(), kind, o, q.window(), found);
    }
    boolean more = found.size() > q.limit();
    List<Row> page = more ? found.subList(0, q.limit()) : found;
    Long next = more ? page.getLast().id() : null;
    return ok(
        listPage(
            page.stream().map(Row::object).toList(), next, o.list(kind), q.limit(), q.filters()));
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

  private BodyView publishing(String slug) {
    return bodies.publishingOParl(slug).orElseThrow(() -> new NotFoundException("Body"));
  }

  private OParlObjects objects(String slug) {
    return new OParlObjects(
        ServletUriComponentsBuilder.fromCurrentContextPath().path("/oparl/v1").toUriString(),
        slug,
        messages);
  }

  /**
   * Conditional requests are answered from the ETag of the content only ({@link OParlEtags}); there
   * is no {@code Last-Modified}: an object's embedded objects and links change without its own time
   * changing (a committee published, a membership removed), so a time could answer 304 for a
   * changed object. The objects' own times stand in their {@code modified}.
   */
  private static ResponseEntity<Map<String, Object>> ok(Map<String, Object> body) {
    return ResponseEntity.ok().contentType(JSON).cacheControl(CacheControl.noCache()).body(body);
  }

  @ExceptionHandler(NotFoundException.class)
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

  /** The list parameters: paging key, limit and the four time filters (kept in every link). */
  record ListQuery(Map<String, String> filters, PublicationWindow window) {

    int limit() {
      return window.limit();
    }

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
      return new ListQuery(
          filters, new PublicationWindow(after, limit, bounds[0], bounds[1], bounds[2], bounds[3]));
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
