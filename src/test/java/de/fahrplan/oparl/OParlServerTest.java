package de.fahrplan.oparl;

import static de.fahrplan.support.Demo.KREIS_TOKEN;
import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.fahrplan.council.PaperMainFiles;
import de.fahrplan.oparl.web.OParlTombstones;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.StatementCounter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OParl server of the demo: every object is valid against the OParl 1.1 schema (the draft-07
 * edition in ../shared/oparl, embedded objects included), is served at its own id, lists page by
 * their links with the filters kept, and nothing appears that is not published – no draft paper, no
 * internal committee, no person who did not agree, no e-mail address or phone number.
 */
@FahrplanTest
class OParlServerTest {

  static final String ROOT = "http://localhost/oparl/v1";
  static final String TYPE = "https://schema.oparl.org/1.1/";
  static final Path SCHEMAS = Path.of("..", "shared", "oparl", "schema", "next-draft7");

  /** The OParl schemas by their ids, read from ../shared (never fetched). */
  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_7,
          b ->
              b.schemas(
                  (String id) -> {
                    if (!id.startsWith(TYPE)) {
                      return null;
                    }
                    String name = id.substring(TYPE.length()).replace(".json", "");
                    try {
                      return Files.readString(SCHEMAS.resolve(name + ".json"));
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }));

  @Autowired MockMvc mvc;
  @Autowired PaperMainFiles mainFiles;
  @Autowired OParlTombstones tombstones;
  @Autowired Bodies bodies;
  @Autowired JdbcTemplate jdbc;
  @Autowired SeenObjects seen;
  final JsonMapper json = JsonMapper.builder().build();
  final Map<String, Schema> schemas = new HashMap<>();

  private MockHttpServletResponse answer(AbstractMockHttpServletRequestBuilder<?> request)
      throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private JsonNode read(String url) throws Exception {
    MockHttpServletResponse r = answer(get(URI.create(url)));
    assertThat(r.getStatus()).as(url).isEqualTo(200);
    return json.readTree(r.getContentAsString());
  }

  private void assertValid(JsonNode object) {
    String type = object.get("type").asString();
    assertThat(type).startsWith(TYPE);
    Schema schema = schemas.computeIfAbsent(type, t -> REGISTRY.getSchema(SchemaLocation.of(t)));
    assertThat(schema.validate(object)).as(object.toString()).isEmpty();
  }

  /** Every object of the server, by id, reached the way a portal crawls: lists and their links. */
  private Map<String, JsonNode> crawl(int limit) throws Exception {
    Map<String, JsonNode> objects = new LinkedHashMap<>();
    JsonNode system = read(ROOT + "/system");
    assertValid(system);
    objects.put(system.get("id").asString(), system);
    for (JsonNode body : read(system.get("body").asString()).get("data")) {
      assertValid(body);
      objects.put(body.get("id").asString(), body);
      for (JsonNode term : body.get("legislativeTerm")) {
        assertValid(term);
        objects.put(term.get("id").asString(), term);
      }
      for (String list :
          List.of(
              "organization",
              "person",
              "meeting",
              "paper",
              "membership",
              "agendaItem",
              "consultation",
              "file",
              "legislativeTermList",
              "locationList")) {
        String next = body.get(list).asString() + "?limit=" + limit;
        long lastId = 0;
        while (next != null) {
          JsonNode page = read(next);
          assertThat(page.get("data").size()).isLessThanOrEqualTo(limit);
          for (JsonNode o : page.get("data")) {
            assertValid(o);
            objects.put(o.get("id").asString(), o);
            // org units follow the committees in the organizations list (keys above theirs)
            long id =
                Long.parseLong(o.get("id").asString().replaceAll(".*/", ""))
                    + (o.get("id").asString().contains("/org-units/") ? 1L << 48 : 0);
            assertThat(id).as("a stable order").isGreaterThan(lastId);
            lastId = id;
            embedded(o, objects);
          }
          next =
              page.path("links").path("next").isMissingNode()
                  ? null
                  : page.get("links").get("next").asString();
        }
      }
    }
    return objects;
  }

  private void embedded(JsonNode o, Map<String, JsonNode> objects) {
    if (o.path("location").isObject()) {
      assertValid(o.get("location"));
      objects.put(o.get("location").get("id").asString(), o.get("location"));
    }
    if (o.path("mainFile").isObject()) {
      assertValid(o.get("mainFile"));
      objects.put(o.get("mainFile").get("id").asString(), o.get("mainFile"));
    }
    for (String key : List.of("membership", "agendaItem", "consultation", "auxiliaryFile")) {
      for (JsonNode e : o.path(key)) {
        if (e.isObject()) {
          assertValid(e);
          objects.put(e.get("id").asString(), e);
        }
      }
    }
  }

