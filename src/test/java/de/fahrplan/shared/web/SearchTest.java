package de.fahrplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.TestDatabase;
import de.fahrplan.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The global search finds measures, goals, papers, persons and units of the own municipality by
 * code and words – on PostgreSQL with German stemming – and nothing of another municipality.
 */
@FahrplanTest
class SearchTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private String search(String q) throws Exception {
    return mvc.perform(
            get("/search")
                .param("q", q)
                .with(authentication(Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.READER))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void findsByWordsAndCodesInTheOwnMunicipalityOnly() throws Exception {
    assertThat(search("Schulen WLAN"))
        .contains("M-12 – WLAN und Endgeräte für alle Schulen (Fassung 1, in Kraft)")
        .contains("Maßnahmen (");
    // a code finds its object first
    String byCode = search("M-12");
    int first = byCode.indexOf("href=\"/measures/");
    assertThat(first).isPositive();
    assertThat(byCode.substring(first, first + 200)).contains("M-12 – WLAN");
    assertThat(search("Schütt")).contains("Linda Schütt").contains("Personen (");
    assertThat(search("VO/2023")).contains("VO/2023/00001 – ");
    // a paper by the number of its reference, as council members quote it
    assertThat(search("00001")).contains("VO/2023/00001 – ");
    assertThat(search("2023/00001")).contains("VO/2023/00001 – ");
    assertThat(search("Elektronische Aktenführung")).contains("Strategische Ziele (");
    // Beispielkreis' people and papers are not Musterstadt's
    assertThat(search("Domanske")).contains("Nichts gefunden für „Domanske“.");
    // a query of only separators asks nothing
    assertThat(search(" ,; ")).doesNotContain("Nichts gefunden");
  }

  @Test
  void postgresStemsGermanWords() throws Exception {
    String inflected = search("Dokumentenmanagementsystemen");
    if (TestDatabase.postgres()) {
      assertThat(inflected).contains("M-1 – Einführung eines Dokumentenmanagementsystems");
    } else {
      // H2 matches word parts only: the dative plural is no part of "…systems"
      assertThat(inflected).contains("Nichts gefunden");
      assertThat(search("Dokumentenmanagementsystem"))
          .contains("M-1 – Einführung eines Dokumentenmanagementsystems");
    }
  }
}
