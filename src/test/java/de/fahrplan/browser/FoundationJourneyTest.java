package de.fahrplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.fahrplan.support.Browser;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The foundation journey in real headless Chromium: log in, switch municipality, create an org unit
 * (first with a validation error), create a committee with members. Every page visited is checked
 * with axe-core for WCAG 2.1 AA.
 */
@FahrplanTest
@Tag("browser")
@ExtendWith(Browser.class)
class FoundationJourneyTest {

  static Browser browser;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void login(Page page, String email) {
    page.navigate(url("/login"));
    browser.checkAccessibility(page);
    page.getByLabel("E-Mail-Adresse").fill(email);
    page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(Demo.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .containsText("Willkommen");
    browser.checkAccessibility(page);
  }

  @Test
  void axeReallyReportsViolations() {
    Browser probe = Browser.start();
    try (probe) {
      Page page = probe.newPage();
      page.setContent("<html><body><input type=text><img src=x.png></body></html>");
      probe.checkAccessibility(page);
      assertThat(probe.violations())
          .anyMatch(v -> v.contains("label"))
          .anyMatch(v -> v.contains("image-alt"));
    }
  }

  @Test
  void switchMunicipalityInTheHeader() {
    Page page = browser.newPage();
    login(page, Demo.MULTI);
    page.getByLabel("Kommune").selectOption(new SelectOption().setLabel("Landkreis Beispielkreis"));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wechseln")).click();
    assertThat(page.locator("main")).containsText("Was für Sie in Landkreis Beispielkreis ansteht");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisationseinheiten"))
        .first()
        .click();
    assertThat(page.locator("main")).containsText("Büro Landrat");
    assertThat(page.locator("main")).not().containsText("Bürgerbüro");
    browser.checkAccessibility(page);
    page.close();
    assertThat(browser.violations()).isEmpty();
  }

  @Test
  void createOrgUnitWithAValidationErrorThenACommitteeWithMembers() {
    Page page = browser.newPage();
    login(page, Demo.MUSTER_ADMIN);

    page.navigate(url("/org-units"));
    browser.checkAccessibility(page);
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisationseinheit anlegen"))
        .click();
    browser.checkAccessibility(page);
    page.getByLabel("Kennung").fill("SC-1");
    page.getByLabel("Übergeordnete Einheit")
        .selectOption(new SelectOption().setLabel("\u00a0\u00a01.400 – IT und Digitalisierung"));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
    // error next to the field, typed input kept, summary on top
    assertThat(page.locator("#name-error")).containsText("Bitte ausfüllen.");
    assertThat(page.getByLabel("Kennung")).hasValue("SC-1");
    assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
    assertThat(page.getByRole(AriaRole.ALERT).first())
        .containsText("Bitte korrigieren Sie folgende Angaben");
    // said first: the title, then the summary, which has the focus (WCAG 3.3.1)
    assertThat(page).hasTitle("Fehler: Organisationseinheit anlegen – Fahrplan");
    assertThat(page.locator("#error-summary")).isFocused();
    browser.checkAccessibility(page);
    page.getByLabel("Bezeichnung").fill("Stabsstelle Smart City");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("SC-1 – Stabsstelle Smart City");
    assertThat(page.locator("main")).containsText("1.400 – IT und Digitalisierung");
    assertThat(page.locator("main")).containsText("angelegt");
    browser.checkAccessibility(page);

    page.navigate(url("/organizations/new"));
    browser.checkAccessibility(page);
    page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
        .fill("Projektgruppe Smart City");
    page.getByLabel("Art").selectOption(new SelectOption().setLabel("Arbeitsgruppe"));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("Projektgruppe Smart City");
    browser.checkAccessibility(page);

    addMember(page, "Kaya, Aylin (Chief Digital Officer)", "Vorsitz");
    addMember(page, "Schulz, Miriam (Datenschutzbeauftragte)", "informiert");
    assertThat(members(page)).containsText("Aylin Kaya");
    assertThat(members(page)).containsText("Miriam Schulz");
    browser.checkAccessibility(page);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/committee.png"))
            .setFullPage(true));
    page.close();
    assertThat(browser.violations()).isEmpty();
  }

  private void addMember(Page page, String person, String role) {
    page.getByLabel("Person").selectOption(new SelectOption().setLabel(person));
    page.getByLabel("Rolle").selectOption(new SelectOption().setLabel(role));
    if (role.equals("informiert")) {
      page.getByLabel("Stimmrecht").uncheck();
    }
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mitglied hinzufügen"))
        .click();
    assertThat(members(page)).containsText(role);
  }

  private static com.microsoft.playwright.Locator members(Page page) {
    return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Mitglieder"));
  }
}
