package de.fahrplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.fahrplan.support.Browser;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The open demo round Q3/2026 in Chromium: the coordination returns M-4's submitted update, its
 * owner (Olaf Jensen, Bürgerbüro) finds it under "Meine Aufgaben", is told that "kritisch" needs an
 * explanation, resubmits, and the coordination accepts. axe-core checks every page.
 */
@FahrplanTest
@Tag("browser")
@ExtendWith(Browser.class)
class ReportingJourneyTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private void login(Page page, String email) {
    page.navigate("http://localhost:" + port + "/login");
    page.getByLabel("E-Mail-Adresse").fill(email);
    page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(Demo.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
  }

  private Page as(Browser browser, String email) {
    Page page = browser.newPage();
    login(page, email);
    return page;
  }

  @Test
  void ownerSubmitsCoordinationReturnsOwnerResubmitsCoordinationAccepts() {
    long update =
        jdbc.queryForObject(
            "select u.id from status_update u join reporting_round r on r.id = u.round_id"
                + " join measure m on m.id = u.measure_id"
                + " where r.status = 'OPEN' and m.code = 'M-4' and r.tenant_id = m.tenant_id"
                + " and m.title like 'Sicherer elektronischer Zugang%'",
            Long.class);
    String url = "http://localhost:" + port + "/status-updates/" + update;
    try (Browser browser = Browser.start()) {
      Page coordination = as(browser, Demo.MUSTER_ADMIN);
      coordination.navigate(url);
      assertThat(coordination.locator("main")).containsText("eingereicht");
      browser.checkAccessibility(coordination);
      coordination
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zurückgeben"))
          .click();
      assertThat(coordination.locator("main")).containsText("Bitte geben Sie eine Rückmeldung an");
      coordination
          .getByLabel("Rückmeldung an die verantwortliche Person")
          .fill("Bitte den neuen Termin der Landesschnittstelle nennen.");
      coordination
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zurückgeben"))
          .click();
      assertThat(coordination.locator("main")).containsText("Der Sachstand ist zurückgegeben.");

      Page owner = as(browser, "fachbereich@musterstadt.example");
      owner
          .getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Meine Aufgaben").setExact(true))
          .first()
          .click();
      assertThat(owner.locator("main"))
          .containsText("Bitte den neuen Termin der Landesschnittstelle nennen.");
      browser.checkAccessibility(owner);
      owner
          .getByRole(
              AriaRole.LINK,
              new Page.GetByRoleOptions()
                  .setName(
                      "Sachstand Q3/2026 für M-4 – Sicherer elektronischer Zugang (Nachfolge De-Mail)"))
          .click();
      owner.getByLabel("Ampel").selectOption("CRITICAL");
      owner.getByLabel("Erläuterung").fill("");
      owner.getByLabel("Was wurde erreicht?").fill("Testzugang zum Servicekonto eingerichtet.");
      owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einreichen")).click();
      assertThat(owner.locator("#error-summary"))
          .containsText("Bei „gefährdet“ und „kritisch“ ist eine Erläuterung Pflicht.");
      assertThat(owner.getByLabel("Was wurde erreicht?"))
          .hasValue("Testzugang zum Servicekonto eingerichtet.");
      browser.checkAccessibility(owner);
      owner
          .getByLabel("Erläuterung")
          .fill("Das Land gibt die Schnittstelle erst im 1. Quartal 2027 frei.");
      owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einreichen")).click();
      assertThat(owner.locator("main")).containsText("Der Sachstand ist eingereicht.");
      assertThat(owner.locator("main")).containsText("kritisch");

      coordination.navigate(url);
      coordination
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annehmen"))
          .click();
      assertThat(coordination.locator("main")).containsText("Der Sachstand ist angenommen.");
      browser.checkAccessibility(coordination);
      assertThat(browser.violations()).isEmpty();
    }
  }
}
