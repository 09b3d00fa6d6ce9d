package de.fahrplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every id in a request body is resolved within the caller's municipality (issue 12, finding 5):
 * Musterstadt's token sends each write with one body id of Beispielkreis and everything else valid;
 * the answer is 404 or 422 and nothing changes anywhere. The id fields come from the request body
 * types Spring MVC has registered: a new id field without a case here makes this test fail.
 */
@FahrplanTest
class BodyIdIsolationTest {

  /** Ids that name another municipality on purpose. */
  private static final Map<String, String> ACROSS_MUNICIPALITIES_BY_DESIGN =
      Map.of("PartnerInput.partnerBodyId", "a partner is another municipality (ADR 0010)");

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private record Case(HttpMethod method, String url, String ifMatch, String body) {}

  @Test
  void everyIdInARequestBodyIsResolvedInTheCallersMunicipality() throws Exception {
    Map<String, Case> cases = cases();
    Set<String> covered = new TreeSet<>(cases.keySet());
    covered.addAll(ACROSS_MUNICIPALITIES_BY_DESIGN.keySet());
    assertThat(covered).containsAll(idFieldsOfRequestBodies());

    String before = fingerprint();
    for (var c : cases.entrySet()) {
      var request =
          MockMvcRequestBuilders.request(c.getValue().method(), c.getValue().url())
              .header(HttpHeaders.AUTHORIZATION, Demo.bearer(Demo.MUSTER_TOKEN))
              .contentType(MediaType.APPLICATION_JSON)
              .content(c.getValue().body());
      if (c.getValue().ifMatch() != null) {
        request.header(HttpHeaders.IF_MATCH, c.getValue().ifMatch());
      }
      var response = mvc.perform(request).andReturn().getResponse();
      assertThat(response.getStatus()).as(c.getKey() + " " + c.getValue()).isIn(404, 422);
      if (response.getStatus() == 422) {
        // refused for the foreign id, not for anything else in the body
        String field = c.getKey().substring(c.getKey().indexOf('.') + 1).replace("[]", "[0]");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
            .as(c.getKey())
            .contains("\"field\":\"" + field + "\"")
            .contains("validation.unknownReference");
      }
    }
    assertThat(fingerprint()).isEqualTo(before);
  }

  /** Beispielkreis's demo plan (in force, read-only) has no milestone: the fixture adds one. */
  private long kreisMilestone(long kreis) {
    Long existing =
        jdbc.queryForObject("select min(id) from milestone where tenant_id = ?", Long.class, kreis);
    if (existing != null) {
      return existing;
    }
    jdbc.update(
        "insert into milestone (tenant_id, measure_id, title, planned_date, done, version)"
            + " values (?, (select min(id) from measure where tenant_id = ?), 'Ausschreibung',"
            + " date '2027-03-31', false, 0)",
        kreis,
        kreis);
    return one("select min(id) from milestone where tenant_id = ?", kreis);
  }

