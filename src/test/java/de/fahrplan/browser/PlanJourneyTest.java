package de.fahrplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.fahrplan.support.Browser;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Koordination shapes the draft of the Fortschreibung in Chromium: a measure with a validation
 * error then saved, its money for a budget year in German notation, and the resource table that
 * sums it up. axe-core checks every page.
 */
@FahrplanTest
@Tag("browser")
@ExtendWith(Browser.class)
class PlanJourneyTest {

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  private long draft() {
    return jdbc.queryForObject(
        "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt'"
            + " and v.status = 'DRAFT'",
        Long.class);
  }

  /** A measure of the test's own in the draft, through the form; its page is open afterwards. */
  private void createMeasure(Page page, long draft, String code, String title) {
    page.navigate("http://localhost:" + port + "/strategy-versions/" + draft + "/measures/new");
    page.getByLabel("Kürzel").fill(code);
    page.getByLabel("Maßnahme", new Page.GetByLabelOptions().setExact(true)).fill(title);
    page.getByLabel("A – Elektronische Aktenführung in allen Fachbereichen").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
    assertThat(page.locator("h1")).hasText(code + " – " + title);
  }

  private void signIn(Page page) {
    page.navigate("http://localhost:" + port + "/login");
    page.getByLabel("E-Mail-Adresse").fill(Demo.MUSTER_ADMIN);
    page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(Demo.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
    // the home page, before any link of the navigation is clicked
    assertThat(page.locator("h1")).containsText("Willkommen");
  }

  private int count(long measure, String milestone) {
    return jdbc.queryForObject(
        "select count(*) from milestone where measure_id = ? and title = ?",
        Integer.class,
        measure,
        milestone);
  }

  /** A double click and „Zurück“ + „Speichern“ save a milestone once; a changed form is new. */
  @Test
  void aMilestoneIsSavedOnceDespiteDoubleClickAndBackAndSave() {
    long draft = draft();
    try (Browser browser = Browser.start()) {
      Page page = browser.newPage();
      signIn(page);
      // a measure of its own, so that the other tests' view of the draft stays as it was
      createMeasure(page, draft, "PROBE-MS", "Meilensteinprobe");
      long measure =
          jdbc.queryForObject(
              "select id from measure where strategy_version_id = ? and code = 'PROBE-MS'",
              Long.class,
              draft);
      page.navigate("http://localhost:" + port + "/measures/" + measure + "/milestones/new");
      page.getByLabel("Meilenstein", new Page.GetByLabelOptions().setExact(true))
          .fill("Doppelt geklickt");
      page.getByLabel("Geplant am").fill("2027-09-30");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).dblclick();
      assertThat(page.locator("main")).containsText("Doppelt geklickt");
      assertThat(count(measure, "Doppelt geklickt")).isEqualTo(1);
      browser.checkAccessibility(page);
      // back: the browser refills the form; sent again unchanged, it leads to the first result
      page.goBack();
      assertThat(page.getByLabel("Meilenstein", new Page.GetByLabelOptions().setExact(true)))
          .hasValue("Doppelt geklickt");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
      assertThat(page.locator("main")).containsText("Das ist bereits erledigt");
      assertThat(count(measure, "Doppelt geklickt")).isEqualTo(1);
      // back and changed, it is a new milestone
      page.goBack();
      page.getByLabel("Meilenstein", new Page.GetByLabelOptions().setExact(true))
          .fill("Absichtlich ein zweiter");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
      assertThat(page.locator("main")).containsText("Gespeichert");
      assertThat(count(measure, "Absichtlich ein zweiter")).isEqualTo(1);
      assertThat(browser.violations()).isEmpty();
    }
  }

