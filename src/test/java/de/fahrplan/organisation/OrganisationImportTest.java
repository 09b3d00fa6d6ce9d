package de.fahrplan.organisation;

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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Import of org units and persons through the pages: preview, errors per row, all-or-nothing. */
@FahrplanTest
class OrganisationImportTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private Authentication admin() {
    return Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.ADMIN);
  }

  private int units(String codePrefix) {
    return jdbc.queryForObject(
        "select count(*) from org_unit where code like ?", Integer.class, codePrefix + "%");
  }

  @Test
  void previewShowsRowErrorsAndNothingIsWrittenUntilTheFileIsClean() throws Exception {
    String broken =
        """
        Kennung;Bezeichnung;Übergeordnet;Gültig ab
        IMP 1;Stabsstelle Digitalisierung;FB 1;01.01.2025
        IMP 1.1;Team Onlinezugang;IMP 1;31.02.2025
        IMP 1.2;;IMP 9;
        """;
    Cookie session =
        mvc.perform(
                multipart("/imports/organisation/preview")
                    .file(file("einheiten.csv", broken, StandardCharsets.UTF_8))
                    .param("kind", "ORG_UNITS")
                    .with(authentication(admin()))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("„31.02.2025“ ist kein gültiges Datum")))
            .andExpect(
                content().string(containsString("Organisationseinheit „IMP 9“ gibt es nicht")))
            .andExpect(content().string(containsString("Bitte ausfüllen.")))
            .andExpect(content().string(not(containsString("/imports/organisation/apply"))))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(
            post("/imports/organisation/apply")
                .cookie(session)
                .with(authentication(admin()))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("fehlerhafte Zeilen")));
    assertThat(units("IMP")).isZero();
  }

  @Test
  void cleanFileImportsAllRowsAndReimportUpdatesInsteadOfDuplicating() throws Exception {
    String csv =
        """
        Kennung;Bezeichnung;Übergeordnet;Gültig ab
        RIMP 1.1;Team Onlinezugang;RIMP 1;1.2.2025
        RIMP 1;Stabsstelle Digitalisierung;FB 1;2025-01-01
        """;
    for (int round = 0; round < 2; round++) {
      Cookie session =
          mvc.perform(
                  multipart("/imports/organisation/preview")
                      .file(file("einheiten.csv", csv, Charset.forName("windows-1252")))
                      .param("kind", "ORG_UNITS")
                      .with(authentication(admin()))
                      .with(csrf()))
              .andExpect(status().isOk())
              .andExpect(content().string(containsString(round == 0 ? "neu" : "wird aktualisiert")))
              .andReturn()
              .getResponse()
              .getCookie("SESSION");
      mvc.perform(
              post("/imports/organisation/apply")
                  .cookie(session)
                  .with(authentication(admin()))
                  .with(csrf()))
          .andExpect(redirectedUrl("/org-units"));
    }
    assertThat(units("RIMP")).isEqualTo(2);
    Long parent = jdbc.queryForObject("select id from org_unit where code = 'RIMP 1'", Long.class);
    assertThat(
            jdbc.queryForObject(
                "select parent_id from org_unit where code = 'RIMP 1.1'", Long.class))
        .isEqualTo(parent);
  }

  @Test
  void personsImportWithUmlautsFromWindows1252() throws Exception {
    String csv =
        """
        Titel;Vorname;Nachname;Funktion;E-Mail;Telefon;Organisationseinheit
        Dr.;Jürgen;Großmann;Leitung Stadtplanung;juergen.grossmann@musterstadt.example;0451 122-4100;4.100
        ;Ömer;Öztürk;Sachbearbeitung;oemer.oeztuerk@musterstadt.example;;2.100
        """;
    Cookie session =
        mvc.perform(
                multipart("/imports/organisation/preview")
                    .file(file("personen.csv", csv, Charset.forName("windows-1252")))
                    .param("kind", "PERSONS")
                    .with(authentication(admin()))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Großmann")))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(
            post("/imports/organisation/apply")
                .cookie(session)
                .with(authentication(admin()))
                .with(csrf()))
        .andExpect(redirectedUrl("/persons"));
    assertThat(
            jdbc.queryForObject(
                "select family_name from person where email = 'oemer.oeztuerk@musterstadt.example'",
                String.class))
        .isEqualTo("Öztürk");
  }

  @Test
  void missingColumnsAreNamed() throws Exception {
    mvc.perform(
            multipart("/imports/organisation/preview")
                .file(file("x.csv", "Name;Telefon\nA;1\n", StandardCharsets.UTF_8))
                .param("kind", "ORG_UNITS")
                .with(authentication(admin()))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Es fehlen Spalten: Kennung")));
  }

  private static MockMultipartFile file(String name, String text, Charset charset) {
    return new MockMultipartFile("file", name, "text/csv", text.getBytes(charset));
  }
}
