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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
        .andExpect(content().string(containsString("1 Zeile importieren")))
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

  /**
   * Administration imports a department's list on the pages: chooses the sheet, sees the years'
   * amounts as read, creates the unknown units in the same import (a coordinator may only map them
   * to existing ones – the server refuses a forged „new“).
   */
  @Test
  void theSheetIsChosenAndUnknownUnitsAreCreatedByAdministration() throws Exception {
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
            Long.class);
    long body = Demo.bodyId(jdbc, "musterstadt");
    byte[] xlsx =
        de.fahrplan.support.Workbooks.departmentList("V", "Vermessungsamt", "Amt für Sport");
    String path = "/strategy-versions/" + draft + "/measure-import";
    Authentication coordination = Users.in(body, Role.COORDINATION);
    Cookie coordinatorSession = upload(path, xlsx, coordination);
    mvc.perform(
            post(path + "/mapping")
                .cookie(coordinatorSession)
                .param("sheet", "2")
                .with(authentication(coordination))
                .with(csrf()))
        .andExpect(content().string(containsString("neue Einheiten legt die Administration an")))
        .andExpect(content().string(not(containsString("neu anlegen"))));
    mvc.perform(
            post(path + "/mapping")
                .cookie(coordinatorSession)
                .param("sheet", "2")
                .param("unit_0", "new")
                .param("unit_1", "new")
                .with(authentication(coordination))
                .with(csrf()))
        .andExpect(content().string(containsString("3 Zeilen importieren")));
    mvc.perform(
            post(path + "/apply")
                .cookie(coordinatorSession)
                .with(authentication(coordination))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(codes(draft)).isEmpty();

    Authentication admin = Users.in(body, Role.ADMIN);
    Cookie session = upload(path, xlsx, admin);
    mvc.perform(
            post(path + "/mapping")
                .cookie(session)
                .param("sheet", "2")
                .with(authentication(admin))
                .with(csrf()))
        .andExpect(content().string(containsString("Gelesen wird das Tabellenblatt „Maßnahmen“")))
        .andExpect(content().string(containsString("„Kosten 2027“ → Mittel konsumtiv (€) 2027")))
        .andExpect(content().string(containsString("12.500,00\u00a0€ konsumtiv")))
        .andExpect(content().string(containsString("1,5 VZÄ vorhanden")))
        .andExpect(content().string(containsString("„Amt für Sport“ neu anlegen")))
        .andExpect(content().string(containsString("Spalte 4 – Federführung: ")));
    mvc.perform(
            post(path + "/mapping")
                .cookie(session)
                .param("sheet", "2")
                .param("unit_0", "new")
                .param("unit_1", "new")
                .with(authentication(admin))
                .with(csrf()))
        .andExpect(content().string(containsString("3 neu, 0 werden aktualisiert, 0 unverändert")));
    mvc.perform(post(path + "/apply").cookie(session).with(authentication(admin)).with(csrf()))
        .andExpect(redirectedUrl("/strategy-versions/" + draft + "/plan"));
    assertThat(codes(draft)).containsExactly("V-7", "V-7.1", "V-7.2");
    assertThat(
            jdbc.queryForList(
                "select u.code || ' ' || u.name from org_unit u join measure m"
                    + " on m.lead_org_unit_id = u.id where m.strategy_version_id = ?"
                    + " and m.code in ('V-7', 'V-7.1') order by m.code",
                String.class,
                draft))
        .containsExactly("Vermessungsamt Vermessungsamt", "AFS Amt für Sport");
  }

  private java.util.List<String> codes(long draft) {
    return jdbc.queryForList(
        "select code from measure where strategy_version_id = ? and code like 'V-7%' order by code",
        String.class, draft);
  }

  private Cookie upload(String path, byte[] xlsx, Authentication user) throws Exception {
    return mvc.perform(
            multipart(path)
                .file(new MockMultipartFile("file", "bau.xlsx", "application/octet-stream", xlsx))
                .with(authentication(user))
                .with(csrf()))
        .andReturn()
        .getResponse()
        .getCookie("SESSION");
  }
}