  /**
   * Without JavaScript: „Löschen“ on a new measure only asks (a stray click after saving lands on
   * the question), „Abbrechen“ keeps it, the confirmed question deletes it.
   */
  @Test
  void deletingAMeasureAsksFirstAlsoWithoutJavaScript() {
    long draft = draft();
    try (Browser browser = Browser.start()) {
      Page page = browser.newPageWithoutJavaScript();
      signIn(page);
      createMeasure(page, draft, "PROBE-LOESCHEN", "Probeweise angelegt");

      Runnable delete =
          () ->
              page.getByRole(
                      AriaRole.BUTTON,
                      new Page.GetByRoleOptions().setName("Löschen").setExact(true))
                  .click();
      delete.run();
      assertThat(page.locator("h1"))
          .hasText("Maßnahme PROBE-LOESCHEN „Probeweise angelegt“ ohne Meilensteine löschen?");
      assertThat(page.locator("main")).containsText("Das lässt sich nicht rückgängig machen.");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Abbrechen")).click();
      assertThat(page.locator("h1")).hasText("PROBE-LOESCHEN – Probeweise angelegt");

      delete.run();
      delete.run();
      assertThat(page.locator("main")).containsText("Gelöscht.");
      assertThat(page.locator("main")).not().containsText("PROBE-LOESCHEN");
    }
  }