  private Map<String, Case> cases() {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long kreis = Demo.bodyId(jdbc, "beispielkreis");
    long draft =
        one(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt'"
                + " and v.status = 'DRAFT'");
    long draftVersion = one("select version from strategy_version where id = ?", draft);
    long goal = one("select min(id) from goal where strategy_version_id = ?", draft);
    long measure = one("select min(id) from measure where strategy_version_id = ?", draft);
    long organization =
        one("select min(organization_id) from membership where tenant_id = ?", muster);
    long update =
        one(
            "select min(u.id) from status_update u join reporting_round r on r.id = u.round_id"
                + " where u.tenant_id = ? and r.status = 'OPEN' and u.state in ('DRAFT', 'RETURNED')",
            muster);
    long updateVersion = one("select version from status_update where id = ?", update);
    long report =
        one(
            "select min(id) from progress_report where tenant_id = ? and approved_on is null",
            muster);
    long reportVersion = one("select version from progress_report where id = ?", report);

    long kGoal = one("select min(id) from goal where tenant_id = ?", kreis);
    long kUnit = one("select min(id) from org_unit where tenant_id = ?", kreis);
    long kPerson = one("select min(id) from person where tenant_id = ?", kreis);
    long kMeasure = one("select min(id) from measure where tenant_id = ?", kreis);
    long kField = one("select min(id) from field_of_action where tenant_id = ?", kreis);
    long kVersion = one("select min(id) from strategy_version where tenant_id = ?", kreis);
    long kMilestone = kreisMilestone(kreis);
    long kOrganization =
        one("select min(organization_id) from membership where tenant_id = ?", kreis);

    String measures = "/api/v1/strategy-versions/" + draft + "/measures";
    String newMeasure = "{\"code\":\"BI-1\",\"title\":\"Fremde Kennung\",\"status\":\"IDEA\",";
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("MeasureInput.goalIds", post(measures, newMeasure + "\"goalIds\":[" + kGoal + "]}"));
    cases.put(
        "MeasureInput.leadOrgUnitId",
        post(measures, newMeasure + "\"goalIds\":[" + goal + "],\"leadOrgUnitId\":" + kUnit + "}"));
    cases.put(
        "MeasureInput.responsiblePersonId",
        post(
            measures,
            newMeasure + "\"goalIds\":[" + goal + "],\"responsiblePersonId\":" + kPerson + "}"));
    cases.put(
        "MeasureInput.parentId",
        post(measures, newMeasure + "\"goalIds\":[" + goal + "],\"parentId\":" + kMeasure + "}"));
    cases.put(
        "PersonInput.orgUnitId",
        post(
            "/api/v1/persons",
            "{\"givenName\":\"Bea\",\"familyName\":\"Fremd\",\"email\":\"bea.fremd@example.org\","
                + "\"orgUnitId\":"
                + kUnit
                + "}"));
    cases.put(
        "OrgUnitInput.parentId",
        post(
            "/api/v1/org-units",
            "{\"code\":\"BI-1\",\"name\":\"Fremd\",\"parentId\":" + kUnit + "}"));
    cases.put(
        "OrgUnitInput.leadPersonId",
        post(
            "/api/v1/org-units",
            "{\"code\":\"BI-2\",\"name\":\"Fremd\",\"leadPersonId\":" + kPerson + "}"));
    cases.put(
        "MembershipInput.personId",
        post(
            "/api/v1/organizations/" + organization + "/memberships",
            "{\"personId\":" + kPerson + ",\"role\":\"MITGLIED\",\"votingRight\":true}"));
    cases.put(
        "GoalInput.fieldOfActionIds",
        post(
            "/api/v1/strategy-versions/" + draft + "/goals",
            "{\"code\":\"BI\",\"title\":\"Fremd\",\"fieldOfActionIds\":[" + kField + "]}"));
    cases.put(
        "AdoptionInput.adoptedById",
        new Case(
            HttpMethod.POST,
            "/api/v1/strategy-versions/" + draft + "/adoption",
            "\"" + draftVersion + "\"",
            "{\"adoptedOn\":\"2026-01-01\",\"adoptedById\":"
                + kOrganization
                + ",\"paperReference\":\"x\",\"inForceFrom\":\"2027-01-01\"}"));
    cases.put(
        "RoundInput.strategyVersionId",
        post(
            "/api/v1/reporting-rounds",
            "{\"strategyVersionId\":" + kVersion + ",\"period\":\"Q1/2027\"}"));
    cases.put(
        "PredecessorInput.predecessorId",
        post(
            "/api/v1/measures/" + measure + "/predecessors",
            "{\"predecessorId\":" + kMeasure + "}"));
    String participants = "/api/v1/measures/" + measure + "/participants";
    cases.put(
        "ParticipantInput.orgUnitId",
        post(participants, "{\"orgUnitId\":" + kUnit + ",\"raci\":\"CONSULTED\"}"));
    cases.put(
        "ParticipantInput.personId",
        post(participants, "{\"personId\":" + kPerson + ",\"raci\":\"CONSULTED\"}"));
    cases.put(
        "ParticipantInput.organizationId",
        post(participants, "{\"organizationId\":" + kOrganization + ",\"raci\":\"CONSULTED\"}"));
    cases.put(
        "StatusUpdateInput.milestones[].milestoneId",
        new Case(
            HttpMethod.PUT,
            "/api/v1/status-updates/" + update,
            "\"" + updateVersion + "\"",
            "{\"trafficLight\":\"ON_TRACK\",\"explanation\":\"Läuft\",\"progress\":50,"
                + "\"milestones\":[{\"milestoneId\":"
                + kMilestone
                + ",\"done\":true,\"actualDate\":\"2026-01-15\"}]}"));
    cases.put(
        "ApprovalInput.personId",
        new Case(
            HttpMethod.POST,
            "/api/v1/progress-reports/" + report + "/approval",
            "\"" + reportVersion + "\"",
            "{\"personId\":" + kPerson + ",\"approvedOn\":\"2026-01-15\"}"));
    String paper = "{\"paperType\":\"Anfrage\",\"date\":\"2031-05-05\",\"subject\":\"Fremd\",";
    cases.put(
        "PaperInput.leadUnitId", post("/api/v1/papers", paper + "\"leadUnitId\":" + kUnit + "}"));
    cases.put(
        "PaperInput.personInChargeId",
        post("/api/v1/papers", paper + "\"personInChargeId\":" + kPerson + "}"));
    cases.put("PaperInput.goalIds", post("/api/v1/papers", paper + "\"goalIds\":[" + kGoal + "]}"));
    cases.put(
        "PaperInput.strategyVersionId",
        post("/api/v1/papers", paper + "\"strategyVersionId\":" + kVersion + "}"));
    cases.put(
        "PaperInput.measureIds",
        post("/api/v1/papers", paper + "\"measureIds\":[" + kMeasure + "]}"));
    long draftPaper =
        one("select min(id) from paper where tenant_id = ? and state = 'DRAFT'", muster);
    cases.put(
        "ConsultationInput.organizationId",
        post(
            "/api/v1/papers/" + draftPaper + "/consultations",
            "{\"organizationId\":" + kOrganization + ",\"role\":\"NOTICE\"}"));
    long decided =
        one("select min(id) from paper where tenant_id = ? and state = 'DECIDED'", muster);
    long unit = one("select min(id) from org_unit where tenant_id = ?", muster);
    String mandates = "/api/v1/papers/" + decided + "/mandates";
    String mandate = "{\"description\":\"Fremd\",\"dueDate\":\"2030-01-01\",";
    cases.put(
        "MandateInput.addresseeUnitId",
        post(mandates, mandate + "\"kind\":\"EXAMINE\",\"addresseeUnitId\":" + kUnit + "}"));
    cases.put(
        "MandateInput.committeeId",
        post(
            mandates,
            mandate
                + "\"kind\":\"EXAMINE\",\"addresseeUnitId\":"
                + unit
                + ",\"committeeId\":"
                + kOrganization
                + "}"));
    cases.put(
        "MandateInput.measureId",
        post(
            mandates,
            mandate
                + "\"kind\":\"MEASURE\",\"addresseeUnitId\":"
                + unit
                + ",\"measureId\":"
                + kMeasure
                + "}"));
    cases.put(
        "StatementInput.orgUnitId",
        post(
            "/api/v1/papers/" + draftPaper + "/statements",
            "{\"orgUnitId\":" + kUnit + ",\"dueDate\":\"2099-01-01\"}"));
    cases.put(
        "StatementInput.organizationId",
        post(
            "/api/v1/papers/" + draftPaper + "/statements",
            "{\"organizationId\":" + kOrganization + ",\"dueDate\":\"2099-01-01\"}"));
    cases.put(
        "StatementInput.delegatePersonId",
        post(
            "/api/v1/papers/" + draftPaper + "/statements",
            "{\"orgUnitId\":"
                + one("select min(id) from org_unit where tenant_id = ?", muster)
                + ",\"dueDate\":\"2099-01-01\",\"delegatePersonId\":"
                + kPerson
                + "}"));
    cases.put(
        "MeetingInput.organizationId",
        post(
            "/api/v1/meetings",
            "{\"organizationId\":" + kOrganization + ",\"meetingDate\":\"2030-01-01\"}"));
    cases.put(
        "MeetingInput.locationId",
        post(
            "/api/v1/meetings",
            "{\"organizationId\":"
                + one("select min(id) from organization where tenant_id = ?", muster)
                + ",\"meetingDate\":\"2030-01-01\",\"locationId\":"
                + one("select min(id) from location where tenant_id = ?", kreis)
                + "}"));
    long meeting = one("select min(id) from meeting where tenant_id = ?", muster);
    long kPaper = one("select min(id) from paper where tenant_id = ?", kreis);
    cases.put(
        "AgendaItemInput.paperId",
        post(
            "/api/v1/meetings/" + meeting + "/agenda-items",
            "{\"paperId\":" + kPaper + ",\"publicItem\":false}"));
    long draftVersion2 = one("select version from paper where id = ?", draftPaper);
    cases.put(
        "SignOffInput.personIds",
        new Case(
            HttpMethod.PUT,
            "/api/v1/papers/" + draftPaper + "/sign-offs",
            "\"" + draftVersion2 + "\"",
            "{\"personIds\":[" + kPerson + "]}"));
    long openStatement =
        one(
            "select min(id) from statement where tenant_id = ? and answer is null"
                + " and org_unit_id is not null and informed_only = false and deleted = false",
            muster);
    String statementVersion =
        "\"" + one("select version from statement where id = ?", openStatement) + "\"";
    cases.put(
        "AnswerInput.fileId",
        new Case(
            HttpMethod.PUT,
            "/api/v1/statements/" + openStatement + "/answer",
            statementVersion,
            "{\"answer\":\"ATTACHED\",\"fileId\":"
                + one("select min(id) from paper_file where tenant_id = ?", kreis)
                + "}"));
    cases.put(
        "PersonLink.personId",
        new Case(
            HttpMethod.PUT,
            "/api/v1/accounts/"
                + one("select id from account where email = ?", Demo.MUSTER_ADMIN)
                + "/person",
            null,
            "{\"personId\":" + kPerson + "}"));
    cases.put(
        "DelegationInput.personId",
        new Case(
            HttpMethod.PUT,
            "/api/v1/statements/" + openStatement + "/delegate",
            statementVersion,
            "{\"personId\":" + kPerson + "}"));
    return cases;
  }