  @Test
  void theDemoServerIsValidOParlAndEveryObjectIsServedAtItsId() throws Exception {
    Map<String, JsonNode> objects = crawl(2);
    Map<String, Integer> perType = new HashMap<>();
    for (var e : objects.entrySet()) {
      perType.merge(e.getValue().get("type").asString().substring(TYPE.length()), 1, Integer::sum);
      JsonNode alone = read(e.getKey());
      assertValid(alone);
      assertThat(alone.get("id").asString()).isEqualTo(e.getKey());
      assertThat(alone.get("name")).isEqualTo(e.getValue().get("name"));
    }
    assertThat(perType)
        .containsKeys(
            "System",
            "Body",
            "Organization",
            "Person",
            "Membership",
            "Meeting",
            "Paper",
            "Consultation",
            "AgendaItem",
            "LegislativeTerm",
            "Location");
    // the demo's meetings take place at its places (other tests' meetings may have none)
    assertThat(objects.values())
        .filteredOn(o -> o.get("type").asString().endsWith("/Meeting"))
        .anySatisfy(
            m -> assertThat(m.path("location").path("description").asString()).isNotEmpty());
    // the same objects with a page size of 100
    assertThat(crawl(100).keySet()).isEqualTo(objects.keySet());
  }

  @Test
  void onlyWhatIsPublishedAppears() throws Exception {
    Map<String, JsonNode> objects = crawl(100);
    String all = json.writeValueAsString(objects.values());
    // staff, internal groups and contact data never appear
    assertThat(all)
        .doesNotContain("@", "Koordinationsgruppe", "Personalrat", "Senat\"", "IuK-Arbeitskreis")
        .doesNotContain("Schütt", "Kaya", "Lindqvist", "Petersen", "Telefon", "phone", "email");
    assertThat(all).contains("Albers", "Hauptausschuss", "Bürgerschaft");
    // no paper that is a draft or not public, by id or by subject
    List<Map<String, Object>> hidden =
        jdbc.queryForList(
            "select id, subject from paper where tenant_id = (select id from body where slug ="
                + " 'musterstadt') and (public_paper = false or state = 'DRAFT')");
    assertThat(hidden).isNotEmpty();
    for (Map<String, Object> p : hidden) {
      assertThat(objects).doesNotContainKey(ROOT + "/bodies/musterstadt/papers/" + p.get("id"));
      assertThat(answer(get(ROOT + "/bodies/musterstadt/papers/" + p.get("id"))).getStatus())
          .isEqualTo(404);
    }
    // and no text of them, unless a published paper carries the same subject
    List<String> hiddenSubjects =
        jdbc.queryForList(
            "select subject from paper h where h.tenant_id = (select id from body where slug ="
                + " 'musterstadt') and (h.public_paper = false or h.state = 'DRAFT') and not"
                + " exists (select 1 from paper p where p.tenant_id = h.tenant_id and p.subject ="
                + " h.subject and p.public_paper = true and p.state <> 'DRAFT')",
            String.class);
    assertThat(hiddenSubjects).isNotEmpty();
    // a public meeting's agenda is public, also where it names a paper still in draft – but the
    // agenda item then links to no consultation
    String papers =
        json.writeValueAsString(
            objects.values().stream()
                .filter(o -> !o.get("type").asString().endsWith("AgendaItem"))
                .filter(o -> !o.get("type").asString().endsWith("Meeting"))
                .toList());
    hiddenSubjects.forEach(subject -> assertThat(papers).doesNotContain(subject));
    objects.values().stream()
        .filter(o -> o.get("type").asString().endsWith("AgendaItem"))
        .filter(o -> hiddenSubjects.contains(o.path("name").asString()))
        .forEach(o -> assertThat(o.has("consultation")).as(o.toString()).isFalse());
    // a municipality that did not switch OParl on is not there at all
    assertThat(objects.keySet()).noneMatch(id -> id.contains("beispielkreis"));
    MockHttpServletResponse kreis = answer(get(ROOT + "/bodies/beispielkreis"));
    assertThat(kreis.getStatus()).isEqualTo(404);
    assertThat(json.readTree(kreis.getContentAsString()).get("type").asString()).isEqualTo("Error");
    // an id that is no number names no object either (was Spring's English 400 problem)
    for (String id : List.of("abc", "99999999999999999999")) {
      MockHttpServletResponse none = answer(get(ROOT + "/bodies/musterstadt/papers/" + id));
      assertThat(none.getStatus()).isEqualTo(404);
      assertThat(json.readTree(none.getContentAsString()).get("type").asString())
          .isEqualTo("Error");
    }
  }