  @Test
  void aMeasureWithItsMoneyReachesTheResourceTable() {
    try (Browser browser = Browser.start()) {
      Page page = browser.newPage();
      signIn(page);

      // the plan in force is read-only
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Maßnahmenplan").setExact(true))
          .first()
          .click();
      assertThat(page).hasURL(Pattern.compile(".*/strategy-versions/\\d+/plan.*"));
      assertThat(page.locator("main"))
          .containsText("M-1 – Einführung eines Dokumentenmanagementsystems");
      // the plan in force is read-only: no new planned measure, only an unplanned one
      assertThat(page.getByText("Maßnahme anlegen", new Page.GetByTextOptions().setExact(true)))
          .hasCount(0);
      assertThat(page.getByText("Überplanmäßige Maßnahme anlegen")).hasCount(1);
      browser.checkAccessibility(page);

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Strategie").setExact(true))
          .first()
          .click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fassung 2")).click();
      // the strategies page says "Entwurf" too: wait for the version's own page before going on
      assertThat(page).hasURL(Pattern.compile(".*/strategy-versions/\\d+$"));
      assertThat(page.locator("main")).containsText("Entwurf");
      browser.checkAccessibility(page);
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Maßnahmenplan").setExact(true))
          .last()
          .click();
      assertThat(page).hasURL(Pattern.compile(".*/strategy-versions/\\d+/plan.*"));
      page.getByRole(
              AriaRole.LINK,
              new Page.GetByRoleOptions()
                  .setName(
                      "Maßnahme anlegen – A – Elektronische Aktenführung in allen Fachbereichen"))
          .click();
      browser.checkAccessibility(page);
      page.getByLabel("Kürzel").fill("M-15");
      page.getByLabel("Maßnahme", new Page.GetByLabelOptions().setExact(true))
          .fill("E-Rechnung im Rechnungseingang");
      page.getByLabel("A – Elektronische Aktenführung in allen Fachbereichen").uncheck();
      page.getByLabel("Geplantes Ende").fill("2027-12-31");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
      assertThat(page.locator("#goalIds-error"))
          .containsText("Wählen Sie mindestens ein strategisches Ziel.");
      assertThat(page.getByLabel("Kürzel")).hasValue("M-15");
      browser.checkAccessibility(page);
      page.getByLabel("A – Elektronische Aktenführung in allen Fachbereichen").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("M-15 – E-Rechnung im Rechnungseingang");
      assertThat(page.locator("main")).containsText("mittelfristig");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Haushaltsjahr hinzufügen"))
          .click();
      page.getByLabel("Haushaltsjahr").fill("2027");
      page.getByLabel("konsumtiv").fill("12.500,50");
      page.getByLabel("neue Stellen").fill("0,5");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
      assertThat(page.locator("main")).containsText("12.500,50");
      browser.checkAccessibility(page);

      // the grid of all years, while someone else changes 2027: the grid says so, beside the
      // stored figures, and keeps what was typed
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle Haushaltsjahre bearbeiten"))
          .click();
      page.getByLabel("konsumtiv 2027").fill("14.000,00");
      jdbc.update(
          "update resource_entry set consumptive = 13000, version = version + 1"
              + " where budget_year = 2027 and measure_id in (select m.id from measure m"
              + " join strategy_version v on v.id = m.strategy_version_id"
              + " where m.code = 'M-15' and v.status = 'DRAFT')");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
      assertThat(page.locator("main")).containsText("inzwischen von einer anderen Person geändert");
      assertThat(page.locator("main")).containsText("konsumtiv 13.000,00");
      assertThat(page.getByLabel("konsumtiv 2027")).hasValue("14.000,00");
      browser.checkAccessibility(page);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
      assertThat(page.locator("main")).containsText("14.000,00");

      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Maßnahmenplan").setExact(true))
          .last()
          .click();
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Personal und Finanzmittel"))
          .click();
      // per measure: other tests plan money under goal A in the same database
      page.getByLabel("Gruppieren nach")
          .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Maßnahme"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern")).click();
      assertThat(page.locator("main")).containsText("M-15 – E-Rechnung im Rechnungseingang");
      assertThat(
              page.getByRole(
                  AriaRole.TABLE, new Page.GetByRoleOptions().setName("Finanzmittel konsumtiv")))
          .containsText("14.000,00");
      browser.checkAccessibility(page);
      assertThat(browser.violations()).isEmpty();
    }
  }

  /** Import a list, see the row error, upload the fixed list; then priority and participants. */
  @Test
  void anImportedListWithARowErrorIsFixedAndTheMeasuresGetPriorityAndParticipants() {
    try (Browser browser = Browser.start()) {
      Page page = browser.newPage();
      signIn(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Strategie").setExact(true))
          .first()
          .click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fassung 2")).click();
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Maßnahmenplan").setExact(true))
          .last()
          .click();
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Maßnahmenliste importieren"))
          .click();
      browser.checkAccessibility(page);
      String broken =
          "Nr.;Maßnahme;Ziel;Ende;Mittel konsumtiv;Haushaltsjahr\n"
              + "J-1;Digitale Bauakte;A;31.12.2027;1.234,56 €;2027\n"
              + "J-2;Digitaler Bauantrag;B;31.02.2027;;\n";
      page.getByLabel("Datei", new Page.GetByLabelOptions().setExact(false))
          .setInputFiles(
              new com.microsoft.playwright.options.FilePayload(
                  "liste.csv",
                  "text/csv",
                  broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vorschau")).click();
      assertThat(page.locator("main")).containsText("„31.02.2027“ ist kein gültiges Datum");
      assertThat(
              page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importieren")))
          .hasCount(0);
      browser.checkAccessibility(page);
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Korrigierte Datei hochladen"))
          .click();
      page.getByLabel("Datei", new Page.GetByLabelOptions().setExact(false))
          .setInputFiles(
              new com.microsoft.playwright.options.FilePayload(
                  "liste.csv",
                  "text/csv",
                  broken
                      .replace("31.02.2027", "28.02.2027")
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vorschau")).click();
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importieren").setExact(false))
          .click();
      assertThat(page.locator("main"))
          .containsText("2 Maßnahmen importiert (2 neu, 0 aktualisiert)");
      browser.checkAccessibility(page);

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("J-1 – Digitale Bauakte"))
          .click();
      assertThat(page.locator("main")).containsText("1.234,56");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten"))
          .first()
          .click();
      page.getByLabel("Nutzen für Bürgerinnen, Bürger und Unternehmen").selectOption("3");
      page.getByLabel("Aufwand", new Page.GetByLabelOptions().setExact(true)).selectOption("1");
      page.locator("#priorityOverride").selectOption("HIGH");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
      assertThat(page.locator("#priorityReason-error")).containsText("Bitte begründen");
      browser.checkAccessibility(page);
      page.getByLabel("Begründung der Priorität von Hand").fill("Auftrag des Hauptausschusses");
      page.getByLabel("Schlagworte").fill("Bauen, OZG");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
      assertThat(page.locator("main")).containsText("Auftrag des Hauptausschusses");
      page.getByLabel("Organisationseinheit, Person oder Gremium")
          .selectOption(
              new com.microsoft.playwright.options.SelectOption()
                  .setLabel("Personalrat der Stadtverwaltung"));
      page.getByLabel("Rolle", new Page.GetByLabelOptions().setExact(true))
          .selectOption("CONSULTED");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beteiligte hinzufügen"))
          .click();
      assertThat(page.locator("main"))
          .containsText("Personalrat der Stadtverwaltung: konsultiert (C)");
      browser.checkAccessibility(page);

      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Maßnahmenplan").setExact(true))
          .last()
          .click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prioritätenmatrix"))
          .click();
      assertThat(page.locator("main table")).containsText("J-1 – Digitale Bauakte");
      browser.checkAccessibility(page);
      assertThat(browser.violations()).isEmpty();
    }
  }
}