  private static Case post(String url, String body) {
    return new Case(HttpMethod.POST, url, null, body);
  }

  /** "Type.field" for every id (name ending in Id or Ids) in every request body type. */
  private Set<String> idFieldsOfRequestBodies() {
    Set<String> fields = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .values()
        .forEach(
            handler -> {
              for (var parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                  collectIds(
                      parameter.getParameterType(),
                      parameter.getParameterType().getSimpleName() + ".",
                      fields,
                      0);
                }
              }
            });
    return fields;
  }

  private static void collectIds(Class<?> type, String prefix, Set<String> into, int depth) {
    if (depth > 3 || !type.getName().startsWith("de.fahrplan.")) {
      return;
    }
    Map<String, Type> members = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        members.put(c.getName(), c.getGenericType());
      }
    } else {
      for (Field f : type.getFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          members.put(f.getName(), f.getGenericType());
        }
      }
    }
    members.forEach(
        (name, generic) -> {
          if (name.matches(".*Ids?") && isIdType(generic)) {
            into.add(prefix + name);
          } else if (generic instanceof ParameterizedType p
              && Collection.class.isAssignableFrom((Class<?>) p.getRawType())
              && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            collectIds(element, prefix + name + "[].", into, depth + 1);
          } else if (generic instanceof Class<?> nested) {
            collectIds(nested, prefix + name + ".", into, depth + 1);
          }
        });
  }

  private static boolean isIdType(Type type) {
    if (type == Long.class || type == long.class) {
      return true;
    }
    return type instanceof ParameterizedType p
        && Collection.class.isAssignableFrom((Class<?>) p.getRawType())
        && p.getActualTypeArguments()[0] == Long.class;
  }

  /** Row counts and version sums of every tenant table, both municipalities. */
  private String fingerprint() {
    StringBuilder print = new StringBuilder();
    for (String table : TenantIsolationTest.VERSIONED_TABLES) {
      print
          .append(table)
          .append(jdbc.queryForMap("select count(*), sum(version) from " + table).values())
          .append(';');
    }
    return print.toString();
  }

  private long one(String sql, Object... args) {
    Long value = jdbc.queryForObject(sql, Long.class, args);
    assertThat(value).as("fixture: " + sql).isNotNull();
    return value;
  }
}
