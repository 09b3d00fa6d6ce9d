package de.fahrplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.ScreenshotType;
import de.fahrplan.support.Browser;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journeys of the Benutzerhandbuch (docs/benutzerhandbuch.md), in Chromium, with the pictures
 * it shows: the start page of each role (Koordination, Fachbereich, Bürgermeister), the
 * organisation, the plan, the money grid, a department's messy Excel list imported (sheet chosen,
 * unknown unit mapped, years side by side, „7.1“ under „7“, a line of sums), the header search, the
 * round, a status update, the Lagebild and the report. axe-core checks every page.
 *
 * <p>The pictures go to target/benutzerhandbuch; with {@code -Dfahrplan.handbook.write=true} to
 * docs/benutzerhandbuch (commit them). The handbook may show only pictures this journey makes, and
 * every one of them must be committed.
 */
@FahrplanTest
@Tag("browser")
@ExtendWith(Browser.class)
class HandbookJourneyTest {

  private static final Path HANDBOOK = Path.of("docs/benutzerhandbuch.md");
  private static final Path COMMITTED = Path.of("docs/benutzerhandbuch");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private final List<String> pictures = new ArrayList<>();

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private long id(String sql) {
    return jdbc.queryForObject(sql, Long.class, Demo.bodyId(jdbc, "musterstadt"));
  }

  private void signIn(Page page, String email) {
    page.navigate(url("/login"));
    page.getByLabel("E-Mail-Adresse").fill(email);
    page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(Demo.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
  }

  /** A picture of what the user sees (the window, not the whole page), checked by axe. */
  private void picture(Browser browser, Page page, String name) throws IOException {
    picture(browser, page, name, false);
  }

  private void picture(Browser browser, Page page, String name, boolean wholePage)
      throws IOException {
    browser.checkAccessibility(page);
    boolean write = Boolean.getBoolean("fahrplan.handbook.write");
    Path dir = write ? COMMITTED : Path.of("target/benutzerhandbuch");
    Files.createDirectories(dir);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(dir.resolve(name + ".jpg"))
            .setFullPage(wholePage)
            .setType(ScreenshotType.JPEG)
            .setQuality(70));
    pictures.add(name + ".jpg");
  }

