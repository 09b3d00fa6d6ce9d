package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** The import pages: upload, map an unknown column by hand, see the rows, import. */
@FahrplanTest
class MeasureImportPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void uploadMapPreviewAndImport() throws Exception {
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
            Long.class);
    Authentication coordination = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION);
    String list = "Kürzel;Projektname;Ziele\nP-1;Chatbot Bürgerservice;B\n";
    Cookie session =
        mvc.perform(
                multipart("/strategy-versions/" + draft + "/measure-import")
                    .file(
                        new MockMultipartFile(
                            "file", "liste.csv", "text/csv", list.getBytes(StandardCharsets.UTF_8)))
                    .with(authentication(coordination))
                    .with(csrf()))
            .andExpect(
                content()
                    .string(containsString("Diese Angaben sind keiner Spalte zugeordnet: Titel")))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(
            post("/strategy-versions/" + draft + "/measure-import/mapping")
                .cookie(session)
                .param("map_code", "0")
                .param("map_title", "1")
                .param("map_goals", "2")
                .with(authentication(coordination))
                .with(csrf()))
        .andExpect(content().string(containsString("Chatbot Bürgerservice")))
        .andExpect(content().string(containsString("Alle 1 Zeilen importieren")))
        .andExpect(content().string(not(containsString("fehlerhafte Zeilen"))));
    mvc.perform(
            post("/strategy-versions/" + draft + "/measure-import/apply")
                .cookie(session)
                .with(authentication(coordination))
                .with(csrf()))
        .andExpect(redirectedUrl("/strategy-versions/" + draft + "/plan"));
    assertThat(
            jdbc.queryForObject(
                "select title from measure where code = 'P-1' and strategy_version_id = ?",
                String.class,
                draft))
        .isEqualTo("Chatbot Bürgerservice");
  }
}
