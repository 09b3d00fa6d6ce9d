package de.fahrplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import de.fahrplan.support.Browser;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A paper's way in Chromium: the Koordination writes it (a mistake kept with what was typed), plans
 * its Beratungsfolge, asks the Bürgerbüro for a statement and signs; the release is refused while
 * the statement is missing; the Bürgerbüro's lead answers from "Meine Aufgaben"; the paper is
 * released, the committee's result recorded, and the paper is fixed. axe-core checks every page.
 */
@FahrplanTest
@Tag("browser")
@ExtendWith(Browser.class)
class CouncilJourneyTest {

  @LocalServerPort int port;
  @Autowired Clock clock;

  @Autowired JdbcTemplate jdbc;

  private String id(String sql) {
    return String.valueOf(jdbc.queryForObject(sql, Long.class));
  }

  private Page login(Browser browser, String email) {
    Page page = browser.newPage();
    page.navigate("http://localhost:" + port + "/login");
    page.getByLabel("E-Mail-Adresse").fill(email);
    page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(Demo.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
    return page;
  }

  private void click(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
        .click();
  }

  @Test
  void aPaperIsWrittenAskedSignedReleasedAndDecided() {
    LocalDate today = LocalDate.now(clock);
    long muster = Demo.bodyId(jdbc, "musterstadt");
    try (Browser browser = Browser.start()) {
      Page coordinator = login(browser, Demo.MUSTER_ADMIN);
      coordinator
          .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vorlagen").setExact(true))
          .first()
          .click();
      browser.checkAccessibility(coordinator);
      coordinator
          .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Vorlage"))
          .click();
      coordinator.getByLabel("Vorlagenart").selectOption("Mitteilungsvorlage");
      coordinator
          .getByLabel("Sachverhalt und Begründung")
          .fill("Online-Terminbuchung im Bürgerbüro");
      click(coordinator, "Speichern");
      assertThat(coordinator.locator("#error-summary")).isVisible();
      assertThat(coordinator.getByLabel("Sachverhalt und Begründung"))
          .hasValue("Online-Terminbuchung im Bürgerbüro");
      browser.checkAccessibility(coordinator);
      coordinator.getByLabel("Betreff").fill("Termine online buchen");
      click(coordinator, "Speichern");
      assertThat(coordinator.locator("main")).containsText("Die Vorlage ist angelegt.");
      String reference = coordinator.locator("dd").first().innerText().strip();
      assertThat(reference).matches("VO/\\d{4}/\\d{5}");

      // Beratungsfolge, statement, sign-off
      coordinator
          .getByLabel("Gremium", new Page.GetByLabelOptions().setExact(true))
          .selectOption(id("select id from organization where short_name = 'HDA'"));
      coordinator
          .getByLabel("Zuständigkeit", new Page.GetByLabelOptions().setExact(true))
          .selectOption("NOTICE");
      coordinator.locator("#meetingDate").fill(today.toString());
      click(coordinator, "Gremium zur Beratungsfolge hinzufügen");
      assertThat(coordinator.locator("main"))
          .containsText("Das Gremium ist in der Beratungsfolge.");
      coordinator
          .locator("#statementUnit")
          .selectOption(
              id("select id from org_unit where code = '2.100' and tenant_id = " + muster));
      coordinator.locator("#statementDue").fill(today.plusWeeks(2).toString());
      click(coordinator, "Stellungnahme anfragen");
      // the table of requests (the form's own choices name the Bürgerbüro already: waiting for
      // them would let the next steps run on the page before the answer)
      assertThat(coordinator.locator("#stellungnahmen").locator("..").locator("table"))
          .containsText("2.100 – Bürgerbüro");
      // an Anlage: a file whose content lies about its ending is refused at the form, with the
      // title kept; the real one is listed and numbered
      coordinator
          .locator("#file")
          .setInputFiles(
              new FilePayload(
                  "stellungnahme.pdf",
                  "application/pdf",
                  "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
      coordinator.locator("#fileTitle").fill("Stellungnahme des Gesamtpersonalrats");
      click(coordinator, "Anlage hochladen");
      assertThat(coordinator.locator("#file-error")).containsText("stellungnahme.pdf");
      assertThat(coordinator.locator("#fileTitle"))
          .hasValue("Stellungnahme des Gesamtpersonalrats");
      browser.checkAccessibility(coordinator);
      coordinator
          .locator("#file")
          .setInputFiles(
              new FilePayload(
                  "stellungnahme.txt",
                  "text/plain",
                  "Der Gesamtpersonalrat stimmt zu.".getBytes(StandardCharsets.UTF_8)));
      click(coordinator, "Anlage hochladen");
      assertThat(coordinator.locator("main")).containsText("Die Anlage ist hochgeladen.");
      assertThat(coordinator.locator("#anlagen").locator(".."))
          .containsText("Anlage 1: Stellungnahme des Gesamtpersonalrats (TXT)");
      coordinator
          .getByLabel("Person für die Abzeichnung")
          .selectOption(id("select id from person where email = '" + Demo.MUSTER_ADMIN + "'"));
      click(coordinator, "An die Reihenfolge anfügen");
      click(coordinator, "Jetzt abzeichnen");
      assertThat(coordinator.locator("main")).containsText("Sie haben die Vorlage abgezeichnet.");
      click(coordinator, "Vorlage freigeben");
      assertThat(coordinator.locator("main"))
          .containsText("Es fehlen: Stellungnahme 2.100 – Bürgerbüro");
      browser.checkAccessibility(coordinator);

      // the Bürgerbüro's lead answers from Meine Aufgaben
      Page lead = login(browser, "fachbereich@musterstadt.example");
      lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meine Aufgaben"))
          .first()
          .click();
      lead.getByRole(
              AriaRole.LINK,
              new Page.GetByRoleOptions()
                  .setName("Stellungnahme zu " + reference + " – Termine online buchen"))
          .click();
      browser.checkAccessibility(lead);
      lead.getByLabel("Votum").selectOption("NO_CONCERNS");
      click(lead, "Absenden");
      assertThat(lead.locator("main")).containsText("Die Antwort ist gespeichert.");

      // released, decided, fixed
      coordinator.reload();
      click(coordinator, "Vorlage freigeben");
      assertThat(coordinator.locator("main")).containsText("Die Vorlage ist freigegeben.");
      assertThat(coordinator.locator("#beratungsfolge").locator(".."))
          .containsText("Haupt- und Digitalisierungsausschuss");
      coordinator.locator("a[href$='/result']").first().click();
      browser.checkAccessibility(coordinator);
      coordinator
          .getByLabel("Ergebnis", new Page.GetByLabelOptions().setExact(true))
          .selectOption("NOTED");
      click(coordinator, "Ergebnis erfassen");
      assertThat(coordinator.locator("main")).containsText("Das Ergebnis ist erfasst.");
      assertThat(coordinator.locator("main")).containsText("erledigt");
      assertThat(
              coordinator.getByRole(
                  AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten").setExact(true)))
          .hasCount(0);
      browser.checkAccessibility(coordinator);
      assertThat(browser.violations()).isEmpty();
    }
  }
}
