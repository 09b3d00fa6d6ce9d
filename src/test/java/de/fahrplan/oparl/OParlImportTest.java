package de.fahrplan.oparl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.fahrplan.council.ConsultationInput;
import de.fahrplan.council.ConsultationRole;
import de.fahrplan.council.Consultations;
import de.fahrplan.council.PublicCouncil;
import de.fahrplan.oparl.ImportRunView.Outcome;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.BodyInput;
import de.fahrplan.organisation.BodyType;
import de.fahrplan.organisation.MembershipInput;
import de.fahrplan.organisation.MembershipRole;
import de.fahrplan.organisation.OrganizationClassification;
import de.fahrplan.organisation.OrganizationInput;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.PublicationWindow;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.Role;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import from a Ratsinformationssystem: a real SD.NET server's answers (../shared/oparl/real,
 * served by a loopback HTTP server under their own URLs via a rewrite rule), broken servers built
 * from the quirks seen in the wild, and a round trip through Fahrplan's own OParl server into
 * another municipality. Each test imports into a municipality of its own.
 */
@FahrplanTest
class OParlImportTest {

  static final Path REAL = Path.of("..", "shared", "oparl", "real");
  static final String SDNET = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0";
  static final AtomicInteger MUNICIPALITIES = new AtomicInteger();

  @Autowired OParlImports imports;
  @Autowired NightlyImport nightly;
  @Autowired Bodies bodies;
  @Autowired Organizations organizations;
  @Autowired Consultations consultations;
  @Autowired JdbcTemplate jdbc;
  @Autowired PublicCouncil publicCouncil;
  @Autowired MockMvc mvc;
  @LocalServerPort int port;

  final JsonMapper json = JsonMapper.builder().build();
  HttpServer server;
  final Map<String, Function<HttpExchange, Answer>> routes = new ConcurrentHashMap<>();
  final List<String> asked = new CopyOnWriteArrayList<>();
  long tenant;

  record Answer(int status, byte[] body) {
    static Answer file(Path path) {
      try {
        return new Answer(200, Files.readAllBytes(path));
      } catch (IOException e) {
        return new Answer(404, new byte[0]);
      }
    }

    static Answer text(String s) {
      return new Answer(200, s.getBytes(UTF_8));
    }
  }