  @Test
  void listsPageByTheirLinksKeepTheFiltersAndRefuseBadOnes() throws Exception {
    String list = ROOT + "/bodies/musterstadt/organizations";
    List<String> all = ids(read(list));
    assertThat(all.size()).isGreaterThan(2);

    String since = "2000-01-01T00:00:00+01:00";
    String next = list + "?limit=1&modified_since=" + since.replace("+", "%2B").replace(":", "%3A");
    List<String> paged = new ArrayList<>();
    while (next != null) {
      JsonNode page = read(next);
      assertThat(page.get("pagination").get("elementsPerPage").asInt()).isEqualTo(1);
      assertThat(page.get("links").get("first").asString()).contains("modified_since=");
      paged.addAll(ids(page));
      JsonNode link = page.get("links").get("next");
      if (link != null) {
        assertThat(link.asString()).contains("modified_since=", "limit=1", "after=");
      }
      next = link == null ? null : link.asString();
    }
    assertThat(paged).isEqualTo(all);
    // nothing was created in the future
    assertThat(
            ids(
                read(
                    list
                        + "?created_since="
                        + Instant.now().plusSeconds(86_400).toString().replace(":", "%3A"))))
        .isEmpty();

    MockHttpServletResponse bad = answer(get(list + "?created_since=gestern"));
    assertThat(bad.getStatus()).isEqualTo(400);
    JsonNode error = json.readTree(bad.getContentAsString());
    assertThat(error.get("type").asString()).isEqualTo("Error");
    assertThat(error.get("message").asString()).contains("created_since");
  }

