package de.fahrplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import de.fahrplan.support.Browser;
import de.fahrplan.support.FahrplanTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What a browser shows while Fahrplan starts (the first start loads the demo): the page "Fahrplan
 * startet", styled and axe-clean, whose link asks for the same page again – and that page once the
 * start is done.
 */
@FahrplanTest
@Tag("browser")
@ExtendWith(Browser.class)
class StartingPageTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void whileStartingTheBrowserShowsFahrplanStartsAndItsLinkLeadsToTheLoginOnceReady() {
    Object filter = context.getBean("startingUpFilter");
    try (Browser browser = Browser.start()) {
      Page page = browser.newPage();
      ReflectionTestUtils.setField(filter, "ready", false);
      try {
        Response response = page.navigate("http://localhost:" + port + "/login");
        assertThat(response.status()).isEqualTo(503);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
            .hasText("Fahrplan startet");
        // the stylesheet came, too: KERN's heading font, not the browser's default serif
        assertThat(
                (String)
                    page.locator("h1")
                        .evaluate("h => getComputedStyle(h).fontFamily.toLowerCase()"))
            .contains("fira");
        browser.checkAccessibility(page);
      } finally {
        ReflectionTestUtils.setField(filter, "ready", true);
      }
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Erneut versuchen"))
          .click();
      assertThat(page.getByLabel("E-Mail-Adresse")).isVisible();
      assertThat(browser.violations()).isEmpty();
    }
  }
}