  private void button(Page page, String name) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
        .click();
  }

  @Test
  void theHandbooksJourneysWorkAndMakeItsPictures() throws Exception {
    long draft =
        id(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.tenant_id = ? and v.status = 'DRAFT'"
                + " and s.title = 'Digitale Strategie der Hansestadt Musterstadt'");
    long inForce =
        id(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.tenant_id = ? and v.status = 'IN_FORCE'"
                + " and s.title = 'Digitale Strategie der Hansestadt Musterstadt'");
    try (Browser browser = Browser.start()) {
      Page page = browser.newPage();
      signIn(page, Demo.MUSTER_ADMIN);
      // Koordination: what is due – the open round and its progress, overdue milestones, the report
      assertThat(page.locator("h1")).containsText("Willkommen");
      assertThat(page.locator("main")).containsText("Berichtsrunde");
      assertThat(page.locator("main")).containsText("Überfällige Meilensteine");
      assertThat(page.locator("main")).containsText("Fortschrittsbericht");
      picture(browser, page, "startseite-koordination");

      page.navigate(url("/org-units"));
      assertThat(page.locator("main")).containsText("Bürgerbüro");
      picture(browser, page, "organisation");

      page.navigate(url("/strategy-versions/" + draft + "/plan"));
      assertThat(page.locator("main")).containsText("M-1");
      picture(browser, page, "massnahmenplan");

      long measure =
          jdbc.queryForObject(
              "select id from measure where strategy_version_id = ? and code = 'M-1'",
              Long.class,
              draft);
      page.navigate(url("/measures/" + measure + "/resources/grid"));
      assertThat(page.locator("h1")).containsText("M-1");
      picture(browser, page, "geldraster");

      // a department's list: notes on the first sheet, a title block, years side by side
      page.navigate(url("/strategy-versions/" + draft + "/measure-import"));
      picture(browser, page, "import-hochladen");
      page.getByLabel("Datei")
          .setInputFiles(
              new FilePayload(
                  "bauverwaltung.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  de.fahrplan.support.Workbooks.departmentList("H", "Bauverwaltung", "3.100")));
      button(page, "Vorschau anzeigen");
      assertThat(page.locator("main")).containsText("keiner Spalte zugeordnet");
      page.getByLabel("Tabellenblatt")
          .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Maßnahmen"));
      button(page, "Zuordnung übernehmen");
      assertThat(page.locator("main")).containsText("Unbekannte Organisationseinheiten");
      assertThat(page.locator("main"))
          .containsText("Summenzeilen werden nicht übernommen: Zeile 8");
      page.getByLabel("„Bauverwaltung“")
          .selectOption(
              new com.microsoft.playwright.options.SelectOption()
                  .setLabel("3.100 – Schulen und Sport"));
      button(page, "Einheiten übernehmen");
      assertThat(page.locator("main")).containsText("3 neu, 0 werden aktualisiert, 0 unverändert");
      assertThat(page.locator("main")).containsText("12.500,00\u00a0€ konsumtiv");
      picture(browser, page, "import-vorschau", true);
      button(page, "3 Zeilen importieren");
      assertThat(page.locator("main"))
          .containsText("3 Maßnahmen importiert (3 neu, 0 aktualisiert)");
      assertThat(page.locator("main")).containsText("H-7.1");

      // the header search finds the imported measure by a word of its title
      page.locator("#site-search").fill("Bauakte");
      page.locator("#site-search").press("Enter");
      assertThat(page.locator("main")).containsText("H-7");
      picture(browser, page, "suche");

      long round =
          id(
              "select r.id from reporting_round r join strategy_version v"
                  + " on v.id = r.strategy_version_id where r.tenant_id = ? and r.status = 'OPEN'"
                  + " order by r.id fetch first 1 rows only");
      page.navigate(url("/reporting-rounds/" + round));
      assertThat(page.locator("main")).containsText("eingereicht");
      picture(browser, page, "berichtsrunde");

      page.navigate(url("/strategy-versions/" + inForce + "/dashboard"));
      picture(browser, page, "lagebild");

      long strategy =
          id(
              "select id from strategy where tenant_id = ?"
                  + " and title = 'Digitale Strategie der Hansestadt Musterstadt'");
      page.navigate(url("/strategies/" + strategy + "/progress-reports"));
      assertThat(page.locator("main")).containsText("DOCX");
      picture(browser, page, "fortschrittsbericht");

      // Fachbereich: his own task on the start page, the status update behind it
      Page department = browser.newPage();
      signIn(department, "fachbereich@musterstadt.example");
      assertThat(department.locator("main")).containsText("Ihre Aufgaben");
      picture(browser, department, "startseite-fachbereich");
      department.locator("main a[href^='/status-updates/']").first().click();
      assertThat(department.locator("h1")).containsText("Sachstand");
      picture(browser, department, "statusmeldung");

      // the mayor reads: the strategy's state, not the organisation's upkeep
      Page mayor = browser.newPage();
      signIn(mayor, Demo.MUSTER_READER);
      assertThat(mayor.locator("main")).containsText("Berichtsrunde");
      assertThat(mayor.locator("main")).not().containsText("Hier pflegen Sie die Organisation");
      picture(browser, mayor, "startseite-lesen");

      assertThat(browser.violations()).isEmpty();
    }
    // the handbook shows exactly the pictures this journey makes, and they are committed
    String handbook = Files.readString(HANDBOOK);
    Matcher shown = Pattern.compile("\\]\\(benutzerhandbuch/([^)]+)\\)").matcher(handbook);
    List<String> referenced = new ArrayList<>();
    while (shown.find()) {
      referenced.add(shown.group(1));
    }
    assertThat(referenced).containsExactlyInAnyOrderElementsOf(pictures);
    for (String picture : pictures) {
      assertThat(COMMITTED.resolve(picture)).as("committed").isRegularFile();
    }
  }
}