  @Test
  void anyoneReadsWithoutSessionFromAnyOriginAndNobodyWrites() throws Exception {
    String url = ROOT + "/bodies/musterstadt";
    MockHttpServletResponse r = answer(get(URI.create(url)));
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentType()).isEqualTo("application/json;charset=UTF-8");
    assertThat(r.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(r.getHeader(HttpHeaders.SET_COOKIE)).isNull();
    String etag = r.getHeader(HttpHeaders.ETAG);
    assertThat(answer(get(url).header(HttpHeaders.IF_NONE_MATCH, etag)).getStatus()).isEqualTo(304);
    // the system and the list of bodies carry an ETag of their content
    String system = ROOT + "/system";
    String systemEtag = answer(get(system)).getHeader(HttpHeaders.ETAG);
    assertThat(systemEtag).isNotBlank();
    assertThat(answer(get(system).header(HttpHeaders.IF_NONE_MATCH, systemEtag)).getStatus())
        .isEqualTo(304);
    // even with a valid token, OParl takes no writes
    assertThat(
            answer(
                    post(ROOT + "/bodies/musterstadt/papers")
                        .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .getStatus())
        .isIn(403, 405);
  }

  /**
   * A conditional GET is answered from the municipality's revision before anything is read; every
   * change of its data – through the API, or a JDBC writer – and only its own answers 200 again;
   * Last-Modified is given once the last change's second is settled.
   */
  @Test
  void aConditionalGetIsAnsweredFromTheRevisionAndEveryChangeOfTheMunicipalityAnswersAgain()
      throws Exception {
    String list = ROOT + "/bodies/musterstadt/papers";
    String object = ROOT + "/bodies/musterstadt";
    MockHttpServletResponse first = answer(get(list));
    String etag = first.getHeader(HttpHeaders.ETAG);
    assertThat(etag).startsWith("\"r");
    assertThat(answer(get(object)).getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
    // a municipality that does not publish has no validators to guess
    MockHttpServletResponse unpublished = answer(get(ROOT + "/bodies/beispielkreis/papers"));
    assertThat(unpublished.getStatus()).isEqualTo(404);
    assertThat(unpublished.getHeader(HttpHeaders.ETAG)).isNull();

    StatementCounter.reset();
    MockHttpServletResponse unchanged = answer(get(list).header(HttpHeaders.IF_NONE_MATCH, etag));
    assertThat(unchanged.getStatus()).isEqualTo(304);
    assertThat(unchanged.getContentAsString()).isEmpty();
    assertThat(unchanged.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
    assertThat(unchanged.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
    // the body by its slug and its revision: the page is not read
    assertThat(StatementCounter.count()).isLessThanOrEqualTo(2);
    assertThat(answer(head(list).header(HttpHeaders.IF_NONE_MATCH, etag)).getStatus())
        .isEqualTo(304);

    // another municipality's change is not Musterstadt's
    MockHttpServletResponse place =
        answer(
            post("/api/v1/locations")
                .header(HttpHeaders.AUTHORIZATION, bearer(KREIS_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\":\"Kreishaus, Raum für die Revision\"}"));
    assertThat(place.getStatus()).isEqualTo(201);
    MockHttpServletResponse removed =
        answer(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/v1/locations/"
                        + json.readTree(place.getContentAsString()).get("id").asLong())
                .header(HttpHeaders.AUTHORIZATION, bearer(KREIS_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"0\""));
    assertThat(removed.getStatus()).isEqualTo(204);
    assertThat(answer(get(list).header(HttpHeaders.IF_NONE_MATCH, etag)).getStatus())
        .isEqualTo(304);

    // a change of Musterstadt through the API: it answers again
    JsonNode meeting = newMeeting("Sitzung für die Revision", "2039-04-04");
    MockHttpServletResponse changed = answer(get(list).header(HttpHeaders.IF_NONE_MATCH, etag));
    assertThat(changed.getStatus()).isEqualTo(200);
    String newEtag = changed.getHeader(HttpHeaders.ETAG);
    assertThat(newEtag).isNotEqualTo(etag);

    // a JDBC writer announces its change: a stub appears when the tombstones find the meeting gone
    api(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                "/api/v1/meetings/" + meeting.get("id").asLong())
            .header(HttpHeaders.IF_MATCH, "\"" + meeting.get("version").asLong() + "\""),
        204);
    String afterDelete = answer(get(list)).getHeader(HttpHeaders.ETAG);
    long tenant = bodies.idBySlug("musterstadt").orElseThrow();
    long before = revision(tenant);
    try {
      seen.reconcile(tenant, "revision-test", java.util.Set.of(1L, 2L), Instant.now());
      assertThat(revision(tenant)).as("only seen, nothing gone").isEqualTo(before);
      seen.reconcile(tenant, "revision-test", java.util.Set.of(1L), Instant.now());
      assertThat(revision(tenant)).as("one gone").isEqualTo(before + 1);
    } finally {
      jdbc.update("delete from oparl_seen where kind = 'revision-test'");
    }
    assertThat(answer(get(list).header(HttpHeaders.IF_NONE_MATCH, afterDelete)).getStatus())
        .isEqualTo(200);

    // Last-Modified: the last change's second rounded up, once it is settled
    assertThat(answer(get(list)).getHeader(HttpHeaders.LAST_MODIFIED)).as("fresh change").isNull();
    String beforeRestore = answer(get(list)).getHeader(HttpHeaders.ETAG);
    Instant old = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS).plusMillis(250);
    jdbc.update(
        "update tenant_revision set changed = ? where tenant_id = ?", old.toEpochMilli(), tenant);
    MockHttpServletResponse settled = answer(get(list));
    // the same number at another time (a restored backup counts again): another ETag
    assertThat(settled.getHeader(HttpHeaders.ETAG)).isNotEqualTo(beforeRestore);
    assertThat(settled.getDateHeader(HttpHeaders.LAST_MODIFIED))
        .isEqualTo(old.plusMillis(750).toEpochMilli());
    String lastModified = settled.getHeader(HttpHeaders.LAST_MODIFIED);
    assertThat(answer(get(list).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).getStatus())
        .isEqualTo(304);
    String secondBefore =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            old.minusSeconds(1).atZone(java.time.ZoneOffset.UTC));
    assertThat(answer(get(list).header(HttpHeaders.IF_MODIFIED_SINCE, secondBefore)).getStatus())
        .isEqualTo(200);
    // the ETag decides where both are asked
    assertThat(
            answer(
                    get(list)
                        .header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)
                        .header(HttpHeaders.IF_NONE_MATCH, etag))
                .getStatus())
        .isEqualTo(200);
  }

  /** A meeting of Musterstadt's Hauptausschuss (a published committee), through the API. */
  private JsonNode newMeeting(String name, String date) throws Exception {
    long committee =
        jdbc.queryForObject(
            "select o.id from organization o join body b on b.id = o.tenant_id"
                + " where b.slug = 'musterstadt' and o.short_name = 'HA'",
            Long.class);
    return api(
        post("/api/v1/meetings")
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"organizationId\":"
                    + committee
                    + ",\"name\":\""
                    + name
                    + "\",\"meetingDate\":\""
                    + date
                    + "\"}"),
        201);
  }

  private long revision(long tenant) {
    return jdbc.queryForObject(
        "select revision from tenant_revision where tenant_id = ?", Long.class, tenant);
  }

