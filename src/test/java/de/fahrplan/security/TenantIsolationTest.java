package de.fahrplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every registered endpoint that names an object by id, API and pages alike, with
 * Musterstadt's token or session and Beispielkreis's ids, and expects 404 and no change to any
 * Beispielkreis row. The endpoint list comes from Spring MVC itself: a new endpoint is covered
 * automatically, and one whose path variable has no fixture below makes this test fail.
 */
@FahrplanTest
class TenantIsolationTest {

  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}(\\.\\w+)?");

  /** Tenant tables with a version column: a change shows in the sum of versions. */
  static final List<String> VERSIONED_TABLES =
      List.of(
          "org_unit",
          "person",
          "organization",
          "membership",
          "strategy",
          "strategy_version",
          "field_of_action",
          "goal",
          "measure",
          "milestone",
          "resource_entry",
          "indicator",
          "indicator_value",
          "concept_link",
          "reporting_schedule",
          "reporting_round",
          "status_update",
          "status_update_milestone",
          "status_update_spending",
          "progress_report",
          "progress_report_file",
          "measure_dependency",
          "import_mapping",
          "measure_participant",
          "measure_partner",
          "plan_settings",
          "priority_criterion",
          "council_settings",
          "paper_counter",
          "paper",
          "consultation",
          "mandate",
          "statement",
          "meeting",
          "agenda_item",
          "paper_file",
          "legislative_term",
          "location");

  private static final List<String> TENANT_TABLES =
      java.util.stream.Stream.concat(
              VERSIONED_TABLES.stream(),
              java.util.stream.Stream.of("audit_event", "mail_outbox", "account_role", "api_token"))
          .toList();

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** Per path segment before a variable: how to find a Beispielkreis object of that kind. */
  private Map<String, BiFunction<Long, Map<String, Long>, Long>> fixtures() {
    return Map.ofEntries(
        Map.entry(
            "org-units",
            (kreis, ids) -> one("select min(id) from org_unit where tenant_id = ?", kreis)),
        Map.entry(
            "persons",
            (kreis, ids) -> one("select min(id) from person where tenant_id = ?", kreis)),
        Map.entry(
            "organizations",
            (kreis, ids) ->
                one("select min(organization_id) from membership where tenant_id = ?", kreis)),
        Map.entry(
            "members",
            (kreis, ids) ->
                ids.containsKey("organizations")
                    ? one(
                        "select min(id) from membership where organization_id = ?",
                        ids.get("organizations"))
                    : one("select min(id) from membership where tenant_id = ?", kreis)),
        Map.entry(
            "memberships",
            (kreis, ids) ->
                ids.containsKey("organizations")
                    ? one(
                        "select min(id) from membership where organization_id = ?",
                        ids.get("organizations"))
                    : one("select min(id) from membership where tenant_id = ?", kreis)),
        Map.entry("bodies", (kreis, ids) -> kreis),
        Map.entry("runs", (kreis, ids) -> oparlImportRun(kreis)),
        Map.entry(
            "accounts",
            (kreis, ids) -> one("select id from account where email = ?", Demo.KREIS_ADMIN)),
        Map.entry(
            "tokens",
            (kreis, ids) -> one("select min(id) from api_token where tenant_id = ?", kreis)),
        Map.entry(
            "strategies",
            (kreis, ids) -> one("select min(id) from strategy where tenant_id = ?", kreis)),
        Map.entry(
            "strategy-versions",
            (kreis, ids) -> one("select min(id) from strategy_version where tenant_id = ?", kreis)),
        Map.entry(
            "fields-of-action",
            (kreis, ids) -> one("select min(id) from field_of_action where tenant_id = ?", kreis)),
        Map.entry(
            "goals", (kreis, ids) -> one("select min(id) from goal where tenant_id = ?", kreis)),
        Map.entry(
            "measures",
            (kreis, ids) -> one("select min(id) from measure where tenant_id = ?", kreis)),
        Map.entry(
            "predecessors",
            (kreis, ids) -> one("select max(id) from measure where tenant_id = ?", kreis)),
        Map.entry(
            "milestones",
            (kreis, ids) -> one("select min(id) from milestone where tenant_id = ?", kreis)),
        Map.entry(
            "participants",
            (kreis, ids) ->
                one("select min(id) from measure_participant where tenant_id = ?", kreis)),
        Map.entry(
            "partners",
            (kreis, ids) -> one("select min(id) from measure_partner where tenant_id = ?", kreis)),
        Map.entry(
            "indicators",
            (kreis, ids) -> one("select min(id) from indicator where tenant_id = ?", kreis)),
        Map.entry(
            "indicator-values",
            (kreis, ids) -> one("select min(id) from indicator_value where tenant_id = ?", kreis)),
        Map.entry(
            "concept-links",
            (kreis, ids) -> one("select min(id) from concept_link where tenant_id = ?", kreis)),
        Map.entry(
            "reporting-rounds",
            (kreis, ids) -> one("select min(id) from reporting_round where tenant_id = ?", kreis)),
        Map.entry(
            "progress-reports",
            (kreis, ids) -> one("select min(id) from progress_report where tenant_id = ?", kreis)),
        Map.entry(
            "status-updates",
            (kreis, ids) -> one("select min(id) from status_update where tenant_id = ?", kreis)),
        Map.entry(
            "papers", (kreis, ids) -> one("select min(id) from paper where tenant_id = ?", kreis)),
        Map.entry(
            "from-strategy-version",
            (kreis, ids) -> one("select min(id) from strategy_version where tenant_id = ?", kreis)),
        Map.entry(
            "from-status-update",
            (kreis, ids) -> one("select min(id) from status_update where tenant_id = ?", kreis)),
        Map.entry(
            "from-progress-report",
            (kreis, ids) -> one("select min(id) from progress_report where tenant_id = ?", kreis)),
        Map.entry(
            "statements",
            (kreis, ids) -> one("select min(id) from statement where tenant_id = ?", kreis)),
        Map.entry(
            "mandates",
            (kreis, ids) -> one("select min(id) from mandate where tenant_id = ?", kreis)),
        Map.entry(
            "paper-files",
            (kreis, ids) -> one("select min(id) from paper_file where tenant_id = ?", kreis)),
        Map.entry(
            "legislative-terms",
            (kreis, ids) -> one("select min(id) from legislative_term where tenant_id = ?", kreis)),
        Map.entry(
            "locations",
            (kreis, ids) -> one("select min(id) from location where tenant_id = ?", kreis)),
        // OParl's files are the papers' uploaded files
        Map.entry(
            "files",
            (kreis, ids) -> one("select min(id) from paper_file where tenant_id = ?", kreis)),
        Map.entry(
            "meetings",
            (kreis, ids) -> one("select min(id) from meeting where tenant_id = ?", kreis)),
        Map.entry(
            "agenda-items",
            (kreis, ids) -> one("select min(id) from agenda_item where tenant_id = ?", kreis)),
        Map.entry(
            "consultations",
            (kreis, ids) -> one("select min(id) from consultation where tenant_id = ?", kreis)),
        Map.entry(
            "resource-entries",
            (kreis, ids) -> one("select min(id) from resource_entry where tenant_id = ?", kreis)),
        // a Beispielkreis measure that does not name Musterstadt as partner
        Map.entry(
            "shared-measures",
            (kreis, ids) ->
                one(
                    "select min(m.id) from measure m where m.tenant_id = ? and not exists"
                        + " (select 1 from measure_partner p where p.measure_id = m.id"
                        + " and p.partner_body_id is not null)",
                    kreis)));
  }

  /**
   * The one exception: a partner reads the measures another municipality shares with it (its plan
   * in force names the partner), their updates and its share of the money – and nothing else.
   */
  @Test
  void aPartnerSeesExactlyTheMeasuresSharedWithIt() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long kreis = Demo.bodyId(jdbc, "beispielkreis");
    long m10 =
        one(
            "select m.id from measure m join strategy_version v on v.id = m.strategy_version_id"
                + " where m.tenant_id = ? and m.code = 'M-10' and v.status = 'IN_FORCE'",
            muster);
    long m1 =
        one(
            "select m.id from measure m join strategy_version v on v.id = m.strategy_version_id"
                + " where m.tenant_id = ? and m.code = 'M-1' and v.status = 'IN_FORCE'",
            muster);
    tools.jackson.databind.json.JsonMapper json =
        tools.jackson.databind.json.JsonMapper.builder().build();
    var list = json.readTree(kreisGet("/api/v1/shared-measures", 200)).get("items");
    assertThat(list.findValuesAsString("code")).containsExactly("M-10");
    assertThat(list.get(0).get("id").asLong())
        .as("the version in force, not the draft")
        .isEqualTo(m10);
    assertThat(list.get(0).get("leadMunicipality").asString()).contains("Musterstadt");
    assertThat(list.get(0).get("costShare").decimalValue()).isEqualByComparingTo("30");
    java.math.BigDecimal ownShare = java.math.BigDecimal.ZERO;
    for (var y : list.get(0).get("money")) {
      assertThat(y.get("share").decimalValue())
          .isEqualByComparingTo(
              y.get("money")
                  .decimalValue()
                  .multiply(new java.math.BigDecimal("0.30"))
                  .setScale(2, java.math.RoundingMode.HALF_UP));
      ownShare = ownShare.add(y.get("share").decimalValue());
    }
    assertThat(ownShare.signum()).isPositive();
    var detail = json.readTree(kreisGet("/api/v1/shared-measures/" + m10, 200));
    assertThat(detail.get("updates").size()).as("the closed rounds' accepted updates").isPositive();
    // nothing else of Musterstadt: not another measure, not the shared one through other doors
    kreisGet("/api/v1/shared-measures/" + m1, 404);
    kreisGet("/api/v1/measures/" + m10, 404);
    assertThat(
            mvc.perform(
                    MockMvcRequestBuilders.get("/measures/" + m10)
                        .with(authentication(Users.in(kreis, Role.READER))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    Map<String, Long> before = snapshot(muster);
    int put =
        mvc.perform(
                MockMvcRequestBuilders.put("/api/v1/measures/" + m10 + "/execution")
                    .header(HttpHeaders.AUTHORIZATION, Demo.bearer(Demo.KREIS_TOKEN))
                    .header(HttpHeaders.IF_MATCH, "\"0\"")
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content("{\"status\":\"CANCELLED\",\"statusReason\":\"x\"}"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(put).isEqualTo(404);
    assertThat(snapshot(muster)).isEqualTo(before);
    // the page, and the partner's own resource table marks its share
    String page =
        mvc.perform(
                MockMvcRequestBuilders.get("/shared-measures")
                    .with(authentication(Users.in(kreis, Role.READER))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("M-10 – ").doesNotContain("M-1 – ");
    // the demo plans in force (other tests add strategies that may be "current")
    long kreisVersion =
        one(
            "select min(m.strategy_version_id) from measure m join strategy_version v"
                + " on v.id = m.strategy_version_id where m.tenant_id = ? and m.code = 'M-3'"
                + " and v.status = 'IN_FORCE'",
            kreis);
    long musterVersion = one("select strategy_version_id from measure where id = ?", m10);
    assertThat(kreisGet("/api/v1/resource-plan?strategyVersion=" + kreisVersion, 200))
        .contains("Partneranteil an gemeinsamen Maßnahmen anderer Kommunen");
    String lead =
        mvc.perform(
                MockMvcRequestBuilders.get("/api/v1/resource-plan?strategyVersion=" + musterVersion)
                    .header(HttpHeaders.AUTHORIZATION, Demo.bearer(Demo.MUSTER_TOKEN)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(lead)
        .contains("davon Anteile der Partner an eigenen gemeinsamen Maßnahmen")
        .contains("\"kind\":\"PARTNERS_IN_OURS\"");
    // the page names the share in the reader's language (it was German on the English page)
    String english =
        mvc.perform(
                MockMvcRequestBuilders.get("/strategy-versions/" + musterVersion + "/resources")
                    .param("lang", "en")
                    .with(authentication(Users.in(muster, Role.READER))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(english)
        .contains("of which partners&#39; shares of our joint measures")
        .doesNotContain("davon Anteile der Partner");
    // and the other way round: Musterstadt sees exactly the Landkreis's M-3, which names it
    var theirs =
        json.readTree(
                mvc.perform(
                        MockMvcRequestBuilders.get("/api/v1/shared-measures")
                            .header(HttpHeaders.AUTHORIZATION, Demo.bearer(Demo.MUSTER_TOKEN)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("items");
    assertThat(theirs.findValuesAsString("code")).containsExactly("M-3");
    assertThat(theirs.get(0).get("leadMunicipality").asString()).contains("Beispielkreis");
    assertThat(theirs.get(0).get("costShare").decimalValue()).isEqualByComparingTo("15");
  }

  private String kreisGet(String url, int expected) throws Exception {
    var response =
        mvc.perform(
                MockMvcRequestBuilders.get(url)
                    .header(HttpHeaders.AUTHORIZATION, Demo.bearer(Demo.KREIS_TOKEN)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(url).isEqualTo(expected);
    return response.getContentAsString();
  }

  @Test
  void everyEndpointWithAForeignIdAnswers404AndChangesNothing() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long kreis = Demo.bodyId(jdbc, "beispielkreis");
    List<String> checked = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : oparlLists(info.getPatternValues())) {
        // OParl's lists name their municipality, not an object
        if (!pattern.replace("{slug}", "").contains("{")) {
          continue;
        }
        String url = resolve(pattern, kreis);
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          Map<String, Long> before = snapshot(kreis);
          int status =
              mvc.perform(request(method, url, muster)).andReturn().getResponse().getStatus();
          checked.add(method + " " + url);
          if (status != 404) {
            failures.add(method + " " + pattern + " -> " + status);
          }
          if (!snapshot(kreis).equals(before)) {
            failures.add(method + " " + pattern + " changed Beispielkreis data");
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked)
        .anyMatch(c -> c.contains("/api/v1/persons/"))
        .anyMatch(c -> c.contains("/oparl/v1/bodies/musterstadt/persons/"))
        .anyMatch(c -> c.contains("/oparl/v1/bodies/musterstadt/locations/"))
        .anyMatch(c -> c.startsWith("POST /org-units/"));
  }

  @Test
  void listsOnlyShowTheOwnMunicipality() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    for (String url :
        List.of(
            "/api/v1/org-units?size=200",
            "/api/v1/persons?size=200",
            "/api/v1/organizations?size=200",
            "/api/v1/accounts")) {
      String body =
          mvc.perform(
                  MockMvcRequestBuilders.get(url)
                      .header(HttpHeaders.AUTHORIZATION, Demo.bearer(Demo.MUSTER_TOKEN)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body)
          .as(url)
          .doesNotContain("Domanske", "Hollmann", "Büro Landrat", "beispielkreis");
    }
    for (String url :
        List.of(
            "/org-units",
            "/persons",
            "/organizations",
            "/accounts",
            "/outbox",
            "/account/tokens",
            "/")) {
      String body =
          mvc.perform(
                  MockMvcRequestBuilders.get(url)
                      .with(authentication(Users.in(muster, Role.ADMIN, Role.COORDINATION))))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body)
          .as(url)
          .doesNotContain("Domanske", "Hollmann", "Büro Landrat", "beispielkreis.example");
    }
  }

  /** The operator (Betrieb) reads the outbox of every municipality, an admin only their own. */
  @Test
  void theOperatorReadsEveryMunicipalitysMailsAnAdminTheirOwn() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    String operator =
        mvc.perform(MockMvcRequestBuilders.get("/outbox").with(authentication(Users.operator())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(operator).contains("@musterstadt.example", "@beispielkreis.example");
    String admin =
        mvc.perform(
                MockMvcRequestBuilders.get("/outbox")
                    .with(authentication(Users.in(muster, Role.ADMIN))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(admin).contains("@musterstadt.example").doesNotContain("@beispielkreis.example");
  }

  @Test
  void switchingToAMunicipalityWithoutRoleIs404() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long kreis = Demo.bodyId(jdbc, "beispielkreis");
    int status =
        mvc.perform(
                MockMvcRequestBuilders.post("/tenant")
                    .param("tenantId", String.valueOf(kreis))
                    .with(authentication(Users.in(muster, Role.ADMIN)))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(404);
  }

  private MockHttpServletRequestBuilder request(RequestMethod method, String url, long muster) {
    MockHttpServletRequestBuilder builder =
        MockMvcRequestBuilders.request(HttpMethod.valueOf(method.name()), url);
    if (url.startsWith("/api/")) {
      builder
          .header(HttpHeaders.AUTHORIZATION, Demo.bearer(Demo.MUSTER_TOKEN))
          .header(HttpHeaders.IF_MATCH, "\"0\"");
      if (url.endsWith("/files") && method == RequestMethod.POST) {
        // an upload: a valid PDF as multipart, so that only the foreign id can stop it
        builder
            .contentType("multipart/form-data; boundary=x")
            .content(
                "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--x--\r\n");
      } else if (method == RequestMethod.POST || method == RequestMethod.PUT) {
        builder.contentType(MediaType.APPLICATION_JSON).content(validJson(url));
      }
    } else {
      builder
          .with(
              authentication(
                  Users.in(muster, Role.ADMIN, Role.COORDINATION, Role.EDITOR, Role.READER)))
          .with(csrf());
      validForm(url).forEach(builder::param);
    }
    return builder;
  }

  /** A body that would pass validation, so that only the foreign id can stop the request. */
  private static String validJson(String url) {
    if (url.contains("/memberships")) {
      return "{\"personId\":1,\"role\":\"MITGLIED\",\"votingRight\":true}";
    }
    if (url.contains("/persons")) {
      return "{\"givenName\":\"Eve\",\"familyName\":\"Eindringling\"}";
    }
    if (url.contains("/organizations")) {
      return "{\"name\":\"Übernahme\",\"classification\":\"SONSTIGES\"}";
    }
    if (url.contains("/accounts")) {
      return "{\"roles\":[\"READER\"]}";
    }
    if (url.contains("/bodies")) {
      return "{\"name\":\"X\",\"shortName\":\"X\",\"bodyType\":\"STADT\",\"ags\":\"09999999\",\"rgs\":\"099999999999\",\"slug\":\"x\"}";
    }
    return "{\"code\":\"EVIL\",\"name\":\"Übernahme\"}";
  }

  private static Map<String, String> validForm(String url) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", "0");
    form.put("code", "EVIL");
    form.put("name", "Übernahme");
    form.put("givenName", "Eve");
    form.put("familyName", "Eindringling");
    form.put("classification", "SONSTIGES");
    form.put("personId", "1");
    form.put("role", "MITGLIED");
    form.put("roles", "READER");
    form.put("shortName", "X");
    form.put("bodyType", "STADT");
    form.put("ags", "09999999");
    form.put("rgs", "099999999999");
    form.put("slug", "evil");
    return form;
  }

  /**
   * The OParl server answers every list of a body under one pattern ({@code {kind}}): each list the
   * body names stands for itself here, so a new list is checked without a change to this test.
   */
  private List<String> oparlLists(Set<String> patterns) throws Exception {
    List<String> expanded = new ArrayList<>();
    for (String pattern : patterns) {
      if (!pattern.contains("{kind}")) {
        expanded.add(pattern);
        continue;
      }
      String body =
          mvc.perform(MockMvcRequestBuilders.get("/oparl/v1/bodies/musterstadt"))
              .andReturn()
              .getResponse()
              .getContentAsString();
      Matcher lists =
          Pattern.compile("\"(http://localhost/oparl/v1/bodies/musterstadt/[a-z-]+)\"")
              .matcher(body);
      while (lists.find()) {
        expanded.add(pattern.replace("{kind}", lists.group(1).replaceAll(".*/", "")));
      }
    }
    return expanded;
  }

  private String resolve(String pattern, long kreis) {
    Map<String, Long> ids = new LinkedHashMap<>();
    String[] segments = pattern.split("/");
    StringBuilder url = new StringBuilder();
    String previous = null;
    for (String segment : segments) {
      if (segment.isEmpty()) {
        continue;
      }
      Matcher m = VARIABLE.matcher(segment);
      if (segment.equals("{slug}")) {
        // OParl: the Beispielkreis's ids asked for under Musterstadt's address
        url.append("/musterstadt");
      } else if (m.matches()) {
        var fixture = fixtures().get(previous);
        assertThat(fixture)
            .as("no Beispielkreis fixture for path variable after '" + previous + "' in " + pattern)
            .isNotNull();
        long id = fixture.apply(kreis, ids);
        ids.put(previous, id);
        url.append('/').append(id).append(m.group(2) == null ? "" : m.group(2));
      } else {
        url.append('/').append(segment);
      }
      previous = segment;
    }
    return url.toString();
  }

  private Map<String, Long> snapshot(long kreis) {
    Map<String, Long> state = new LinkedHashMap<>();
    for (String table : TENANT_TABLES) {
      String versionSum =
          VERSIONED_TABLES.contains(table) ? "coalesce(sum(version), 0)" : "count(*) * 0";
      state.put(
          table + ".count", one("select count(*) from " + table + " where tenant_id = ?", kreis));
      state.put(
          table + ".versions",
          one("select " + versionSum + " from " + table + " where tenant_id = ?", kreis));
    }
    state.put(
        "api_token.revoked",
        one(
            "select count(*) from api_token where tenant_id = ? and revoked_at is not null",
            kreis));
    state.put("body.version", one("select version from body where id = ?", kreis));
    return state;
  }

  /** A RIS import run of the Beispielkreis (the demo has none): its report must stay its own. */
  private long oparlImportRun(long kreis) {
    if (one("select count(*) from oparl_source where tenant_id = ?", kreis) == 0) {
      jdbc.update(
          "insert into oparl_source (tenant_id, system_url, requests_per_second, full_every_days,"
              + " cancel_requested, created, modified, version) values (?,"
              + " 'https://ris.example.org/kreis/system', 5, 7, false, current_timestamp,"
              + " current_timestamp, 0)",
          kreis);
      jdbc.update(
          "insert into oparl_import_run (tenant_id, source_id, full_run, started, outcome,"
              + " organizations, meetings, papers, requests, problems, version) values (?,"
              + " (select id from oparl_source where tenant_id = ?), true, current_timestamp,"
              + " 'COMPLETE', 0, 0, 0, 0, 0, 0)",
          kreis,
          kreis);
    }
    return one("select max(id) from oparl_import_run where tenant_id = ?", kreis);
  }

  private long one(String sql, Object arg) {
    Long value = jdbc.queryForObject(sql, Long.class, arg);
    return value == null ? -1 : value;
  }
}
