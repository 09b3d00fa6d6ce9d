package de.fahrplan.organisation;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Wahlperioden: kept by Administration through the API and the pages, with German errors naming the
 * field, optimistic locking and a history; read by everyone of the municipality, and embedded in
 * the OParl body.
 */
@FahrplanTest
class LegislativeTermTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void administrationKeepsTermsThroughTheApiWithClearErrorsAndLocking() throws Exception {
    String created =
        mvc.perform(
                post("/api/v1/legislative-terms")
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"name\":\"Wahlperiode 2029–2034\",\"startDate\":\"2029-06-01\","
                            + "\"endDate\":\"2034-05-31\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = json.readTree(created).get("id").asLong();

    // the end before the start, and a name taken: 422 naming the field, nothing written
    mvc.perform(
            put("/api/v1/legislative-terms/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"Wahlperiode 2029–2034\",\"startDate\":\"2029-06-01\","
                        + "\"endDate\":\"2028-05-31\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("endDate")));
    mvc.perform(
            post("/api/v1/legislative-terms")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Wahlperiode 2024–2029\",\"startDate\":\"2024-06-01\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("name")));
    // a typo in the year and a term of decades are refused, naming the field
    mvc.perform(
            post("/api/v1/legislative-terms")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Tippfehler\",\"startDate\":\"0224-06-01\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("startDate")));
    mvc.perform(
            post("/api/v1/legislative-terms")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"Ewig\",\"startDate\":\"2024-06-01\",\"endDate\":\"2094-05-31\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("endDate")));
    assertThat(
            jdbc.queryForObject(
                "select end_date from legislative_term where id = ?", String.class, id))
        .startsWith("2034");

    // a second writer with the old version: 412
    mvc.perform(
            put("/api/v1/legislative-terms/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Wahlperiode 2029–2035\",\"startDate\":\"2029-06-01\"}"))
        .andExpect(status().isOk());
    mvc.perform(
            put("/api/v1/legislative-terms/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Verloren\",\"startDate\":\"2029-06-01\"}"))
        .andExpect(status().isPreconditionFailed());

    // embedded in the OParl body and served alone
    String body =
        mvc.perform(get("/oparl/v1/bodies/musterstadt"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains("Wahlperiode 2029–2035", "Wahlperiode 2024–2029");
    mvc.perform(get("/oparl/v1/bodies/musterstadt/legislative-terms/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Wahlperiode 2029–2035"))
        .andExpect(jsonPath("$.startDate").value("2029-06-01"));

    mvc.perform(
            get("/api/v1/legislative-terms/" + id + "/history")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2));
    mvc.perform(
            delete("/api/v1/legislative-terms/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                .header(HttpHeaders.IF_MATCH, "\"1\""))
        .andExpect(status().isNoContent());
    mvc.perform(get("/oparl/v1/bodies/musterstadt/legislative-terms/" + id))
        .andExpect(status().isNotFound());
  }

  @Test
  void everyoneReadsTheTermsOnlyAdministrationChangesThem() throws Exception {
    long tenant = Demo.bodyId(jdbc, "musterstadt");
    var reader = Users.in(tenant, Role.READER);
    mvc.perform(get("/legislative-terms").with(authentication(reader)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Wahlperiode 2024–2029")))
        .andExpect(content().string(containsString("01.06.2024")));
    mvc.perform(get("/legislative-terms/new").with(authentication(reader)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/legislative-terms")
                .param("name", "Eingeschmuggelt")
                .param("startDate", "2040-01-01")
                .with(authentication(reader))
                .with(csrf()))
        .andExpect(status().isForbidden());

    // the form keeps the input and names the field in German
    var admin = Users.in(tenant, Role.ADMIN);
    mvc.perform(
            post("/legislative-terms")
                .param("name", "Wahlperiode 2034–2039")
                .param("startDate", "")
                .with(authentication(admin))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"Wahlperiode 2034–2039\"")))
        .andExpect(content().string(containsString("startDate-error")));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from legislative_term where name = 'Wahlperiode 2034–2039'",
                Integer.class))
        .isZero();
  }
}
