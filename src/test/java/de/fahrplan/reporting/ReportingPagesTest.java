package de.fahrplan.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The reporting pages on the demo: rounds, a round's progress, my tasks, German form errors. */
@FahrplanTest
class ReportingPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private long inForce() {
    return jdbc.queryForObject(
        "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'IN_FORCE'",
        Long.class);
  }

  @Test
  void roundsRoundAndTasksShowTheDemoCycle() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    var coordination = Users.as(muster, Demo.MUSTER_ADMIN, Role.ADMIN, Role.COORDINATION);
    mvc.perform(
            get("/strategy-versions/" + inForce() + "/reporting")
                .with(authentication(coordination)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Q2/2026")))
        .andExpect(content().string(containsString("geschlossen")))
        .andExpect(content().string(containsString("Die Runde Q3/2026 ist noch offen")));
    long open =
        jdbc.queryForObject(
            "select id from reporting_round where strategy_version_id = ? and status = 'OPEN'",
            Long.class,
            inForce());
    mvc.perform(get("/reporting-rounds/" + open).with(authentication(coordination)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Stand je Organisationseinheit")))
        .andExpect(content().string(containsString("Tiefbau und Breitband")))
        .andExpect(content().string(containsString("Alle Überfälligen erinnern")));
    // Linda Schütt (koordination@…) owns M-6, whose update is still a draft
    mvc.perform(get("/tasks").with(authentication(coordination)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Sachstand Q3/2026 für M-6")));
  }

  @Test
  void badScheduleAndPeriodAreNamedInGermanAndKeepWhatWasTyped() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    var coordination = Users.in(muster, Role.COORDINATION);
    mvc.perform(
            post("/strategy-versions/" + inForce() + "/reporting-schedule")
                .with(authentication(coordination))
                .with(csrf())
                .param("cadence", "QUARTERLY")
                .param("dueDays", "15")
                .param("remindDaysBefore", "0")
                .param("remindDaysAfter", "3")
                .param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Zwischen 1 und 60 Tagen.")))
        .andExpect(content().string(containsString("value=\"0\"")));
    // a report without any section: every box unticked (the form sends only the marker)
    mvc.perform(
            post("/strategy-versions/" + inForce() + "/reporting-schedule")
                .with(authentication(coordination))
                .with(csrf())
                .param("cadence", "QUARTERLY")
                .param("dueDays", "15")
                .param("remindDaysBefore", "5")
                .param("remindDaysAfter", "3")
                .param("_reportSections", "on")
                .param("reportIntro", "Vorwort für den Hauptausschuss")
                .param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Mindestens einen Abschnitt des Berichts auswählen.")))
        .andExpect(content().string(containsString("Vorwort für den Hauptausschuss")));
    mvc.perform(
            post("/strategy-versions/" + inForce() + "/reporting-rounds")
                .with(authentication(coordination))
                .with(csrf())
                .param("period", "Q9/2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("„Q9/2026“ ist kein Berichtszeitraum")))
        .andExpect(content().string(containsString("value=\"Q9/2026\"")));
    // a pasted novel: the form again with the value kept and named (was 500: the error summary's
    // expression refused to join texts beyond 100,000 characters)
    String novel = "Q".repeat(120_000);
    mvc.perform(
            post("/strategy-versions/" + inForce() + "/reporting-rounds")
                .with(authentication(coordination))
                .with(csrf())
                .param("period", novel))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Berichtszeitraum: „" + novel + "“ ist kein")))
        .andExpect(content().string(containsString("value=\"" + novel + "\"")));
  }

  @Test
  void dashboardAndArchiveShowTheLastClosedRound() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    var reader = Users.as(muster, Demo.MUSTER_READER, Role.READER);
    mvc.perform(get("/dashboard").with(authentication(reader)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/strategy-versions/" + inForce() + "/dashboard").with(authentication(reader)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Stand der Berichtsrunde Q2/2026")))
        .andExpect(content().string(containsString("Nach strategischen Zielen")))
        .andExpect(content().string(containsString("role=\"img\"")))
        .andExpect(content().string(containsString("Zahlen als Tabelle")))
        .andExpect(content().string(containsString("Verlauf über die letzten Berichtsrunden")))
        .andExpect(content().string(containsString("Q3/2025")))
        .andExpect(content().string(containsString("M-4 – Sicherer elektronischer Zugang")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Zustimmung des Schulausschusses zur Vergabe an den zweitplatzierten Bieter.")))
        .andExpect(content().string(containsString("schlechteste Ampel ihrer Maßnahmen")));
    long strategy =
        jdbc.queryForObject(
            "select strategy_id from strategy_version where id = ?", Long.class, inForce());
    mvc.perform(get("/strategies/" + strategy + "/progress-reports").with(authentication(reader)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Fortschrittsbericht Q2/2026")))
        .andExpect(content().string(containsString(".docx")));
  }
}
