package de.fahrplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import de.fahrplan.support.Browser;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Lagebild printed from Chromium: the content without navigation, buttons and forms. */
@FahrplanTest
@Tag("browser")
@ExtendWith(Browser.class)
class PrintTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theLagebildPrintsItsContentOnly() throws Exception {
    long version =
        jdbc.queryForObject(
            "select min(id) from strategy_version where tenant_id = ? and status = 'IN_FORCE'",
            Long.class,
            Demo.bodyId(jdbc, "musterstadt"));
    try (Browser browser = Browser.start()) {
      Page page = browser.newPage();
      page.navigate("http://localhost:" + port + "/login");
      page.getByLabel("E-Mail-Adresse").fill(Demo.MUSTER_ADMIN);
      page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(Demo.PASSWORD);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
      page.navigate("http://localhost:" + port + "/strategy-versions/" + version + "/dashboard");
      assertThat(page.locator("nav.app-nav").isVisible()).isTrue();
      page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
      assertThat(page.locator("nav.app-nav").isVisible()).as("menu").isFalse();
      assertThat(page.locator("header button").first().isVisible()).as("log-out").isFalse();
      assertThat(page.locator("main h1").isVisible()).as("the heading stays").isTrue();
      // page.pdf() prints as the browser's print dialogue does
      try (var printed = org.apache.pdfbox.Loader.loadPDF(page.pdf())) {
        String text = new org.apache.pdfbox.text.PDFTextStripper().getText(printed);
        assertThat(text).contains("Lagebild").doesNotContain("Abmelden", "Meine Aufgaben");
      }
    }
  }
}
