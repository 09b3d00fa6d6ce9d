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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

  /** A call to the REST API with the demo coordination's token; answers the JSON. */
  private JsonNode api(String method, String path, String ifMatch, String body) throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
            .header("Authorization", Demo.bearer(Demo.MUSTER_TOKEN))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", "\"" + ifMatch + "\"");
    }
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isLessThan(300);
    return JsonMapper.builder().build().readTree(response.body());
  }

  /**
   * A strategy of its own (so the demo's open round stays open for the other tests): the owner
   * reports a milestone as moved – first without the reason – and submits; the coordination closes
   * the round and downloads the frozen progress report.
   */
  @Test
  void ownerReportsAMovedMilestoneCoordinationClosesTheRoundAndDownloadsTheReport()
      throws Exception {
    long jensen =
        jdbc.queryForObject(
            "select id from person where email = 'fachbereich@musterstadt.example'", Long.class);
    long version =
        api(
                "POST",
                "/api/v1/strategies",
                null,
                "{\"title\":\"Browserbericht\",\"startYear\":2021,\"endYear\":2030}")
            .get("id")
            .asLong();
    long field =
        api(
                "POST",
                "/api/v1/strategy-versions/" + version + "/fields-of-action",
                null,
                "{\"code\":\"HF\",\"title\":\"Verwaltung\"}")
            .get("id")
            .asLong();
    long goal =
        api(
                "POST",
                "/api/v1/strategy-versions/" + version + "/goals",
                null,
                "{\"code\":\"A\",\"title\":\"Ziel A\",\"fieldOfActionIds\":[" + field + "]}")
            .get("id")
            .asLong();
    long measure =
        api(
                "POST",
                "/api/v1/strategy-versions/" + version + "/measures",
                null,
                "{\"code\":\"B-1\",\"title\":\"Browsermaßnahme\",\"goalIds\":["
                    + goal
                    + "],\"status\":\"IN_PROGRESS\",\"responsiblePersonId\":"
                    + jensen
                    + "}")
            .get("id")
            .asLong();
    api(
        "POST",
        "/api/v1/measures/" + measure + "/milestones",
        null,
        "{\"title\":\"Pilotbetrieb\",\"plannedDate\":\"2026-03-15\"}");
    api(
        "POST",
        "/api/v1/measures/" + measure + "/resources",
        null,
        "{\"budgetYear\":2027,\"consumptive\":5000,\"budgetStatus\":\"REGISTERED\"}");
    long council =
        jdbc.queryForObject(
            "select id from organization where short_name = 'Bürgerschaft'", Long.class);
    api(
        "POST",
        "/api/v1/strategy-versions/" + version + "/adoption",
        "0",
        "{\"adoptedOn\":\"2024-02-01\",\"adoptedById\":"
            + council
            + ",\"inForceFrom\":\"2024-02-01\"}");
    api("POST", "/api/v1/strategy-versions/" + version + "/in-force", "1", null);
    long round =
        api(
                "POST",
                "/api/v1/reporting-rounds",
                null,
                "{\"strategyVersionId\":"
                    + version
                    + ",\"period\":\"Q1/2026\",\"confirmPastDueDate\":true}")
            .get("id")
            .asLong();

    try (Browser browser = Browser.start()) {
      Page owner = as(browser, "fachbereich@musterstadt.example");
      owner
          .getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Meine Aufgaben").setExact(true))
          .first()
          .click();
      owner
          .getByRole(
              AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Sachstand Q1/2026 für B-1 – Browsermaßnahme"))
          .click();
      owner.getByLabel("Ampel").selectOption("ON_TRACK");
      owner.getByLabel("Fortschritt in Prozent (0–100)").fill("30");
      owner.getByLabel("Neuer Termin für „Pilotbetrieb“").fill("2026-06-30");
      owner.getByLabel("Bisher ausgegeben 2026 in Euro").fill("1.250,50");
      owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einreichen")).click();
      assertThat(owner.locator("#error-summary"))
          .containsText("Ein neuer Termin braucht eine Begründung.");
      assertThat(owner.getByLabel("Bisher ausgegeben 2026 in Euro")).hasValue("1.250,50");
      browser.checkAccessibility(owner);
      owner
          .getByLabel("Begründung für den neuen Termin von „Pilotbetrieb“")
          .fill("Hardware kam später");
      owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einreichen")).click();
      assertThat(owner.locator("main")).containsText("Der Sachstand ist eingereicht.");
      assertThat(owner.locator("main"))
          .containsText("neuer Termin 30.06.2026 – Hardware kam später");
      assertThat(owner.locator("main")).containsText("keine Planung für dieses Jahr");

      Page coordination = as(browser, Demo.MUSTER_ADMIN);
      // a report without any section is refused; the typed introduction stays
      coordination.navigate(
          "http://localhost:" + port + "/strategy-versions/" + version + "/reporting");
      for (var box : coordination.locator("input[name=reportSections]").all()) {
        box.uncheck();
      }
      coordination.getByLabel("Einleitung des Berichts").fill("Für den Hauptausschuss");
      coordination.locator("form[action$='reporting-schedule'] button[type=submit]").click();
      assertThat(coordination.locator("#error-summary"))
          .containsText("Mindestens einen Abschnitt des Berichts auswählen.");
      assertThat(coordination.getByLabel("Einleitung des Berichts"))
          .hasValue("Für den Hauptausschuss");
      browser.checkAccessibility(coordination);
      coordination.navigate("http://localhost:" + port + "/reporting-rounds/" + round);
      // the submitted update is named before closing; accepting it on the way moves it into the
      // plan
      assertThat(coordination.locator("main"))
          .containsText("Ein Sachstand ist eingereicht, aber noch nicht angenommen");
      browser.checkAccessibility(coordination);
      coordination
          .getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Alle annehmen und Runde schließen"))
          .click();
      // closing is asked first and says what it does
      assertThat(coordination.locator("h1")).hasText("Berichtsrunde Q1/2026 schließen?");
      assertThat(coordination.locator("main"))
          .containsText("Ein eingereichter Sachstand wird dabei angenommen.");
      browser.checkAccessibility(coordination);
      coordination
          .getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Berichtsrunde schließen"))
          .click();
      assertThat(coordination.locator("main")).containsText("Die Berichtsrunde ist geschlossen.");
      browser.checkAccessibility(coordination);
      var download =
          coordination.waitForDownload(
              () ->
                  coordination
                      .getByRole(
                          AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF").setExact(true))
                      .click());
      byte[] pdf = java.nio.file.Files.readAllBytes(download.path());
      try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
        assertThat(
                new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
            .contains("Fortschrittsbericht Q1/2026")
            .contains(
                "Pilotbetrieb (geplant 15.03.2026): neuer Termin 30.06.2026 – Hardware kam später");
      }
      coordination.navigate(
          "http://localhost:" + port + "/strategy-versions/" + version + "/dashboard");
      assertThat(coordination.locator("main")).containsText("Nach strategischen Zielen");
      browser.checkAccessibility(coordination);
      // the accepted report is the plan's state: the roadmap shows the moved milestone
      coordination.navigate(
          "http://localhost:" + port + "/strategy-versions/" + version + "/roadmap");
      assertThat(coordination.locator("main"))
          .containsText("Pilotbetrieb: 15.03.2026 (verschoben auf 30.06.2026");
      browser.checkAccessibility(coordination);
      // the plan in force keeps its execution state: complete the measure, approve the money
      coordination.navigate("http://localhost:" + port + "/measures/" + measure);
      coordination.locator("#status").selectOption("COMPLETED");
      coordination.locator("#actualEnd").fill("2026-11-30");
      coordination.locator("#comment").fill("Abnahme im Browser");
      coordination
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stand speichern"))
          .click();
      assertThat(coordination.locator("main"))
          .containsText("Der Stand der Umsetzung ist gespeichert.");
      coordination.getByLabel("Haushaltsstatus 2027").selectOption("APPROVED");
      coordination.getByLabel("Anlass für 2027").fill("Haushalt 2027 beschlossen");
      // submitted from the keyboard: Enter in the form's text field
      coordination.getByLabel("Anlass für 2027").press("Enter");
      assertThat(coordination.locator("main"))
          .containsText(
              "Der Haushaltsstatus ist gespeichert.",
              new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                  .setTimeout(15000));
      assertThat(coordination.locator("main")).containsText("Abnahme im Browser");
      assertThat(coordination.locator("main")).containsText("Haushalt 2027 beschlossen");
      browser.checkAccessibility(coordination);
      assertThat(browser.violations()).isEmpty();
    }
  }
}
