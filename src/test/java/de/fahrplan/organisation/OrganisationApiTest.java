package de.fahrplan.organisation;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API contract for organisation objects: CRUD, paging, ETag/If-Match, problem+json. */
@FahrplanTest
class OrganisationApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void healthIsUpWithoutLogin() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        // anonymous callers learn the status only, not what the server consists of
        .andExpect(jsonPath("$.components").doesNotExist());
  }

  @Test
  void apiWithoutOrWithWrongTokenIs401() throws Exception {
    mvc.perform(get("/api/v1/persons")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/persons").header(HttpHeaders.AUTHORIZATION, bearer("fp_wrong")))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("problem+json")));
  }

  @Test
  void personsArePagedAndSearchable() throws Exception {
    mvc.perform(
            get("/api/v1/persons?size=5&page=0")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(5))
        .andExpect(jsonPath("$.size").value(5))
        .andExpect(
            jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(16)));
    mvc.perform(
            get("/api/v1/persons?q=schütt").header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].familyName").value(hasItem("Schütt")))
        .andExpect(jsonPath("$.totalElements").value(1));
  }

  @Test
  void createReadUpdateDeleteWithOptimisticLocking() throws Exception {
    MvcResult created =
        mvc.perform(
                post("/api/v1/org-units")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"code\":\"API-1\",\"name\":\"Stabsstelle Smart City\",\"validFrom\":\"2026-01-01\"}"))
            .andExpect(status().isCreated())
            .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
            .andReturn();
    long id = json.readTree(created.getResponse().getContentAsString()).get("id").asLong();

    mvc.perform(
            get("/api/v1/org-units/" + id).header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Stabsstelle Smart City"))
        .andExpect(jsonPath("$.validFrom").value("2026-01-01"));

    String update = "{\"code\":\"API-1\",\"name\":\"Stabsstelle Smart City und Open Data\"}";
    mvc.perform(
            put("/api/v1/org-units/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(update))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            put("/api/v1/org-units/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(update))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
    // a second writer with the old version: 412, nothing changed
    mvc.perform(
            put("/api/v1/org-units/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"API-1\",\"name\":\"Verloren\"}"))
        .andExpect(status().isPreconditionFailed());
    assertThat(jdbc.queryForObject("select name from org_unit where id = ?", String.class, id))
        .isEqualTo("Stabsstelle Smart City und Open Data");

    mvc.perform(
            get("/api/v1/org-units/" + id + "/history")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].action").value("CHANGED"))
        .andExpect(jsonPath("$[0].actor").value(Demo.MUSTER_ADMIN))
        .andExpect(jsonPath("$[0].changes[0].field").value("name"))
        .andExpect(jsonPath("$[0].changes[0].oldValue").value("Stabsstelle Smart City"))
        .andExpect(jsonPath("$[1].action").value("CREATED"));

    mvc.perform(
            delete("/api/v1/org-units/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"1\""))
        .andExpect(status().isNoContent());
    assertThat(jdbc.queryForObject("select count(*) from org_unit where id = ?", Integer.class, id))
        .isZero();
  }

  @Test
  void invalidInputNamesEveryFieldInGermanAndWritesNothing() throws Exception {
    int before = jdbc.queryForObject("select count(*) from body", Integer.class);
    MvcResult result =
        mvc.perform(
                post("/api/v1/persons")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "de")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"givenName\":\"\",\"familyName\":\"Muster\",\"email\":\"kein-at-zeichen\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(
                header()
                    .string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")))
            .andReturn();
    JsonNode errors = json.readTree(result.getResponse().getContentAsString()).get("errors");
    assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("givenName", "email");
    assertThat(errors.findValuesAsString("message")).contains("Bitte ausfüllen.");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from person where family_name = 'Muster'", Integer.class))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from body", Integer.class)).isEqualTo(before);
  }

  private static final String BAD_DATE =
      "{\"code\":\"X-9\",\"name\":\"X\",\"validFrom\":\"31.02.2025\"}";

  /** A new org unit posted as Musterstadt, with the language the client asks for (or none). */
  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      newOrgUnit(String json, String language) {
    var request =
        post("/api/v1/org-units")
            .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json);
    return language == null ? request : request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
  }

  /**
   * A value the API cannot read names its field and says what it must look like – in German unless
   * the client asks for English (before, these answers were English without the header, and the 422
   * answers ignored the header).
   */
  @Test
  void unreadableInputNamesTheFieldAndTheExpectedFormInTheCallersLanguage() throws Exception {
    mvc.perform(newOrgUnit(BAD_DATE, null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Die Eingaben sind ungültig."))
        .andExpect(jsonPath("$.errors[0].field").value("validFrom"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Kein gültiges Datum. Erwartet: JJJJ-MM-TT, z. B. 2026-12-31."));

    String roles =
        java.util.Arrays.stream(MembershipRole.values())
            .map(Enum::name)
            .collect(java.util.stream.Collectors.joining(", "));
    mvc.perform(
            post("/api/v1/organizations/1/memberships")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":3,\"role\":\"Mitglied\",\"startDate\":\"2026-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("role"))
        .andExpect(
            jsonPath("$.errors[0].message").value("Kein erlaubter Wert. Erlaubt: " + roles + "."));

    mvc.perform(newOrgUnit("{\"code\": \"X-9\",\n \"name\" \"X\"}", null))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message").value("Kein gültiges JSON (Zeile 2, Spalte 9)."));

    mvc.perform(newOrgUnit(BAD_DATE, "en-GB,en;q=0.9,de;q=0.5"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("The input is invalid."))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Not a valid date. Expected: YYYY-MM-DD, e.g. 2026-12-31."));
    mvc.perform(newOrgUnit("{\"code\":\"X-9\"}", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("Please fill in.")));
    mvc.perform(newOrgUnit("{\"code\":\"X-9\"}", "fr-FR"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("Bitte ausfüllen.")));

    // also where the security chain answers, before any controller
    mvc.perform(get("/api/v1/persons").header(HttpHeaders.AUTHORIZATION, bearer("fp_wrong")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(containsString("Senden Sie ein API-Token")));
    mvc.perform(
            get("/api/v1/persons")
                .header(HttpHeaders.AUTHORIZATION, bearer("fp_wrong"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(containsString("send an API token")));
  }

  @Test
  void duplicateCodeAndCyclesAreRefused() throws Exception {
    mvc.perform(
            post("/api/v1/org-units")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"1.201\",\"name\":\"Doppelt\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Die Kennung „1.201“ ist in dieser Kommune bereits vergeben."));

    long tenant = Demo.bodyId(jdbc, "musterstadt");
    long fb1 =
        jdbc.queryForObject(
            "select id from org_unit where tenant_id = ? and code = 'FB 1'", Long.class, tenant);
    long it =
        jdbc.queryForObject(
            "select id from org_unit where tenant_id = ? and code = '1.400'", Long.class, tenant);
    long version =
        jdbc.queryForObject("select version from org_unit where id = ?", Long.class, fb1);
    mvc.perform(
            put("/api/v1/org-units/" + fb1)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"code\":\"FB 1\",\"name\":\"Zentrale Dienste\",\"parentId\":" + it + "}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("parentId"));
    assertThat(jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, fb1))
        .isNull();

    mvc.perform(
            delete("/api/v1/org-units/" + fb1)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("Untereinheiten")));
  }

  @Test
  void bodyValidatesAgsAndRgs() throws Exception {
    mvc.perform(
            get("/api/v1/bodies/current").header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.slug").value("musterstadt"));
    long id = Demo.bodyId(jdbc, "musterstadt");
    long version = jdbc.queryForObject("select version from body where id = ?", Long.class, id);
    mvc.perform(
            put("/api/v1/bodies/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"Hansestadt Musterstadt\",\"shortName\":\"Musterstadt\",\"bodyType\":\"KREISFREIE_STADT\","
                        + "\"ags\":\"0109900\",\"rgs\":\"01099000000A\",\"slug\":\"musterstadt\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[?(@.field=='ags')].message")
                .value(hasItem("Genau 8 Ziffern, keine anderen Zeichen.")))
        .andExpect(
            jsonPath("$.errors[?(@.field=='rgs')].message")
                .value(hasItem("Genau 12 Ziffern, keine anderen Zeichen.")));
    assertThat(jdbc.queryForObject("select ags from body where id = ?", String.class, id))
        .isEqualTo("01099000");
  }

  @Test
  void membershipsAreManagedAndRecordedInTheCommitteesHistory() throws Exception {
    long tenant = Demo.bodyId(jdbc, "musterstadt");
    long committee =
        jdbc.queryForObject(
            "select id from organization where tenant_id = ? and short_name = 'IuK-AK'",
            Long.class,
            tenant);
    long person =
        jdbc.queryForObject(
            "select id from person where tenant_id = ? and family_name = 'Berger'",
            Long.class,
            tenant);
    MvcResult added =
        mvc.perform(
                post("/api/v1/organizations/" + committee + "/memberships")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"personId\":"
                            + person
                            + ",\"role\":\"VORSITZ\",\"votingRight\":true,\"startDate\":\"2026-01-01\"}"))
            .andExpect(status().isCreated())
            .andReturn();
    long membership = json.readTree(added.getResponse().getContentAsString()).get("id").asLong();
    mvc.perform(
            put("/api/v1/organizations/" + committee + "/memberships/" + membership)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"personId\":" + person + ",\"role\":\"INFORMIERT\",\"votingRight\":true}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("votingRight"));
    mvc.perform(
            delete("/api/v1/organizations/" + committee + "/memberships/" + membership)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"0\""))
        .andExpect(status().isNoContent());
    mvc.perform(
            get("/api/v1/organizations/" + committee + "/history")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(jsonPath("$[0].action").value("MEMBER_REMOVED"))
        .andExpect(jsonPath("$[0].changes[0].oldValue").value("Thomas Berger"))
        .andExpect(jsonPath("$[1].action").value("MEMBER_ADDED"))
        .andExpect(jsonPath("$[1].changes[?(@.field=='role')].newValue").value(hasItem("VORSITZ")));
  }

  @Test
  void openApiDocumentDescribesTheApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/org-units']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/persons/{id}']").exists())
        .andExpect(jsonPath("$.components.securitySchemes.bearer").exists());
  }
}