  /**
   * {@code omit_internal=true} leaves out the lists of embedded objects, keeps the single embedded
   * ones and stays in every link; the objects stay valid OParl.
   */
  @Test
  void omitInternalLeavesOutTheListsOfEmbeddedObjectsAndStaysInTheLinks() throws Exception {
    JsonNode full = read(ROOT + "/bodies/musterstadt/papers");
    assertThat(full.get("data").findValues("consultation")).isNotEmpty();
    JsonNode page = read(ROOT + "/bodies/musterstadt/papers?limit=2&omit_internal=true");
    assertThat(page.get("data").size()).isEqualTo(2);
    for (JsonNode paper : page.get("data")) {
      assertThat(paper.has("consultation")).isFalse();
      assertThat(paper.has("auxiliaryFile")).isFalse();
      assertThat(paper.has("reference")).isTrue();
      assertValid(paper);
    }
    assertThat(page.get("links").get("first").asString()).contains("omit_internal=true");
    assertThat(page.get("links").get("next").asString()).contains("omit_internal=true", "after=");
    // a paper with a main file keeps it: no other field says which file it is
    assertThat(
            read(ROOT + "/bodies/musterstadt/papers?limit=500&omit_internal=true")
                .get("data")
                .findValues("mainFile"))
        .hasSameSizeAs(full.get("data").findValues("mainFile"));

    JsonNode meetings = read(ROOT + "/bodies/musterstadt/meetings?omit_internal=true");
    assertThat(meetings.get("data").findValues("agendaItem")).isEmpty();
    assertThat(meetings.get("data").findValues("organization")).isNotEmpty();
    JsonNode persons = read(ROOT + "/bodies/musterstadt/persons?omit_internal=true");
    assertThat(persons.get("data").findValues("membership")).isEmpty();
    assertThat(persons.get("data").findValues("name")).isNotEmpty();

    MockHttpServletResponse bad = answer(get(ROOT + "/bodies/musterstadt/papers?omit_internal=ja"));
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(json.readTree(bad.getContentAsString()).get("message").asString())
        .contains("omit_internal");
  }

  /** Filtering and paging in SQL, and no statement per object: one page costs what another does. */
  @Test
  void aPageOfAHundredCostsTheStatementsOfAPageOfOne() throws Exception {
    for (String list :
        List.of(
            "organizations",
            "persons",
            "memberships",
            "meetings",
            "agenda-items",
            "papers",
            "consultations",
            "files",
            "legislative-terms",
            "locations")) {
      String url = ROOT + "/bodies/musterstadt/" + list;
      StatementCounter.reset();
      JsonNode one = read(url + "?limit=1");
      long costOfOne = StatementCounter.count();
      StatementCounter.reset();
      JsonNode hundred = read(url + "?limit=100");
      long costOfHundred = StatementCounter.count();
      // what a page needs besides its rows is asked once (the links of its rows' rows); the body
      // is read once per request (by the validators' filter), then its revision
      assertThat(costOfHundred).as(list).isLessThanOrEqualTo(costOfOne + 2).isLessThanOrEqualTo(7);
      assertThat(hundred.get("data").size())
          .as(list)
          .isGreaterThanOrEqualTo(one.get("data").size());
    }
  }