  @BeforeEach
  void serverAndMunicipality() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String target = exchange.getRequestURI().toString();
          asked.add(target);
          Function<HttpExchange, Answer> route = routes.get(exchange.getRequestURI().getPath());
          Answer a = route == null ? new Answer(404, new byte[0]) : route.apply(exchange);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
          if (a.body().length > 0) {
            exchange.getResponseBody().write(a.body());
          }
          exchange.close();
        });
    server.start();
    SecurityContextHolder.getContext().setAuthentication(Users.operator());
    int n = MUNICIPALITIES.incrementAndGet();
    BodyInput in = new BodyInput();
    in.name = "Importgemeinde " + n;
    in.shortName = "Import " + n;
    in.bodyType = BodyType.GEMEINDE;
    in.ags = "0999" + String.format("%04d", n);
    in.rgs = "0999" + String.format("%04d", n) + "0000";
    in.slug = "import-" + n + "-" + System.nanoTime() % 100_000;
    tenant = bodies.create(in).id();
    SecurityContextHolder.getContext().setAuthentication(admin());
  }

  /**
   * The imported copies go again: other tests find Musterstadt's papers and committees by subject
   * or short name across the shared database.
   */
  @AfterEach
  void stopAndForget() {
    server.stop(0);
    SecurityContextHolder.clearContext();
    for (String table :
        List.of(
            "agenda_item",
            "consultation",
            "paper",
            "meeting",
            "location",
            "oparl_committee",
            "oparl_membership",
            "oparl_person",
            "membership",
            "oparl_import_problem",
            "oparl_import_run",
            "oparl_source",
            "organization",
            "person")) {
      jdbc.update("delete from " + table + " where tenant_id = ?", tenant);
    }
  }

  /** MockMvc clears the security context after each request; the facade calls need it again. */
  void asAdmin() {
    SecurityContextHolder.getContext().setAuthentication(admin());
  }

  Authentication admin() {
    return Users.in(tenant, Role.ADMIN, Role.COORDINATION);
  }

  String local() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  ImportSettings settings(String systemUrl, String rewrite) {
    ImportSettings s = imports.status().settings();
    if (s == null) {
      s = new ImportSettings();
    }
    s.systemUrl = systemUrl;
    s.rewriteRules = rewrite;
    s.requestsPerSecond = 100;
    return imports.save(s);
  }

  /** Hürtgenwald's answers: pages 1, 2, 84, 85 of the papers and 1, 11, 15 of the meetings. */
  void serveSdNet() {
    Path dir = REAL.resolve("sdnet-huertgenwald-1.0");
    routes.put("/sdnet/system", x -> Answer.file(dir.resolve("system.json")));
    routes.put("/sdnet/body", x -> Answer.file(dir.resolve("body.json")));
    routes.put(
        "/sdnet/body/1/organization", x -> Answer.file(dir.resolve("body/1/organization.json")));
    Map<String, String> meetingPages = Map.of("1", "meeting.json", "2", "meeting_page-11.json");
    Map<String, String> paperPages =
        Map.of(
            "1", "paper.json",
            "2", "paper_page-2.json",
            "3", "paper_page-84.json",
            "85", "paper_page-85.json");
    routes.put("/sdnet/body/1/meeting", x -> page(x, dir, meetingPages, "meeting_page-15.json"));
    routes.put("/sdnet/body/1/paper", x -> page(x, dir, paperPages, null));
    Map<String, String> personPages = Map.of("1", "person.json", "2", "person_page-2.json");
    routes.put("/sdnet/body/1/person", x -> page(x, dir, personPages, null));
  }

  /**
   * A page by its number ({@code ?page=N}); the links inside the files name the server's own page
   * numbers, so page 2 of the meetings is the file of page 11, whose next (12) is page 15's file. A
   * request with {@code modified_since} gets the 404 some servers give an empty filtered list.
   */
  Answer page(HttpExchange x, Path dir, Map<String, String> pages, String page12) {
    String query = x.getRequestURI().getQuery() == null ? "" : x.getRequestURI().getQuery();
    if (query.contains("modified_since")) {
      return new Answer(404, new byte[0]);
    }
    String n = query.startsWith("page=") ? query.substring(5) : "1";
    String file = "12".equals(n) ? page12 : pages.get(n);
    return file == null ? new Answer(404, new byte[0]) : Answer.file(dir.resolve("body/1/" + file));
  }

  List<JsonNode> live(String... files) throws IOException {
    List<JsonNode> all = new ArrayList<>();
    for (String f : files) {
      json.readTree(REAL.resolve("sdnet-huertgenwald-1.0/body/1/" + f).toFile())
          .get("data")
          .forEach(
              o -> {
                if (!o.path("deleted").asBoolean(false)) {
                  all.add(o);
                }
              });
    }
    return all;
  }

  int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }

  /**
   * The nightly job imports each municipality's RIS as its own: the first run reads everything, the
   * next night's only what changed since.
   */
  @Test
  void theNightlyJobImportsEachMunicipalityWithASource() {
    serveSdNet();
    settings(SDNET + "/system", SDNET + " => " + local() + "/sdnet");

    nightly.run();
    nightly.run();

    asAdmin();
    List<ImportRunView> runs = imports.status().runs();
    assertThat(runs).extracting(ImportRunView::outcome).containsOnly(Outcome.COMPLETE);
    // newest first: the second night asked only for what changed since the first
    assertThat(runs).extracting(ImportRunView::fullRun).containsExactly(false, true);
    assertThat(runs.getFirst().modifiedSince()).isNotNull();
    assertThat(
            count("select count(*) from paper where tenant_id = ? and origin = 'IMPORTED'", tenant))
        .isPositive();
  }

  @Test
  void aRealSdNetServerIsImportedWithItsCommitteesMeetingsAndBeratungsfolgen() throws Exception {
    serveSdNet();
    OrganizationInput council = new OrganizationInput();
    council.name = "Gemeinderat";
    council.classification = OrganizationClassification.RAT;
    long ownCouncil = organizations.create(council).id();
    settings(SDNET + "/system", SDNET + " => " + local() + "/sdnet");

    ImportRunView run = imports.runNow(false);

    assertThat(run.outcome()).as(imports.problems(run.id()).toString()).isEqualTo(Outcome.COMPLETE);
    assertThat(run.fullRun()).isTrue();
    List<JsonNode> papers =
        live("paper.json", "paper_page-2.json", "paper_page-84.json", "paper_page-85.json");
    List<JsonNode> meetings = live("meeting.json", "meeting_page-11.json", "meeting_page-15.json");
    assertThat(run.papers()).isEqualTo(papers.size() + 10); // the ten deleted ones are read too
    assertThat(
            count(
                "select count(*) from paper where tenant_id = ? and origin = 'IMPORTED'"
                    + " and deleted = false",
                tenant))
        .isEqualTo(papers.size());
    assertThat(
            count("select count(*) from meeting where tenant_id = ? and deleted = false", tenant))
        .isEqualTo(meetings.size());
    // each meeting with its agenda in order, numbers and names as the RIS has them, and the RIS's
    // words for a result
    for (JsonNode m : meetings) {
      List<String> expected = new ArrayList<>();
      for (JsonNode item : m.path("agendaItem")) {
        expected.add(
            item.path("number").asString("")
                + "|"
                // cut to the column as the import does
                + de.fahrplan.oparl.internal.OParlObject.cut(
                    de.fahrplan.oparl.internal.OParlObject.clean(item.get("name").asString()), 500)
                + "|"
                + de.fahrplan.oparl.internal.OParlObject.cut(
                    de.fahrplan.oparl.internal.OParlObject.clean(
                        item.path("result").asString(null)),
                    300));
      }
      assertThat(
              jdbc.query(
                  "select i.number, i.title, i.result_text from agenda_item i"
                      + " join meeting m on m.id = i.meeting_id where m.tenant_id = ?"
                      + " and m.external_id = ? and i.deleted = false order by i.position",
                  (rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
                  tenant,
                  m.get("id").asString()))
          .as(m.get("id").asString())
          .isEqualTo(expected);
    }
    assertThat(
            count(
                "select count(*) from agenda_item where tenant_id = ? and result_text ="
                    + " '2 Ja-Stimme(n), 1 Gegenstimme(n), 0 Stimmenthaltung(en)'",
                tenant))
        .isEqualTo(1);
    // the RIS publishes its meetings and agendas: Fahrplan's server does not serve them again,
    // even where their committees are published
    jdbc.update("update organization set published = true where tenant_id = ?", tenant);
    var window = new PublicationWindow(0, 500, null, null, null, null);
    assertThat(TenantContext.callAs(tenant, () -> publicCouncil.meetings(window))).isEmpty();
    assertThat(TenantContext.callAs(tenant, () -> publicCouncil.agendaItems(window))).isEmpty();
    long someMeeting =
        jdbc.queryForObject(
            "select min(id) from meeting where tenant_id = ? and deleted = false",
            Long.class,
            tenant);
    assertThat(TenantContext.callAs(tenant, () -> publicCouncil.meeting(someMeeting))).isEmpty();
    jdbc.update("update organization set published = false where tenant_id = ?", tenant);
    // each meeting at its place: the RIS's places became the municipality's, once per description
    for (JsonNode m : meetings) {
      JsonNode at = m.get("location");
      Map<String, Object> place =
          jdbc.queryForMap(
              "select l.description, l.street_address, l.postal_code, l.locality from meeting m"
                  + " join location l on l.id = m.location_id where m.tenant_id = ?"
                  + " and m.external_id = ?",
              tenant,
              m.get("id").asString());
      assertThat(place.get("description")).isEqualTo(at.get("description").asString());
      assertThat(place.get("street_address")).isEqualTo(at.get("streetAddress").asString());
      assertThat(place.get("postal_code")).isEqualTo(at.get("postalCode").asString());
      assertThat(place.get("locality")).isEqualTo(at.get("locality").asString());
    }
    assertThat(count("select count(*) from location where tenant_id = ?", tenant))
        .isEqualTo(
            meetings.stream()
                .map(m -> m.get("location").get("description").asString())
                .distinct()
                .count());
    // the own "Gemeinderat" was matched by name, not duplicated; the others were created on need
    assertThat(
            count(
                "select count(*) from organization where tenant_id = ? and name = ?",
                tenant,
                "Gemeinderat"))
        .isEqualTo(1);
    assertThat(imports.committees())
        .filteredOn(c -> c.name().equals("Gemeinderat"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.organizationId()).isEqualTo(ownCouncil);
              assertThat(c.createdByImport()).isFalse();
            });
    assertThat(imports.committees()).hasSize(22);

    // a paper as the RIS has it, with its file's metadata and its page there
    Map<String, Object> first =
        jdbc.queryForMap(
            "select reference, subject, paper_type, paper_date, external_files, external_web,"
                + " state from paper where tenant_id = ? and external_id = ?",
            tenant,
            SDNET + "/body/1/paper/60");
    assertThat(first.get("reference")).isEqualTo("102/2002");
    assertThat(first.get("subject")).isEqualTo("Umbesetzungen im Bauausschuss");
    assertThat(first.get("paper_type")).isEqualTo("Tischvorlage");
    assertThat((String) first.get("external_files")).contains("Tischvorlage_102-2002.pdf");
    assertThat((String) first.get("external_web")).startsWith("https://sdnetrim.kdvz-frechen.de/");

    // every embedded consultation of the fixture is a step in the same order, with its meeting's
    // date
    int steps = 0;
    for (JsonNode p : papers) {
      for (JsonNode c : p.path("consultation")) {
        steps++;
        String meeting = c.path("meeting").asString(null);
        Map<String, Object> row =
            jdbc.queryForMap(
                "select c.meeting_date, c.meeting_id, o.name from consultation c"
                    + " join organization o on o.id = c.organization_id"
                    + " where c.tenant_id = ? and c.external_id = ? and c.deleted = false",
                tenant,
                c.get("id").asString());
        String committee = c.get("organization").get(0).asString();
        String expectedName =
            json.readTree(REAL.resolve("sdnet-huertgenwald-1.0/body/1/organization.json").toFile())
                .get("data")
                .valueStream()
                .filter(o -> o.get("id").asString().equals(committee))
                .findFirst()
                .orElseThrow()
                .get("name")
                .asString();
        assertThat(row.get("name")).isEqualTo(expectedName);
        JsonNode m =
            meetings.stream()
                .filter(x -> x.get("id").asString().equals(meeting))
                .findFirst()
                .orElse(null);
        if (m != null) {
          assertThat(row.get("meeting_date").toString())
              .isEqualTo(m.get("start").asString().substring(0, 10));
        }
      }
    }
    assertThat(steps).isPositive();
    assertThat(
            count(
                "select count(*) from consultation where tenant_id = ? and external_id is not null"
                    + " and deleted = false",
                tenant))
        .isEqualTo(steps);

    // council members with their seats in the committees Fahrplan knows (mapped), roles mapped
    Map<String, Long> mapped = new HashMap<>();
    jdbc.query(
        "select external_id, organization_id from oparl_committee where tenant_id = ?"
            + " and organization_id is not null",
        (org.springframework.jdbc.core.RowCallbackHandler)
            rs -> mapped.put(rs.getString(1), rs.getLong(2)),
        tenant);
    Map<String, String> roles =
        Map.of(
            "Ausschussvorsitzender", "VORSITZ",
            "stellvertetender Ausschussvorsitzender", "STELLV_VORSITZ",
            "Sachkundiger Bürger", "BERATENDES_MITGLIED",
            "Sachkundige Bürgerin", "BERATENDES_MITGLIED",
            "Mitglied", "MITGLIED",
            "stellv. Mitglied", "MITGLIED");
    int seats = 0;
    java.util.Set<String> seated = new java.util.HashSet<>();
    for (JsonNode person : live("person.json", "person_page-2.json")) {
      for (JsonNode m : person.path("membership")) {
        Long committee = mapped.get(m.get("organization").asString());
        if (committee == null) {
          continue;
        }
        seats++;
        seated.add(person.get("id").asString());
        String role = roles.get(m.path("role").asString(""));
        if (role != null) {
          assertThat(
                  count(
                      "select count(*) from membership ms join person p on p.id = ms.person_id"
                          + " where ms.organization_id = ? and p.given_name = ? and p.family_name = ?"
                          + " and ms.role = ? and ms.start_date = ?",
                      committee,
                      person.get("givenName").asString(),
                      person.get("familyName").asString(),
                      role,
                      java.sql.Date.valueOf(m.get("startDate").asString())))
              .as(person.get("name").asString() + " " + m)
              .isEqualTo(1);
        }
      }
    }
    assertThat(seats).isGreaterThan(20);
    assertThat(run.persons()).isEqualTo(seated.size());
    assertThat(count("select count(*) from membership where tenant_id = ?", tenant))
        .isEqualTo(seats);
    assertThat(count("select count(*) from person where tenant_id = ? and published", tenant))
        .isZero();

    // the next run asks only for what changed since the watermark; a 404 there is an empty list
    ImportStatus after = imports.status();
    assertThat(after.watermark()).isEqualTo(run.started().minus(java.time.Duration.ofHours(1)));
    asked.clear();
    ImportRunView second = imports.runNow(false);
    assertThat(second.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(second.fullRun()).isFalse();
    assertThat(asked)
        .filteredOn(u -> u.startsWith("/sdnet/body/1/paper"))
        .singleElement()
        .asString()
        .contains("modified_since=");
    assertThat(
            count(
                "select count(*) from paper where tenant_id = ? and origin = 'IMPORTED'"
                    + " and deleted = false",
                tenant))
        .isEqualTo(papers.size());
    // a server whose change filter cannot be trusted (a known quirk, set per source) is read whole
    ImportSettings quirk = imports.status().settings();
    quirk.alwaysFull = true;
    imports.save(quirk);
    asked.clear();
    ImportRunView whole = imports.runNow(false);
    assertThat(whole.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(whole.fullRun()).isTrue();
    assertThat(asked).isNotEmpty().noneMatch(u -> u.contains("modified_since"));
    quirk = imports.status().settings();
    assertThat(quirk.alwaysFull).isTrue();
    quirk.alwaysFull = false;
    imports.save(quirk);

    // a membership the RIS no longer lists for its person ends the seat; one entered by hand stays
    tools.jackson.databind.node.ObjectNode firstPage =
        (tools.jackson.databind.node.ObjectNode)
            json.readTree(REAL.resolve("sdnet-huertgenwald-1.0/body/1/person.json").toFile());
    JsonNode leaving = null;
    JsonNode leftSeat = null;
    for (JsonNode person : firstPage.get("data")) {
      for (JsonNode m : person.path("membership")) {
        if (leaving == null && mapped.containsKey(m.get("organization").asString())) {
          leaving = person;
          leftSeat = m;
        }
      }
    }
    assertThat(leaving).isNotNull();
    JsonNode gone = leftSeat;
    ((tools.jackson.databind.node.ArrayNode) leaving.get("membership"))
        .removeIf(m -> m.get("id").equals(gone.get("id")));
    long leavingPerson =
        jdbc.queryForObject(
            "select id from person where tenant_id = ? and given_name = ? and family_name = ?",
            Long.class,
            tenant,
            leaving.get("givenName").asString(),
            leaving.get("familyName").asString());
    asAdmin();
    MembershipInput byHand = new MembershipInput();
    byHand.personId = leavingPerson;
    byHand.role = MembershipRole.MITGLIED;
    byHand.startDate = java.time.LocalDate.of(2025, 1, 1);
    long handSeat =
        organizations.addMember(mapped.get(leftSeat.get("organization").asString()), byHand).id();
    byte[] changed = json.writeValueAsBytes(firstPage);
    Path dir = REAL.resolve("sdnet-huertgenwald-1.0");
    routes.put(
        "/sdnet/body/1/person",
        x ->
            x.getRequestURI().getQuery() != null && x.getRequestURI().getQuery().contains("page=2")
                ? Answer.file(dir.resolve("body/1/person_page-2.json"))
                : new Answer(200, changed));
    assertThat(imports.runNow(true).outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(count("select count(*) from membership where tenant_id = ?", tenant))
        .isEqualTo(seats);
    assertThat(
            count(
                "select count(*) from membership where person_id = ? and organization_id = ?"
                    + " and start_date = ?",
                leavingPerson,
                mapped.get(leftSeat.get("organization").asString()),
                java.sql.Date.valueOf(leftSeat.get("startDate").asString())))
        .isZero();
    assertThat(count("select count(*) from membership where id = ?", handSeat)).isEqualTo(1);
  }

  @Test
  void brokenServersCostObjectsNotTheRun() throws Exception {
    String base = local() + "/broken";
    AtomicInteger meetingCalls = new AtomicInteger();
    routes.put(
        "/broken/system",
        x ->
            Answer.text(
                "{\"id\":\""
                    + base
                    + "/system\",\"name\":\"N/A\",\"body\":\""
                    + base
                    + "/bodies\"}"));
    // a single object where the list of bodies belongs
    routes.put(
        "/broken/bodies",
        x ->
            Answer.text(
                "{\"id\":\""
                    + base
                    + "/body\",\"name\":\"Stadt\",\"organization\":\""
                    + base
                    + "/orgs\",\"meeting\":\""
                    + base
                    + "/meetings\",\"paper\":\""
                    + base
                    + "/papers\"}"));
    // a bare array instead of a list page; one committee without a name
    routes.put(
        "/broken/orgs",
        x ->
            Answer.text(
                "[{\"id\":\""
                    + base
                    + "/org/1\",\"name\":\" Rat \\n der Stadt \"},"
                    + "{\"id\":\""
                    + base
                    + "/org/2\",\"name\":\"\",\"shortName\":\"N/A\"}]"));
    // the first answer is a 500 (a retry gets the page), and every page number gives the same page
    routes.put(
        "/broken/meetings",
        x ->
            meetingCalls.incrementAndGet() == 1
                ? new Answer(500, new byte[0])
                : Answer.text(
                    "{\"data\":[{\"id\":\""
                        + base
                        + "/meeting/1\",\"start\":\"2024-03-05T17:00:00+01:00\","
                        + "\"organization\":[\""
                        + base
                        + "/org/1\"],\"name\":\"\"}],"
                        + "\"links\":{\"next\":\""
                        + base
                        + "/meetings?page="
                        + meetingCalls.get()
                        + "\"}}"));
    // papers: raw control characters, "N/A", a committee and a meeting that answer 404 / 401;
    // the next page is the ALLRIS paper that is no valid JSON, given alone instead of a list
    routes.put(
        "/broken/papers",
        x ->
            x.getRequestURI().getQuery() != null
                ? Answer.file(REAL.resolve("mst-testdata/broken_json.broken_json"))
                : Answer.text(
                    "{\"data\":[{\"id\":\""
                        + base
                        + "/paper/1\",\"name\":\"Digital\u0001strategie"
                        + "\",\"reference\":\"DS 1/2024\",\"paperType\":\"N/A\",\"date\":\"2024-02-01\","
                        + "\"consultation\":[{\"id\":\""
                        + base
                        + "/c/1\",\"organization\":[\""
                        + base
                        + "/org/1\"],\"meeting\":\""
                        + base
                        + "/meeting/9\",\"authoritative\":true},"
                        + "{\"id\":\""
                        + base
                        + "/c/2\",\"organization\":[\""
                        + base
                        + "/org/404\"]}]},"
                        + "{\"id\":\""
                        + base
                        + "/paper/2\",\"name\":\"ohne Datum\"}],"
                        + "\"links\":{\"next\":\""
                        + base
                        + "/papers?page=2\"}}"));
    routes.put("/broken/meeting/9", x -> new Answer(401, new byte[0]));
    settings(base + "/system", null);

    ImportRunView run = imports.runNow(true);

    List<String> report =
        imports.problems(run.id()).stream().map(p -> p.objectUrl() + " " + p.message()).toList();
    assertThat(run.outcome()).as(report.toString()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(report)
        .anyMatch(p -> p.contains("/org/2") && p.contains("ohne Namen"))
        .anyMatch(p -> p.contains("/meetings?page=") && p.contains("dieselbe Seite"))
        .anyMatch(p -> p.contains("/meeting/9") && p.contains("HTTP 401"))
        .anyMatch(p -> p.contains("/org/404") && p.contains("HTTP 404"))
        .anyMatch(p -> p.contains("/c/2") && p.contains("Gremium"))
        .anyMatch(p -> p.contains("/paper/2") && p.contains("ohne Datum"));
    assertThat(meetingCalls.get()).isGreaterThanOrEqualTo(3); // 500, retry, the repeated page
    assertThat(count("select count(*) from meeting where tenant_id = ?", tenant)).isEqualTo(1);
    Map<String, Object> paper =
        jdbc.queryForMap(
            "select subject, paper_type, state from paper where tenant_id = ? and external_id = ?",
            tenant,
            base + "/paper/1");
    assertThat(paper.get("subject")).isEqualTo("Digital strategie");
    assertThat(paper.get("paper_type")).isEqualTo("Vorlage");
    assertThat(
            count(
                "select count(*) from organization where tenant_id = ? and name = 'Rat der Stadt'",
                tenant))
        .isEqualTo(1);
    // the ALLRIS paper with raw control characters was read despite them
    assertThat(
            count("select count(*) from paper where tenant_id = ? and origin = 'IMPORTED'", tenant))
        .isEqualTo(2);
    // an incomplete run leaves the watermark: the next run reads everything again
    assertThat(imports.status().watermark()).isNull();
  }

  /**
   * A RIS that gives results (as SOMACOS in Karlsruhe does, in its words): the items link their
   * consultations, the consultations take the results, and each paper stands where those results
   * move an own paper; a step on an agenda item without a result moves nothing, a step on no agenda
   * counts by its date; a non-public item stays non-public.
   */
  @Test
  void aRisResultsMoveItsPapersAsRecordedResultsMoveOwnOnes() throws Exception {
    String base = local() + "/ris";
    Map<String, String> answers =
        Map.of(
            "/ris/system",
            """
            {"id": "BASE/system", "body": "BASE/bodies"}""",
            "/ris/bodies",
            """
            {"data": [{"id": "BASE/body", "name": "Stadt", "organization": "BASE/orgs",
              "meeting": "BASE/meetings", "paper": "BASE/papers", "person": "BASE/persons"}],
             "links": {}}""",
            "/ris/persons",
            """
            {"data": [], "links": {}}""",
            "/ris/orgs",
            """
            {"data": [{"id": "BASE/org/1", "name": "Hauptausschuss"}], "links": {}}""",
            "/ris/meetings",
            """
            {"data": [{"id": "BASE/meeting/1", "name": "1. Sitzung",
              "start": "2024-03-05T17:00:00+01:00", "organization": ["BASE/org/1"],
              "agendaItem": [
                {"id": "BASE/item/2", "number": "Ö 2", "name": "Fahrradstraßen", "order": 2,
                 "public": true, "consultation": "BASE/c/2"},
                {"id": "BASE/item/1", "number": "Ö 1", "name": "Digitalstrategie", "order": 1,
                 "public": true, "consultation": "BASE/c/1", "result": "mehrheitlich abgelehnt"},
                {"id": "BASE/item/4", "number": "N 1", "name": "Antrag Glasfaser", "order": 3,
                 "public": false, "consultation": "BASE/c/4", "result": "Antrag zurückgezogen"}]},
              {"id": "BASE/meeting/2", "name": "2. Sitzung", "start": "2024-04-09T17:00:00+02:00",
               "organization": ["BASE/org/1"]}], "links": {}}""",
            "/ris/papers",
            """
            {"data": [
              {"id": "BASE/paper/1", "name": "Digitalstrategie", "reference": "R 1/2024",
               "date": "2024-02-01", "consultation": [{"id": "BASE/c/1",
                 "organization": ["BASE/org/1"], "meeting": "BASE/meeting/1", "authoritative": true}]},
              {"id": "BASE/paper/2", "name": "Fahrradstraßen", "reference": "R 2/2024",
               "date": "2024-02-01", "consultation": [{"id": "BASE/c/2",
                 "organization": ["BASE/org/1"], "meeting": "BASE/meeting/1", "authoritative": true}]},
              {"id": "BASE/paper/3", "name": "Haushalt", "reference": "R 3/2024",
               "date": "2024-02-01", "consultation": [{"id": "BASE/c/3",
                 "organization": ["BASE/org/1"], "meeting": "BASE/meeting/2", "authoritative": true}]},
              {"id": "BASE/paper/4", "name": "Glasfaser", "reference": "R 4/2024",
               "date": "2024-02-01", "consultation": [{"id": "BASE/c/4",
                 "organization": ["BASE/org/1"], "meeting": "BASE/meeting/1", "authoritative": true}]}
              ], "links": {}}""");
    answers.forEach((path, body) -> routes.put(path, x -> Answer.text(body.replace("BASE", base))));
    settings(base + "/system", null);

    ImportRunView run = imports.runNow(true);

    assertThat(run.outcome()).as(imports.problems(run.id()).toString()).isEqualTo(Outcome.COMPLETE);
    Map<String, String> states = new HashMap<>();
    jdbc.query(
        "select reference, state from paper where tenant_id = ?",
        rs -> {
          states.put(rs.getString(1), rs.getString(2));
        },
        tenant);
    assertThat(states)
        .containsEntry("R 1/2024", "DECIDED") // rejected in the deciding step
        .containsEntry("R 2/2024", "RELEASED") // on the agenda, no result yet
        .containsEntry("R 3/2024", "DECIDED") // on no agenda: its committee has met
        .containsEntry("R 4/2024", "WITHDRAWN");
    assertThat(
            jdbc.queryForMap(
                "select c.result, c.result_text from consultation c where c.tenant_id = ?"
                    + " and c.external_id = ?",
                tenant,
                base + "/c/1"))
        .containsEntry("result", "REJECTED")
        .containsEntry("result_text", "mehrheitlich abgelehnt");
    assertThat(
            jdbc.query(
                "select i.number, i.public_item, p.reference from agenda_item i"
                    + " join paper p on p.id = i.paper_id where i.tenant_id = ?"
                    + " order by i.position",
                (rs, n) -> rs.getString(1) + "|" + rs.getBoolean(2) + "|" + rs.getString(3),
                tenant))
        .containsExactly("Ö 1|true|R 1/2024", "Ö 2|true|R 2/2024", "N 1|false|R 4/2024");
  }

  /** Steps of a source paper whose result an OParl client cannot learn. */
  static final String RESULTS_THAT_DO_NOT_TRAVEL =
      """
      select count(*) from consultation c join organization o on o.id = c.organization_id
      where c.paper_id = ? and c.deleted = false
        and ((c.result is not null and (o.published = false or not exists (
                select 1 from agenda_item i join meeting m on m.id = i.meeting_id
                where i.consultation_id = c.id and i.deleted = false and i.public_item = true
                  and m.deleted = false)))
          or (c.result is null and c.meeting_date <= current_date and not exists (
                select 1 from agenda_item i where i.consultation_id = c.id and i.deleted = false
                  and i.public_item = true)))
      """;

  @Test
  void theOwnOParlServerRoundTripsIntoAnotherMunicipality() throws Exception {
    String root = "http://localhost:" + port + "/oparl/v1";
    ImportSettings s = new ImportSettings();
    s.systemUrl = root + "/system";
    s.bodyUrl = root + "/bodies/musterstadt";
    s.requestsPerSecond = 100;
    imports.save(s);

    ImportRunView run = imports.runNow(true);
    assertThat(run.outcome()).as(imports.problems(run.id()).toString()).isEqualTo(Outcome.COMPLETE);
    assertThat(run.problems()).isZero();

    Map<String, Integer> states = new HashMap<>();
    // every published paper of Musterstadt arrived with number, subject, type, date and its steps
    HttpClient http = HttpClient.newHttpClient();
    String next = root + "/bodies/musterstadt/papers?limit=100";
    int papers = 0;
    while (next != null) {
      JsonNode page =
          json.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create(next)).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      for (JsonNode p : page.get("data")) {
        papers++;
        Map<String, Object> row =
            jdbc.queryForMap(
                "select id, reference, subject, paper_type, paper_date, state from paper"
                    + " where tenant_id = ? and external_id = ?",
                tenant,
                p.get("id").asString());
        assertThat(row.get("reference")).isEqualTo(p.get("reference").asString());
        assertThat(row.get("subject")).isEqualTo(p.get("name").asString());
        assertThat(row.get("paper_type")).isEqualTo(p.get("paperType").asString());
        assertThat(row.get("paper_date").toString()).isEqualTo(p.get("date").asString());
        // the state, where OParl carries what it follows from: every result on a public agenda
        // item of a published committee's meeting, and no step outside an agenda whose meeting
        // passed (other tests record results without an agenda item, which no OParl server can
        // tell; such a step counts by its date)
        String url = p.get("id").asString();
        long source = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        if (count(RESULTS_THAT_DO_NOT_TRAVEL, source) == 0) {
          assertThat(row.get("state"))
              .as("state of " + url)
              .isEqualTo(
                  jdbc.queryForObject(
                      "select state from paper where id = ?", String.class, source));
          states.merge((String) row.get("state"), 1, Integer::sum);
        }
        List<String> expected = new ArrayList<>();
        for (JsonNode c : p.path("consultation")) {
          JsonNode committee =
              json.readTree(
                  http.send(
                          HttpRequest.newBuilder(
                                  URI.create(c.get("organization").get(0).asString()))
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body());
          expected.add(
              committee.get("name").asString() + "|" + c.path("authoritative").asBoolean(false));
        }
        List<String> imported =
            jdbc.query(
                "select o.name, c.role from consultation c join organization o on o.id = c.organization_id"
                    + " where c.paper_id = ? and c.deleted = false order by c.position",
                (rs, n) -> rs.getString(1) + "|" + "DECISION".equals(rs.getString(2)),
                row.get("id"));
        assertThat(imported).as(p.get("reference").asString()).isEqualTo(expected);
      }
      next = page.path("links").path("next").asString(null);
    }
    assertThat(papers).isPositive();
    assertThat(count("select count(*) from paper where tenant_id = ? and deleted = false", tenant))
        .isEqualTo(papers);
    // the demo's decided papers were among those compared
    assertThat(states).containsKey("DECIDED");
    // the agenda items came with their results: each item that treats a published paper is that
    // paper's step here too, and the step has the result Musterstadt recorded
    List<Map<String, Object>> treated =
        jdbc.queryForList(
            "select i.consultation_external_id, i.consultation_id, i.result_text, c.result,"
                + " c.result_text as words"
                + " from agenda_item i left join consultation c on c.id = i.consultation_id"
                + " where i.tenant_id = ? and i.consultation_external_id is not null",
            tenant);
    assertThat(treated).isNotEmpty();
    int withResult = 0;
    for (Map<String, Object> item : treated) {
      String url = (String) item.get("consultation_external_id");
      String source =
          jdbc.queryForObject(
              "select result from consultation where id = ?",
              String.class,
              Long.valueOf(url.substring(url.lastIndexOf('/') + 1)));
      assertThat(item.get("consultation_id")).as(url).isNotNull();
      assertThat(item.get("result")).as(url).isEqualTo(source);
      assertThat(item.get("words")).as(url).isEqualTo(item.get("result_text"));
      withResult += source == null ? 0 : 1;
    }
    assertThat(withResult).isPositive();
    // the committees came across by name, once each
    assertThat(
            count(
                "select count(*) from (select name from organization where tenant_id = ?"
                    + " group by name having count(*) > 1) x",
                tenant))
        .isZero();
  }

  @Test
  void importedPapersAndMeetingsAreReadOnlyAndFollowTheCommitteeMapping() throws Exception {
    serveSdNet();
    settings(SDNET + "/system", SDNET + " => " + local() + "/sdnet");
    imports.runNow(true);
    long paperId =
        jdbc.queryForObject(
            "select paper_id from consultation where tenant_id = ? and external_id is not null"
                + " and deleted = false order by id fetch first 1 rows only",
            Long.class,
            tenant);
    ConsultationInput step = new ConsultationInput();
    step.organizationId =
        jdbc.queryForObject(
            "select organization_id from consultation where paper_id = ? fetch first 1 rows only",
            Long.class,
            paperId);
    step.role = ConsultationRole.PRELIMINARY;
    assertThatThrownBy(() -> consultations.add(paperId, step))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo("paper.imported"));

    mvc.perform(get("/papers/" + paperId).with(authentication(admin())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Aus dem Ratsinformationssystem übernommen")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("/papers/" + paperId + "/edit"))));
    asAdmin();
    // the paper list marks them
    mvc.perform(get("/papers").with(authentication(admin())))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("aus dem RIS")));
    asAdmin();
    long meetingId =
        jdbc.queryForObject(
            "select id from meeting where tenant_id = ? and deleted = false fetch first 1 rows only",
            Long.class,
            tenant);
    mvc.perform(
            post("/api/v1/meetings/" + meetingId + "/agenda-items")
                .with(authentication(admin()))
                .contentType("application/json")
                .content("{\"title\":\"Neu\"}"))
        .andExpect(status().isUnprocessableContent());
    asAdmin();
    // its agenda items are the RIS's too
    long itemId =
        jdbc.queryForObject(
            "select id from agenda_item where tenant_id = ? and deleted = false"
                + " fetch first 1 rows only",
            Long.class,
            tenant);
    mvc.perform(
            delete("/api/v1/agenda-items/" + itemId)
                .with(authentication(admin()))
                .header("If-Match", "\"0\""))
        .andExpect(status().isUnprocessableContent());
    asAdmin();
    // the meeting page shows the RIS's words for a result and offers nothing to change
    Map<String, Object> withResult =
        jdbc.queryForMap(
            "select id, meeting_id from agenda_item where tenant_id = ? and result_text like '2 Ja%'",
            tenant);
    mvc.perform(get("/meetings/" + withResult.get("meeting_id")).with(authentication(admin())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "2 Ja-Stimme(n), 1 Gegenstimme(n), 0 Stimmenthaltung(en)")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(
                            "/agenda-items/" + withResult.get("id") + "/edit"))));
    asAdmin();

    // mapping a created committee to another own one moves its imported steps
    CommitteeMappingView created =
        imports.committees().stream()
            .filter(CommitteeMappingView::createdByImport)
            .filter(
                c ->
                    count(
                            "select count(*) from consultation where organization_id = ?",
                            c.organizationId())
                        > 0)
            .findFirst()
            .orElseThrow();
    int moved =
        count(
            "select count(*) from consultation where organization_id = ?",
            created.organizationId());
    OrganizationInput target = new OrganizationInput();
    target.name = "Zielausschuss";
    target.classification = OrganizationClassification.FACHAUSSCHUSS;
    long targetId = organizations.create(target).id();
    mvc.perform(
            post("/imports/oparl/committees")
                .with(authentication(admin()))
                .with(csrf())
                .param("committee-" + created.id(), String.valueOf(targetId)))
        .andExpect(status().is3xxRedirection());
    asAdmin();
    assertThat(count("select count(*) from consultation where organization_id = ?", targetId))
        .isEqualTo(moved);

    // the page shows the run and the mapping; the report lists the run's problems
    mvc.perform(get("/imports/oparl").with(authentication(admin())))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Zielausschuss")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("vollständig")));
    asAdmin();
  }

  @Test
  void settingsNameTheirProblemsAndOneRunAtATime() throws Exception {
    ImportSettings bad = new ImportSettings();
    bad.systemUrl = "ftp://ris";
    bad.requestsPerSecond = 0;
    bad.rewriteRules = "https://a.example/ => https://b.example/\nkaputt";
    assertThatThrownBy(() -> imports.save(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field() + ":" + v.code())
                    .contains(
                        "systemUrl:validation.url",
                        "requestsPerSecond:oparlImport.requestsPerSecond.range",
                        "rewriteRules:oparlImport.rewriteRule"));
    mvc.perform(
            post("/imports/oparl")
                .with(authentication(admin()))
                .with(csrf())
                .param("systemUrl", "ris.example/oparl")
                .param("requestsPerSecond", "5")
                .param("fullEveryDays", "7")
                .param("alwaysFull", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Keine gültige Adresse")))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("value=\"ris.example/oparl\"")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.matchesPattern("(?s).*id=\"alwaysFull\"[^>]*checked.*")));
    asAdmin();
    assertThatThrownBy(() -> imports.runNow(true))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo("oparlImport.notConfigured"));

    // the lock: while one run holds it, nobody starts another; a cancel wish stops the run
    serveSdNet();
    settings(SDNET + "/system", SDNET + " => " + local() + "/sdnet");
    long source =
        jdbc.queryForObject("select id from oparl_source where tenant_id = ?", Long.class, tenant);
    assertThat(
            jdbc.update(
                "update oparl_source set running_since = current_timestamp, heartbeat = current_timestamp where id = ?",
                source))
        .isOne();
    assertThatThrownBy(() -> imports.runNow(true))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo("oparlImport.running"));
    imports.cancel();
    assertThat(imports.status().cancelRequested()).isTrue();
    // the page shows the running run's last sign of life and that it was asked to stop
    mvc.perform(get("/imports/oparl").with(authentication(admin())))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Letztes Lebenszeichen")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Der Lauf hält")));
    asAdmin();
    jdbc.update(
        "update oparl_source set running_since = null, heartbeat = null, cancel_requested = false where id = ?",
        source);

    Map<String, Object> seen = new HashMap<>();
    routes.put(
        "/sdnet/body/1/organization",
        x -> {
          // Administration presses "abbrechen" (on another node) while the first list is read
          jdbc.update(
              "update oparl_source set cancel_requested = true where tenant_id = ?", tenant);
          seen.put("cancelled", true);
          return Answer.file(REAL.resolve("sdnet-huertgenwald-1.0/body/1/organization.json"));
        });
    SecurityContextHolder.getContext().setAuthentication(admin());
    ImportRunView run = imports.runNow(true);
    assertThat(seen).containsKey("cancelled");
    assertThat(run.outcome()).isEqualTo(Outcome.CANCELLED);
    assertThat(run.papers()).isZero();
    assertThat(imports.status().running()).isFalse();
  }
}
