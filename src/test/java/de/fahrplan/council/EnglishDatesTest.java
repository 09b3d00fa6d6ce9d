package de.fahrplan.council;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.Formats;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Pages;
import de.fahrplan.support.Users;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting's heading and a paper found by the search carry their date in the reader's language
 * (the English pages wrote them „01.09.2026“).
 */
@FahrplanTest
class EnglishDatesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private String page(String url, String language) throws Exception {
    return Pages.html(mvc, url, Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.READER), language);
  }

  @Test
  void aMeetingAndAFoundPaperShowTheirDateInTheReadersLanguage() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    Map<String, Object> meeting =
        jdbc.queryForMap(
            "select id, meeting_date from meeting where tenant_id = ? order by id fetch first 1"
                + " rows only",
            muster);
    LocalDate day = ((java.sql.Date) meeting.get("meeting_date")).toLocalDate();
    String url = "/meetings/" + meeting.get("id");
    assertThat(page(url, "de")).contains(", " + Formats.date(day, Locale.GERMAN) + "</h1>");
    assertThat(page(url, "en"))
        .contains(", " + Formats.date(day, Locale.ENGLISH) + "</h1>")
        .doesNotContain(Formats.date(day, Locale.GERMAN) + "</h1>");

    Map<String, Object> paper =
        jdbc.queryForMap(
            "select reference, paper_date from paper where tenant_id = ? and deleted = false"
                + " order by id fetch first 1 rows only",
            muster);
    LocalDate dated = ((java.sql.Date) paper.get("paper_date")).toLocalDate();
    String found = page("/search?q=" + paper.get("reference"), "en");
    assertThat(found)
        .contains(Formats.date(dated, Locale.ENGLISH))
        .doesNotContain(Formats.date(dated, Locale.GERMAN));
  }
}