  private JsonNode api(AbstractMockHttpServletRequestBuilder<?> request, int status)
      throws Exception {
    MockHttpServletResponse r =
        answer(request.header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)));
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
    return r.getContentAsString().isEmpty() ? null : json.readTree(r.getContentAsString());
  }

  /** Changes one field of an object through the API (GET, change, PUT with If-Match). */
  private void set(String apiUrl, String field, boolean value) throws Exception {
    tools.jackson.databind.node.ObjectNode object =
        (tools.jackson.databind.node.ObjectNode) api(get(apiUrl), 200);
    object.put(field, value);
    api(
        put(apiUrl)
            .header(HttpHeaders.IF_MATCH, "\"" + object.get("version").asLong() + "\"")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(object)),
        200);
  }

  @Test
  void orgUnitsAreVerwaltungsbereicheOnlyWhereTheMunicipalityPublishesItsChart() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    String unit =
        ROOT
            + "/bodies/musterstadt/org-units/"
            + jdbc.queryForObject(
                "select min(id) from org_unit where tenant_id = ?", Long.class, muster);
    // the demo does not publish its chart
    assertThat(crawl(100).values())
        .noneMatch(o -> o.path("organizationType").asString("").equals("Verwaltungsbereich"));
    assertThat(answer(get(unit)).getStatus()).isEqualTo(404);
    try {
      set("/api/v1/bodies/" + muster, "orgChartPublished", true);
      // a small page size: the list walks from the committees into the units
      Map<String, JsonNode> objects = crawl(3);
      List<JsonNode> units =
          objects.values().stream()
              .filter(o -> o.path("organizationType").asString("").equals("Verwaltungsbereich"))
              .toList();
      assertThat(units)
          .hasSize(
              jdbc.queryForObject(
                  "select count(*) from org_unit where tenant_id = ?", Integer.class, muster));
      Map<String, String> codes =
          jdbc
              .queryForList("select id, code, name from org_unit where tenant_id = ?", muster)
              .stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      r -> ROOT + "/bodies/musterstadt/org-units/" + r.get("id"),
                      r -> r.get("code") + " " + r.get("name")));
      for (JsonNode u : units) {
        assertThat(u.get("shortName").asString() + " " + u.get("name").asString())
            .isEqualTo(codes.get(u.get("id").asString()));
        if (u.has("subOrganizationOf")) {
          assertThat(codes).containsKey(u.get("subOrganizationOf").asString());
        }
      }
      assertThat(units).anyMatch(u -> u.has("subOrganizationOf"));
      // names and codes only: no person, no phone, no e-mail
      assertThat(json.writeValueAsString(units))
          .doesNotContain("@", "Schütt", "Kaya", "Lindqvist", "leadPerson", "phone");
      // the same objects with the default page size
      assertThat(crawl(100).keySet()).isEqualTo(objects.keySet());
      // another municipality's unit is not one of Musterstadt's
      long kreisUnit =
          jdbc.queryForObject(
              "select min(id) from org_unit where tenant_id = ?",
              Long.class,
              Demo.bodyId(jdbc, "beispielkreis"));
      assertThat(answer(get(ROOT + "/bodies/musterstadt/org-units/" + kreisUnit)).getStatus())
          .isEqualTo(404);
    } finally {
      set("/api/v1/bodies/" + muster, "orgChartPublished", false);
    }
    assertThat(answer(get(unit)).getStatus()).isEqualTo(404);
  }

  @Test
  void aPersonWhoWithdrewConsentAndHerSeatsStayAsStubsForClientsThatAskForChanges()
      throws Exception {
    var muster = bodies.publishingOParl("musterstadt").orElseThrow();
    tombstones.reconcile(muster);
    JsonNode person = read(ROOT + "/bodies/musterstadt/persons?limit=1").get("data").get(0);
    String personUrl = person.get("id").asString();
    List<String> seats = new ArrayList<>();
    person.get("membership").forEach(m -> seats.add(m.get("id").asString()));
    assertThat(seats).isNotEmpty();
    long id = Long.parseLong(personUrl.replaceAll(".*/", ""));
    String since = Instant.now().minusSeconds(1).toString().replace(":", "%3A");
    try {
      set("/api/v1/persons/" + id, "published", false);
      // gone at once; a stub once the server noticed (every few minutes, here now)
      assertThat(answer(get(URI.create(personUrl))).getStatus()).isEqualTo(404);
      tombstones.reconcile(muster);
      JsonNode stub = read(personUrl);
      assertValid(stub);
      assertThat(stub.get("deleted").asBoolean()).isTrue();
      assertThat(stub.has("name")).isFalse();
      for (String seat : seats) {
        assertThat(read(seat).get("deleted").asBoolean()).as(seat).isTrue();
      }
      // listed as deleted only to a client that asks for the changes since a time
      assertThat(ids(read(ROOT + "/bodies/musterstadt/persons?limit=500")))
          .doesNotContain(personUrl);
      JsonNode changes =
          read(ROOT + "/bodies/musterstadt/persons?limit=500&modified_since=" + since);
      assertThat(ids(changes)).contains(personUrl);
      assertThat(
              ids(read(ROOT + "/bodies/musterstadt/memberships?limit=500&modified_since=" + since)))
          .containsAll(seats);
      // pages of one walk the stubs in id order with the live objects
      Map<String, JsonNode> paged = new LinkedHashMap<>();
      String next = ROOT + "/bodies/musterstadt/persons?limit=1&modified_since=" + since;
      while (next != null) {
        JsonNode page = read(next);
        page.get("data").forEach(o -> paged.put(o.get("id").asString(), o));
        next =
            page.path("links").path("next").isMissingNode()
                ? null
                : page.get("links").get("next").asString();
      }
      assertThat(paged.keySet()).containsExactlyInAnyOrderElementsOf(ids(changes));
    } finally {
      set("/api/v1/persons/" + id, "published", true);
    }
    // back with her consent, live again
    tombstones.reconcile(muster);
    assertThat(read(personUrl).has("deleted")).isFalse();
    assertThat(ids(read(ROOT + "/bodies/musterstadt/persons?limit=500"))).contains(personUrl);
  }

  @Test
  void aCommitteeAppearsWhenPublishedItsMemberOnlyWithConsentAndAWithdrawnOneAsAStub()
      throws Exception {
    long senat =
        jdbc.queryForObject(
            "select o.id from organization o join body b on b.id = o.tenant_id"
                + " where b.slug = 'musterstadt' and o.short_name = 'Senat'",
            Long.class);
    long krueger =
        jdbc.queryForObject(
            "select p.id from person p join body b on b.id = p.tenant_id"
                + " where b.slug = 'musterstadt' and p.family_name = 'Krüger'",
            Long.class);
    String committee = ROOT + "/bodies/musterstadt/organizations/" + senat;
    String person = ROOT + "/bodies/musterstadt/persons/" + krueger;
    assertThat(answer(get(committee)).getStatus()).isEqualTo(404);
    try {
      set("/api/v1/organizations/" + senat, "published", true);
      assertThat(read(committee).get("name").asString()).isEqualTo("Senat");
      // its members have not agreed: no seat, no person
      assertThat(read(committee).path("membership").isEmpty()).isTrue();
      assertThat(answer(get(person)).getStatus()).isEqualTo(404);

      set("/api/v1/persons/" + krueger, "published", true);
      JsonNode member = read(person);
      assertThat(member.get("familyName").asString()).isEqualTo("Krüger");
      assertThat(member.toString()).doesNotContain("@", "Senatorin");
      assertThat(member.get("membership").get(0).get("organization").asString())
          .isEqualTo(committee);
      assertThat(read(committee).get("membership")).hasSize(1);
    } finally {
      set("/api/v1/persons/" + krueger, "published", false);
      Instant before = Instant.now().minusSeconds(1);
      set("/api/v1/organizations/" + senat, "published", false);
      // withdrawn: a deleted stub at its URL, listed only for clients that ask for changes
      JsonNode stub = read(committee);
      assertThat(stub.get("deleted").asBoolean()).isTrue();
      assertThat(stub.toString()).doesNotContain("Senat");
      assertValid(stub);
      String list = ROOT + "/bodies/musterstadt/organizations?limit=500";
      assertThat(ids(read(list))).doesNotContain(committee);
      assertThat(ids(read(list + "&modified_since=" + before.toString().replace(":", "%3A"))))
          .contains(committee);
    }
    assertThat(answer(get(person)).getStatus()).isEqualTo(404);
  }

  @Test
  void aReleasedPublicPaperCarriesItsDocumentAsMainFileWithItsChecksum() throws Exception {
    long paper = draft("Vorlage mit Hauptdokument");
    long internal = draft("Nichtöffentliche Vorlage ohne Hauptdokument");
    jdbc.update("update paper set public_paper = false where id = ?", internal);
    for (long id : List.of(paper, internal)) {
      JsonNode current = api(get("/api/v1/papers/" + id), 200);
      api(
          post("/api/v1/papers/" + id + "/release")
              .header(HttpHeaders.IF_MATCH, "\"" + current.get("version").asLong() + "\""),
          200);
    }
    mainFiles.awaitRendered();

    JsonNode published = read(ROOT + "/bodies/musterstadt/papers/" + paper);
    JsonNode main = published.get("mainFile");
    assertThat(main).as(published.toString()).isNotNull();
    assertValid(main);
    assertThat(main.get("mimeType").asString()).isEqualTo("application/pdf");
    assertThat(main.get("name").asString())
        .isEqualTo(
            "Beschlussvorlage "
                + published.get("reference").asString()
                + " (freigegebene Fassung)");
    byte[] pdf =
        answer(get(URI.create(main.get("downloadUrl").asString()))).getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    assertThat(main.get("size").asLong()).isEqualTo(pdf.length);
    assertThat(main.get("sha512Checksum").asString())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(pdf)));
    // served alone with the link to its paper, listed among the files, and no Anlage
    JsonNode alone = read(main.get("id").asString());
    assertThat(alone.get("paper").get(0).asString())
        .isEqualTo(ROOT + "/bodies/musterstadt/papers/" + paper);
    assertThat(ids(read(ROOT + "/bodies/musterstadt/files?limit=500")))
        .contains(main.get("id").asString());
    assertThat(published.path("auxiliaryFile")).isEmpty();
    assertThat(api(get("/api/v1/papers/" + paper + "/files"), 200).get("items")).isEmpty();

    // rendered once; a paper that is not public gets none
    mainFiles.renderMissing();
    mainFiles.awaitRendered();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from paper_file where paper_id = ? and main_file = true",
                Integer.class,
                paper))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from paper_file where paper_id = ?", Integer.class, internal))
        .isZero();
  }

  private long draft(String subject) throws Exception {
    return api(
            post("/api/v1/papers")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"paperType\":\"Beschlussvorlage\",\"date\":\"2039-06-01\",\"subject\":\""
                        + subject
                        + "\"}"),
            201)
        .get("id")
        .asLong();
  }

  @Test
  void aDeletedMeetingStaysAsAStubForClientsThatAskForChanges() throws Exception {
    JsonNode meeting = newMeeting("Sondersitzung OParl", "2039-03-03");
    String url = ROOT + "/bodies/musterstadt/meetings/" + meeting.get("id").asLong();
    String list = ROOT + "/bodies/musterstadt/meetings?limit=500";
    assertThat(ids(read(list))).contains(url);
    assertThat(read(url).get("name").asString()).contains("Sondersitzung OParl");
    Instant before = Instant.now().minusSeconds(1);

    api(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                "/api/v1/meetings/" + meeting.get("id").asLong())
            .header(HttpHeaders.IF_MATCH, "\"" + meeting.get("version").asLong() + "\""),
        204);

    assertThat(ids(read(list))).doesNotContain(url);
    JsonNode stub = read(url);
    assertThat(stub.get("deleted").asBoolean()).isTrue();
    assertThat(stub.has("name")).isFalse();
    assertValid(stub);
    String since = before.toString().replace(":", "%3A");
    assertThat(ids(read(list + "&modified_since=" + since))).contains(url);
  }

  @Test
  void theFilesOfAPublishedPaperAreServedWithTheirChecksumThoseOfADraftAreNotAndRemovedOnesAreGone()
      throws Exception {
    long released = draft("Vorlage mit Anlage");
    byte[] bytes = "Anlage zur Vorlage: Kostenaufstellung\n".getBytes(UTF_8);
    JsonNode file =
        api(
            multipart("/api/v1/papers/" + released + "/files")
                .file(new MockMultipartFile("file", "Kosten.txt", "text/plain", bytes)),
            201);
    String url = ROOT + "/bodies/musterstadt/files/" + file.get("id").asLong();
    // released (the way there – sign-offs, statements – is CouncilJourneyTest's): now public
    assertThat(answer(get(URI.create(url))).getStatus()).isEqualTo(404);
    jdbc.update("update paper set state = 'RELEASED' where id = ?", released);

    JsonNode paper = read(ROOT + "/bodies/musterstadt/papers/" + released);
    JsonNode embedded = null;
    for (JsonNode f : paper.get("auxiliaryFile")) {
      if (f.get("id").asString().equals(url)) {
        embedded = f;
      }
    }
    assertThat(embedded).isNotNull();
    assertValid(embedded);
    assertThat(embedded.get("size").asLong()).isEqualTo(bytes.length);
    assertThat(embedded.get("sha512Checksum").asString())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes)));
    assertThat(ids(read(ROOT + "/bodies/musterstadt/files?limit=500"))).contains(url);

    MockHttpServletResponse access = answer(get(URI.create(embedded.get("accessUrl").asString())));
    assertThat(access.getContentAsByteArray()).isEqualTo(bytes);
    assertThat(access.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
    assertThat(access.getHeader("Content-Security-Policy")).contains("sandbox");
    MockHttpServletResponse download =
        answer(get(URI.create(embedded.get("downloadUrl").asString())));
    assertThat(download.getContentAsByteArray()).isEqualTo(bytes);
    assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");

    // a draft's file is not served, neither its description nor its content
    JsonNode hidden =
        api(
            multipart("/api/v1/papers/" + draft("Entwurf mit Anlage") + "/files")
                .file(new MockMultipartFile("file", "Geheim.txt", "text/plain", bytes)),
            201);
    String hiddenUrl = ROOT + "/bodies/musterstadt/files/" + hidden.get("id").asLong();
    assertThat(answer(get(URI.create(hiddenUrl))).getStatus()).isEqualTo(404);
    assertThat(answer(get(URI.create(hiddenUrl + "/access"))).getStatus()).isEqualTo(404);
    assertThat(ids(read(ROOT + "/bodies/musterstadt/files?limit=500"))).doesNotContain(hiddenUrl);

    // Fahrplan refuses to remove a file of a released paper; removed by a correction in the
    // database, its content is gone (410) and the file a deleted stub
    api(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                "/api/v1/paper-files/" + file.get("id").asLong())
            .header(HttpHeaders.IF_MATCH, "\"" + file.get("version").asLong() + "\""),
        422);
    Instant before = Instant.now().minusSeconds(1);
    jdbc.update(
        "update paper_file set deleted = true, modified = ? where id = ?",
        java.sql.Timestamp.from(Instant.now()),
        file.get("id").asLong());
    MockHttpServletResponse gone = answer(get(URI.create(embedded.get("accessUrl").asString())));
    assertThat(gone.getStatus()).isEqualTo(410);
    assertThat(json.readTree(gone.getContentAsString()).get("type").asString()).endsWith("Error");
    assertThat(answer(get(URI.create(embedded.get("downloadUrl").asString()))).getStatus())
        .isEqualTo(410);
    JsonNode stub = read(url);
    assertThat(stub.get("deleted").asBoolean()).isTrue();
    assertValid(stub);
    assertThat(ids(read(ROOT + "/bodies/musterstadt/files?limit=500"))).doesNotContain(url);
    assertThat(
            ids(
                read(
                    ROOT
                        + "/bodies/musterstadt/files?limit=500&modified_since="
                        + before.toString().replace(":", "%3A"))))
        .contains(url);
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("data").forEach(o -> ids.add(o.get("id").asString()));
    return ids;
  }
}
