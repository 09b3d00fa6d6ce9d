package de.fahrplan.organisation;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orte: kept by Koordination through the API and the pages, chosen in the meeting form, kept while
 * a meeting names them, and published with the municipality's OParl server – alone and in the
 * meetings held there.
 */
@FahrplanTest
class LocationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  private JsonNode call(MockHttpServletRequestBuilder request, int status) throws Exception {
    String body =
        mvc.perform(
                request
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                    .contentType(MediaType.APPLICATION_JSON))
            .andExpect(status().is(status))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return body.isEmpty() ? null : json.readTree(body);
  }

  @Test
  void koordinationKeepsPlacesThatMeetingsNameAndOParlPublishes() throws Exception {
    JsonNode place =
        call(
            post("/api/v1/locations")
                .content(
                    """
                    {"description":"Grundschule am Park, Aula","room":"Aula",
                     "streetAddress":"Parkweg 3","postalCode":"12345","locality":"Musterstadt"}"""),
            201);
    long id = place.get("id").asLong();

    // a postal code of four digits and a description taken: 422 naming the field, nothing written
    JsonNode bad =
        call(
            put("/api/v1/locations/" + id)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content("{\"description\":\"Rathaus, Senatssaal\",\"postalCode\":\"1234\"}"),
            422);
    assertThat(bad.get("errors"))
        .extracting(e -> e.get("field").asText())
        .containsExactly("postalCode");
    JsonNode taken =
        call(
            put("/api/v1/locations/" + id)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content("{\"description\":\"Rathaus, Senatssaal\"}"),
            422);
    assertThat(taken.toString()).contains("description", "Rathaus, Senatssaal");
    assertThat(
            jdbc.queryForObject("select description from location where id = ?", String.class, id))
        .isEqualTo("Grundschule am Park, Aula");

    // a second writer with the old version: 412
    call(
        put("/api/v1/locations/" + id)
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content(
                "{\"description\":\"Grundschule am Park, Aula\",\"room\":\"Aula (EG)\","
                    + "\"streetAddress\":\"Parkweg 3\",\"postalCode\":\"12345\","
                    + "\"locality\":\"Musterstadt\"}"),
        200);
    call(
        put("/api/v1/locations/" + id)
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content("{\"description\":\"Verloren\"}"),
        412);

    // a meeting there: OParl embeds the place in the meeting and serves it alone
    long committee =
        jdbc.queryForObject(
            "select id from organization where tenant_id = ? and short_name = 'HA'",
            Long.class,
            Demo.bodyId(jdbc, "musterstadt"));
    JsonNode meeting =
        call(
            post("/api/v1/meetings")
                .content(
                    "{\"organizationId\":%d,\"meetingDate\":\"2032-03-04\",\"locationId\":%d}"
                        .formatted(committee, id)),
            201);
    assertThat(meeting.get("location").asText()).isEqualTo("Grundschule am Park, Aula");
    mvc.perform(get("/oparl/v1/bodies/musterstadt/meetings/" + meeting.get("id").asLong()))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.location.id")
                .value("http://localhost/oparl/v1/bodies/musterstadt/locations/" + id))
        .andExpect(jsonPath("$.location.type").value("https://schema.oparl.org/1.1/Location"))
        .andExpect(jsonPath("$.location.room").value("Aula (EG)"))
        .andExpect(jsonPath("$.location.postalCode").value("12345"));
    mvc.perform(get("/oparl/v1/bodies/musterstadt/locations/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.description").value("Grundschule am Park, Aula"))
        .andExpect(jsonPath("$.streetAddress").value("Parkweg 3"))
        .andExpect(jsonPath("$.locality").value("Musterstadt"));
    mvc.perform(get("/oparl/v1/bodies/musterstadt"))
        .andExpect(
            jsonPath("$.locationList")
                .value("http://localhost/oparl/v1/bodies/musterstadt/locations"));

    // kept while a meeting names it – also after the meeting was deleted
    JsonNode inUse =
        call(delete("/api/v1/locations/" + id).header(HttpHeaders.IF_MATCH, "\"1\""), 422);
    assertThat(inUse.toString()).contains("Grundschule am Park, Aula");
    call(
        delete("/api/v1/meetings/" + meeting.get("id").asLong())
            .header(HttpHeaders.IF_MATCH, "\"" + meeting.get("version").asLong() + "\""),
        204);
    call(delete("/api/v1/locations/" + id).header(HttpHeaders.IF_MATCH, "\"1\""), 422);
    assertThat(call(get("/api/v1/locations/" + id + "/history"), 200).size()).isEqualTo(2);

    // a place no meeting names goes, from the API and from OParl
    long unused =
        call(post("/api/v1/locations").content("{\"description\":\"Bürgerhaus Nord\"}"), 201)
            .get("id")
            .asLong();
    call(delete("/api/v1/locations/" + unused).header(HttpHeaders.IF_MATCH, "\"0\""), 204);
    mvc.perform(get("/oparl/v1/bodies/musterstadt/locations/" + unused))
        .andExpect(status().isNotFound());
  }

  @Test
  void everyoneReadsThePlacesOnlyKoordinationChangesThem() throws Exception {
    long tenant = Demo.bodyId(jdbc, "musterstadt");
    var reader = Users.in(tenant, Role.READER);
    mvc.perform(get("/locations").with(authentication(reader)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rathaus, Senatssaal")))
        .andExpect(content().string(containsString("Marktplatz 1")))
        .andExpect(content().string(not(containsString("Kreishaus"))));
    mvc.perform(get("/locations/new").with(authentication(reader)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/locations")
                .param("description", "Eingeschmuggelt")
                .with(authentication(reader))
                .with(csrf()))
        .andExpect(status().isForbidden());

    // the form keeps the input and names the field in German
    var coordination = Users.in(tenant, Role.COORDINATION);
    mvc.perform(
            post("/locations")
                .param("description", "Feuerwache Süd, Schulungsraum")
                .param("postalCode", "D-12345")
                .with(authentication(coordination))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"Feuerwache Süd, Schulungsraum\"")))
        .andExpect(content().string(containsString("postalCode-error")))
        .andExpect(content().string(containsString("Eine Postleitzahl hat fünf Ziffern.")));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from location where description like 'Feuerwache%'",
                Integer.class))
        .isZero();

    // the meeting form offers the municipality's places
    mvc.perform(get("/meetings/new").with(authentication(coordination)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"locationId\"")))
        .andExpect(content().string(containsString("Rathaus, Raum 1.21")))
        .andExpect(content().string(not(containsString("Kreishaus"))));
  }

  /**
   * A refused deletion goes back to the form it came from, which says why (the form showed no
   * message before: the place simply stayed, without a word). The message travels in the session,
   * which the server keeps in the database: the browser's cookie carries it to the next page.
   */
  @Test
  void aRefusedDeletionIsExplainedOnTheFormItCameFrom() throws Exception {
    long tenant = Demo.bodyId(jdbc, "musterstadt");
    var coordination = Users.in(tenant, Role.COORDINATION);
    long senatssaal =
        jdbc.queryForObject(
            "select id from location where tenant_id = ? and description = 'Rathaus, Senatssaal'",
            Long.class,
            tenant);
    jakarta.servlet.http.Cookie session =
        mvc.perform(
                post("/locations/" + senatssaal + "/delete")
                    .param("version", "0")
                    .param("confirmed", "true")
                    .with(authentication(coordination))
                    .with(csrf()))
            .andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                    "/locations/" + senatssaal + "/edit"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(
            get("/locations/" + senatssaal + "/edit")
                .cookie(session)
                .with(authentication(coordination)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("tagten oder tagen Gremien")));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from location where id = ?", Integer.class, senatssaal))
        .isOne();

    var admin = Users.in(tenant, Role.ADMIN);
    long term =
        jdbc.queryForObject(
            "select min(id) from legislative_term where tenant_id = ?", Long.class, tenant);
    mvc.perform(
            post("/legislative-terms/" + term + "/delete")
                .cookie(session)
                .param("version", "99")
                .param("confirmed", "true")
                .with(authentication(admin))
                .with(csrf()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/legislative-terms/" + term + "/edit"));
    mvc.perform(
            get("/legislative-terms/" + term + "/edit").cookie(session).with(authentication(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("inzwischen geändert")));
  }
}
