package de.fahrplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import de.fahrplan.support.Browser;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page (every GET mapping outside the API, from Spring MVC's own list) opened in Chromium as
 * the people who see it, in German and English, every kind of link on them followed, and each page
 * checked with axe-core for WCAG 2.1 AA – and once more on a screen 320 pixels wide –, and each
 * stop of its tab order for a visible focus. The axe check runs on the embedded database only: the
 * markup does not depend on the database, and axe took half of the PostgreSQL run's eight minutes
 * on a 2-core machine; on PostgreSQL the sweep still opens every page and follows every link.
 */
@FahrplanTest
@Tag("browser")
@ExtendWith(Browser.class)
class AccessibilitySweepTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyPageOpensAndIsAxeClean() {
    // the markup is the same on both databases: axe once, on the embedded one
    boolean axe = !TestDatabase.postgres();
    long muster = Demo.bodyId(jdbc, "musterstadt");
    // the draft version (Fortschreibung), so that its forms are open
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
            Long.class);
    long measureWithParts =
        jdbc.queryForObject(
            "select min(r.measure_id) from resource_entry r join measure m on m.id = r.measure_id where m.strategy_version_id = ?",
            Long.class,
            draft);
    Map<String, String> ids = new java.util.HashMap<>();
    ids.put("/org-units/{id}", String.valueOf(Demo.anyId(jdbc, "org_unit", "musterstadt")));
    ids.put("/persons/{id}", String.valueOf(Demo.anyId(jdbc, "person", "musterstadt")));
    ids.put(
        "/organizations/{id}",
        first("select min(organization_id) from membership where tenant_id = ?", muster));
    ids.put("/bodies/{id}", String.valueOf(muster));
    ids.put(
        "/legislative-terms/{id}",
        first("select min(id) from legislative_term where tenant_id = ?", muster));
    ids.put("/locations/{id}", first("select min(id) from location where tenant_id = ?", muster));
    ids.put(
        "/accounts/{id}",
        String.valueOf(
            jdbc.queryForObject(
                "select id from account where email = ?", Long.class, Demo.MUSTER_ADMIN)));
    ids.put("/strategy-versions/{id}", String.valueOf(draft));
    ids.put(
        "/fields-of-action/{id}",
        first("select min(id) from field_of_action where strategy_version_id = ?", draft));
    ids.put("/goals/{id}", first("select min(id) from goal where strategy_version_id = ?", draft));
    ids.put(
        "/milestones/{id}",
        first("select min(id) from milestone where measure_id = ?", measureWithParts));
    ids.put(
        "/resource-entries/{id}",
        first("select min(id) from resource_entry where measure_id = ?", measureWithParts));
    ids.put("/measures/{id}", String.valueOf(measureWithParts));
    long openRound =
        Long.parseLong(
            first(
                "select min(id) from reporting_round where tenant_id = ? and status = 'OPEN'",
                muster));
    ids.put("/reporting-rounds/{id}", String.valueOf(openRound));
    ids.put(
        "/status-updates/{id}",
        first(
            "select min(id) from status_update where round_id = ? and state = 'DRAFT'", openRound));
    ids.put(
        "/indicators/{id}",
        first("select min(id) from indicator where strategy_version_id = ?", draft));
    ids.put(
        "/concept-links/{id}",
        first("select min(id) from concept_link where strategy_version_id = ?", draft));
    ids.put("/strategies/{id}", first("select min(id) from strategy where tenant_id = ?", muster));
    // the draft paper of the Fortschreibung: its forms are open
    String draftPaper =
        first(
            "select min(id) from paper where tenant_id = ? and state = 'DRAFT' and paper_type = 'Beschlussvorlage'",
            muster);
    ids.put("/papers/{id}", draftPaper);
    // the Bürgerbüro's open statement request on the draft paper: the answer form
    ids.put(
        "/statements/{id}",
        first(
            "select min(id) from statement where paper_id = ? and answer is null and informed_only = false",
            Long.parseLong(draftPaper)));
    // the overdue mandate of M-12 (its page warns and offers fulfilment)
    ids.put(
        "/mandates/{id}",
        first("select min(id) from mandate where tenant_id = ? and kind = 'MEASURE'", muster));
    ids.put(
        "/consultations/{id}",
        first("select min(id) from consultation where paper_id = ?", Long.parseLong(draftPaper)));
    // the Senat's meeting that treats the draft paper: its agenda is open for changes
    String meeting =
        first(
            "select min(meeting_id) from consultation where paper_id = ?",
            Long.parseLong(draftPaper));
    ids.put("/meetings/{id}", meeting);
    ids.put(
        "/agenda-items/{id}",
        first(
            "select min(id) from agenda_item where meeting_id = ? and paper_id is not null",
            Long.parseLong(meeting)));
    // the Landkreis's measure that names Musterstadt as partner
    ids.put(
        "/shared-measures/{id}",
        first(
            "select min(p.measure_id) from measure_partner p join measure m on m.id = p.measure_id"
                + " join strategy_version v on v.id = m.strategy_version_id"
                + " where p.partner_body_id = ? and v.status = 'IN_FORCE'",
            muster));
    ids.put("/imports/oparl/runs/{id}", oparlImportRun(muster));
    TreeSet<String> pages = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      var methods = info.getMethodsCondition().getMethods();
      if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
        continue;
      }
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/api/")
            || pattern.startsWith("/oparl/")
            || pattern.startsWith("/error")
            || pattern.endsWith("/logo")
            || pattern.startsWith("/paper-files/")
            || pattern.startsWith("/session/")
            || pattern.matches(".*\\.(xlsx|csv|pdf|svg|odt|docx)$")
            || pattern.startsWith("/v3/")) {
          continue;
        }
        String url = pattern;
        for (var e : ids.entrySet()) {
          url = url.replace(e.getKey(), e.getKey().replace("{id}", e.getValue()));
        }
        if (url.contains("{membershipId}")) {
          url =
              url.replace(
                  "{membershipId}",
                  String.valueOf(
                      jdbc.queryForObject(
                          "select min(id) from membership where organization_id = ?",
                          Long.class,
                          Long.valueOf(ids.get("/organizations/{id}")))));
        }
        assertThat(url).as("no id for page " + pattern + " – add it above").doesNotContain("{");
        pages.add(url);
      }
    }
    // a closed round with its report: the approval form
    pages.add(
        "/reporting-rounds/"
            + first(
                "select max(r.id) from reporting_round r join progress_report p on p.round_id = r.id"
                    + " where r.tenant_id = ?",
                muster));
    // a submitted update shows the review forms, a closed round's update is read-only
    pages.add(
        "/status-updates/"
            + first(
                "select min(id) from status_update where round_id = ? and state = 'SUBMITTED'",
                openRound));
    pages.add(
        "/status-updates/"
            + first(
                "select min(u.id) from status_update u join reporting_round r on r.id = u.round_id"
                    + " where r.tenant_id = ? and r.status = 'CLOSED'",
                muster));
    // the dashboard with its charts and tables, and the rounds page of the version in force
    String inForce =
        first(
            "select min(v.id) from strategy_version v where v.tenant_id = ? and v.status = 'IN_FORCE'",
            muster);
    pages.add("/strategy-versions/" + inForce + "/dashboard");
    pages.add("/strategy-versions/" + inForce + "/reporting");
    // a measure of the plan in force: the execution state and budget decision forms
    pages.add(
        "/measures/"
            + first(
                "select id from measure where strategy_version_id = ? and code = 'M-1'",
                Long.parseLong(inForce)));
    // an intermunicipal measure shows partners and their cost shares
    pages.add(
        "/measures/"
            + first(
                "select id from measure where strategy_version_id = ? and code = 'M-10'", draft));
    // a meeting imported from the RIS: read-only, its agenda with the RIS's words for a result
    pages.add("/meetings/" + importedMeeting(muster));
    pages.add("/password/reset?token=abgelaufen");
    pages.add("/gibt-es-nicht");
    assertThat(pages)
        .contains("/", "/org-units", "/persons", "/organizations", "/accounts", "/login");

    try (Browser browser = Browser.start()) {
      List<String> visited = new ArrayList<>();
      List<String> tooWide = new ArrayList<>();
      List<String> mistitled = new ArrayList<>();
      List<String> unmarked = new ArrayList<>();
      Map<String, Link> links = new java.util.LinkedHashMap<>();
      Page admin = browser.newPage();
      login(admin, Demo.MUSTER_ADMIN);
      for (String page : pages) {
        if (page.startsWith("/bodies") && !page.contains("/edit")) {
          continue; // operator pages, below
        }
        for (String lang : List.of("de", "en")) {
          var response =
              admin.navigate(url(page + (page.contains("?") ? "&" : "?") + "lang=" + lang));
          // every page and form opens (an error page would pass the accessibility check)
          assertThat(response.status()).as(page).isLessThan(500);
          if (axe) {
            browser.checkAccessibility(admin);
          }
          checkTitle(admin, page, lang, mistitled);
          if (lang.equals("de")) {
            checkFocusMarks(admin, page, unmarked);
            checkReflow(browser, admin, page, axe, tooWide, unmarked);
          }
          visited.add(page);
        }
        collectLinks(admin, page, links);
      }
      // every kind of link on the pages opens in the same session (downloads included)
      for (Link link : links.values()) {
        // not followed: a redirect (to the identity provider, say) has answered
        int status =
            admin
                .request()
                .get(url(link.target()), RequestOptions.create().setMaxRedirects(0))
                .status();
        assertThat(status).as(link.onPage() + " links " + link.target()).isLessThan(400);
      }
      assertThat(links).as("kinds of links followed").hasSizeGreaterThan(100);
      admin.navigate(url("/?lang=de"));
      Page operator = browser.newPage();
      login(operator, Demo.OPERATOR);
      for (String page :
          List.of(
              "/",
              "/bodies",
              "/bodies/new",
              "/bodies/" + ids.get("/bodies/{id}") + "/edit",
              "/outbox")) {
        assertThat(operator.navigate(url(page)).status()).as(page).isLessThan(500);
        if (axe) {
          browser.checkAccessibility(operator);
        }
        visited.add(page);
      }
      Page anonymous = browser.newPage();
      for (String page :
          List.of(
              "/login", "/login?error", "/login?expired", "/login?logout", "/password/forgot")) {
        anonymous.navigate(url(page));
        if (axe) {
          browser.checkAccessibility(anonymous);
        }
      }
      assertThat(visited).hasSizeGreaterThan(20);
      assertThat(tooWide).as("pages wider than a 320-pixel screen").isEmpty();
      assertThat(mistitled).as("pages whose title does not say what their heading says").isEmpty();
      assertThat(unmarked).as("stops of the tab order that do not show the focus").isEmpty();
      assertThat(browser.violations()).isEmpty();
    } finally {
      forgetImportedMeeting();
    }
  }

  /**
   * The page's title says what its main heading says (WCAG 2.4.2): the browser's tab, the history
   * and a screen reader's first words name the page – an edit form titled „… anlegen“ did not. The
   * title is the heading, or the heading's first part (a list's heading names its version), or
   * holds it (a paper's title adds its reference); the start page greets instead.
   */
  private static void checkTitle(Page page, String url, String lang, List<String> mistitled) {
    if (url.equals("/")) {
      return;
    }
    String heading =
        words(
            (String)
                page.evaluate(
                    "() => { const h = document.querySelector('h1'); return h ? h.textContent : ''; }"));
    String title = words(page.title().replaceFirst(" – Fahrplan$", ""));
    if (heading.isEmpty() || !(title.contains(heading) || heading.startsWith(title))) {
      mistitled.add(url + " (" + lang + "): „" + title + "“ / „" + heading + "“");
    }
  }

  private static String words(String text) {
    return text.replace(" – ", " ").replaceAll("\\s+", " ").strip();
  }

  /**
   * Reflow (WCAG 1.4.10, BITV 9.1.4.10): on a screen 320 pixels wide – a phone, or 400 % zoom – the
   * page needs no sideways scrolling; a table wider than that scrolls in its own box, which is then
   * in the tab order with the table's caption as its name (checked by axe, on the pages with such a
   * table), and shows the focus like every other stop.
   */
  private static void checkReflow(
      Browser browser,
      Page page,
      String url,
      boolean axe,
      List<String> tooWide,
      List<String> unmarked) {
    page.setViewportSize(320, 800);
    try {
      int wider =
          ((Number)
                  page.evaluate(
                      "() => document.documentElement.scrollWidth"
                          + " - document.documentElement.clientWidth"))
              .intValue();
      if (wider > 1) {
        tooWide.add(url + " (" + wider + " px too wide)");
      }
      boolean scrollingTable =
          (Boolean)
              page.evaluate(
                  "() => [...document.querySelectorAll('.kern-table-responsive')]"
                      + ".some(b => b.scrollWidth > b.clientWidth + 1)");
      if (scrollingTable) {
        page.waitForFunction(
            "() => [...document.querySelectorAll('.kern-table-responsive')]"
                + ".every(b => b.scrollWidth <= b.clientWidth + 1 || b.tabIndex === 0)");
        if (axe) {
          browser.checkAccessibility(page);
        }
        checkFocusMarks(page, url + " (320 px)", unmarked);
      }
    } finally {
      page.setViewportSize(1280, 900);
    }
  }

  /**
   * Focus visible (WCAG 2.4.7): every stop of the tab order shows that it has the focus – an
   * outline or a shadow – when the keyboard is used (KERN took the ring from the scrolling table
   * box); and a table box is a stop only while its table is wider than the box (once the web font
   * has arrived).
   */
  private static void checkFocusMarks(Page page, String url, List<String> unmarked) {
    page.evaluate(
        "() => document.fonts.ready.then(() => new Promise("
            + "done => requestAnimationFrame(() => requestAnimationFrame(done))))");
    page.keyboard().press("Tab"); // the keyboard in use: focus moved by a script shows its mark too
    @SuppressWarnings("unchecked")
    List<String> found =
        (List<String>)
            page.evaluate(
                """
                () => [...document.querySelectorAll('a[href], button, input:not([type=hidden]),'
                    + ' select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
                  .filter(e => !e.disabled && e.getClientRects().length > 0)
                  .flatMap(e => {
                    e.focus();
                    if (document.activeElement !== e) {
                      return [];
                    }
                    const style = getComputedStyle(e);
                    const name = e.tagName.toLowerCase() + '.' + e.className + ' „'
                        + e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '“';
                    const mark = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                        || style.boxShadow !== 'none';
                    const stale = e.classList.contains('kern-table-responsive')
                        && e.scrollWidth <= e.clientWidth + 1;
                    return [...(mark ? [] : ['no focus mark: ' + name]),
                        ...(stale ? ['a stop but nothing to scroll: ' + name] : [])];
                  })
                """);
    found.forEach(problem -> unmarked.add(url + ": " + problem));
  }

  /** A link within Fahrplan and the page it was found on. */
  private record Link(String target, String onPage) {}

  /**
   * Adds the page's links within Fahrplan by shape (ids and query values make no new shape) with
   * the page they are on, so that each kind of link is followed once, not each of the measures.
   */
  private static void collectLinks(Page page, String onPage, Map<String, Link> byShape) {
    @SuppressWarnings("unchecked")
    List<String> hrefs =
        (List<String>)
            page.evaluate(
                "() => [...document.querySelectorAll('a[href^=\"/\"]')].map(a => a.getAttribute('href'))");
    for (String href : hrefs) {
      String target = href.replaceFirst("#.*", "");
      if (!target.isEmpty() && !target.startsWith("/logout")) {
        String shape = target.replaceAll("\\d+", "0").replaceAll("=[^&]*", "=");
        byShape.putIfAbsent(shape, new Link(target, onPage));
      }
    }
  }

  /**
   * A finished RIS import run with a problem line and a committee mapping in Musterstadt, so that
   * the import page shows its tables and the report has a run (the demo imports nothing).
   */
  private String oparlImportRun(long muster) {
    if (jdbc.queryForObject(
            "select count(*) from oparl_source where tenant_id = ?", Integer.class, muster)
        == 0) {
      jdbc.update(
          "insert into oparl_source (tenant_id, system_url, requests_per_second, full_every_days,"
              + " cancel_requested, created, modified, version) values (?,"
              + " 'https://ris.example.org/oparl/v1/system', 5, 7, false, current_timestamp,"
              + " current_timestamp, 0)",
          muster);
      long source =
          jdbc.queryForObject(
              "select id from oparl_source where tenant_id = ?", Long.class, muster);
      jdbc.update(
          "insert into oparl_import_run (tenant_id, source_id, full_run, started, finished,"
              + " outcome, organizations, meetings, papers, requests, problems, version)"
              + " values (?, ?, true, current_timestamp, current_timestamp, 'INCOMPLETE', 3, 10,"
              + " 40, 60, 1, 0)",
          muster,
          source);
      jdbc.update(
          "insert into oparl_import_problem (tenant_id, run_id, object_url, message, created,"
              + " version) values (?, (select max(id) from oparl_import_run where tenant_id = ?),"
              + " 'https://ris.example.org/oparl/v1/papers?page=3',"
              + " 'Vorlagen: Seite nicht lesbar (HTTP 500).', current_timestamp, 0)",
          muster,
          muster);
      jdbc.update(
          "insert into oparl_committee (tenant_id, source_id, external_id, name,"
              + " organization_id, created_by_import, version) values (?, ?,"
              + " 'https://ris.example.org/oparl/v1/organizations/1', 'Hauptausschuss', null,"
              + " false, 0)",
          muster,
          source);
    }
    return first("select max(id) from oparl_import_run where tenant_id = ?", muster);
  }

  /**
   * A meeting of Musterstadt's Hauptausschuss as the RIS import writes it, with an agenda item that
   * carries the RIS's result words (the demo imports nothing); removed again after the sweep.
   */
  private String importedMeeting(long muster) {
    String external = "https://ris.example.org/oparl/v1/meetings/sweep";
    if (jdbc.queryForObject(
            "select count(*) from meeting where external_id = ?", Integer.class, external)
        == 0) {
      jdbc.update(
          "insert into meeting (tenant_id, organization_id, name, meeting_date, start_time,"
              + " cancelled, deleted, external_id, external_web, created, modified, version)"
              + " values (?, (select min(id) from organization where tenant_id = ? and short_name"
              + " = 'HA'), '12. Sitzung des Hauptausschusses', date '2024-03-05', time '17:00:00',"
              + " false, false, ?, 'https://ris.example.org/sitzung/12', current_timestamp,"
              + " current_timestamp, 0)",
          muster,
          muster,
          external);
      jdbc.update(
          "insert into agenda_item (tenant_id, meeting_id, position, number, title, public_item,"
              + " deleted, external_id, result_text, created, modified, version) values (?,"
              + " (select id from meeting where external_id = ?), 1, 'Ö 1', 'Fahrradstraßen',"
              + " true, false, ?, 'einstimmig zugestimmt', current_timestamp, current_timestamp,"
              + " 0)",
          muster,
          external,
          external + "/item/1");
    }
    return String.valueOf(
        jdbc.queryForObject("select id from meeting where external_id = ?", Long.class, external));
  }

  private void forgetImportedMeeting() {
    String external = "https://ris.example.org/oparl/v1/meetings/sweep";
    jdbc.update(
        "delete from agenda_item where meeting_id in (select id from meeting where external_id = ?)",
        external);
    jdbc.update("delete from meeting where external_id = ?", external);
  }

  private String first(String sql, long arg) {
    return String.valueOf(jdbc.queryForObject(sql, Long.class, arg));
  }

  private void login(Page page, String email) {
    page.navigate(url("/login"));
    page.getByLabel("E-Mail-Adresse").fill(email);
    page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(Demo.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
    page.waitForURL(url("/"));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
