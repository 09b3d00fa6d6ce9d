package de.fahrplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
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
 * A sign-in ends after eight hours without a request (WCAG 2.2.1, timing adjustable): five minutes
 * before, the page warns and offers to stay signed in; typing keeps it; once it has ended, the page
 * says so, keeps what was typed and sends no form – until its reader has signed in again in another
 * window: then the form is saved after all. The page's clock is moved (Playwright's clock); the
 * server's session is real.
 */
@FahrplanTest
@Tag("browser")
@ExtendWith(Browser.class)
class SessionEndTest {

  private static final long MINUTE = 60_000;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void thePageWarnsBeforeTheSignInEndsAndKeepsItOnRequest() {
    try (Browser browser = Browser.start()) {
      Page page = browser.newPage();
      page.clock().install();
      signIn(page);
      page.navigate(url("/org-units/new"));
      Locator warning = page.locator("#session-warning");
      Locator ended = page.locator("#session-ended");
      Locator stay =
          page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angemeldet bleiben"));

      // another tab in use five hours later: eight quiet hours of this tab bring no warning
      page.clock().runFor(300 * MINUTE);
      Page other = page.context().newPage();
      other.navigate(url("/"));
      page.clock().runFor(176 * MINUTE);
      assertThat(warning).isHidden();
      // five minutes before the end, counted from the other tab's request: the warning, announced
      page.clock().runFor(300 * MINUTE);
      assertThat(warning).isVisible();
      assertThat(warning).hasAttribute("role", "alert");
      assertThat(warning).containsText("Ihre Anmeldung endet in wenigen Minuten");
      browser.checkAccessibility(page);
      // kept: the server answers, the warning goes, and the next comes eight hours later
      page.waitForResponse(
          r -> r.url().endsWith("/session/keepalive") && r.status() == 204, stay::click);
      assertThat(warning).isHidden();
      page.clock().runFor(11 * MINUTE);
      assertThat(ended).isHidden();
      other.close();

      // typing after more than ten quiet minutes keeps the sign-in without a click
      page.waitForResponse(
          r -> r.url().endsWith("/session/keepalive") && r.status() == 204,
          () -> page.getByLabel("Bezeichnung").fill("Stabsstelle Ablauf"));

      // the session ends on the server (as after eight hours): the next contact says so
      jdbc.update("delete from spring_session where principal_name = ?", Demo.MUSTER_ADMIN);
      page.clock().runFor(476 * MINUTE);
      assertThat(warning).isVisible();
      stay.click();
      assertThat(ended).isVisible();
      assertThat(ended).containsText("Ihre Anmeldung ist abgelaufen");
      browser.checkAccessibility(page);
      assertThat(warning).isHidden();
      // what was typed stays on the page
      assertThat(page.getByLabel("Bezeichnung")).hasValue("Stabsstelle Ablauf");

      // a form sent now is not sent: it stays on the page, and the notice is read out again
      page.getByLabel("Kennung").fill("9.999");
      Locator save =
          page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"));
      save.click();
      assertThat(ended).isFocused();
      assertThat(page.getByLabel("Bezeichnung")).hasValue("Stabsstelle Ablauf");
      assertThat(page.getByLabel("Kennung")).hasValue("9.999");

      // signed in again in another window: this page takes the new sign-in, and what was typed on
      // it is saved after all
      signIn(page.context().newPage());
      assertThat(page.locator("#session-back")).isVisible();
      assertThat(page.locator("#session-back")).containsText("Sie sind wieder angemeldet");
      assertThat(ended).isHidden();
      browser.checkAccessibility(page);
      save.click();
      assertThat(page.locator("h1")).hasText("9.999 – Stabsstelle Ablauf");
      org.assertj.core.api.Assertions.assertThat(
              jdbc.queryForObject(
                  "select count(*) from org_unit where name = 'Stabsstelle Ablauf'", Integer.class))
          .isOne();
      org.assertj.core.api.Assertions.assertThat(browser.violations()).isEmpty();
    } finally {
      jdbc.update("delete from org_unit where name = 'Stabsstelle Ablauf'");
    }
  }

  private void signIn(Page page) {
    page.navigate(url("/login"));
    page.getByLabel("E-Mail-Adresse").fill(Demo.MUSTER_ADMIN);
    page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(Demo.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
    page.waitForURL(url("/"));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
