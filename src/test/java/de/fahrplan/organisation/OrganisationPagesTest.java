package de.fahrplan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.TestDatabase;
import de.fahrplan.support.Users;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pages: forms keep input and show German errors, conflicts show both versions, errors leak
 * nothing.
 */
@FahrplanTest
class OrganisationPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  private Authentication admin() {
    return Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.ADMIN);
  }

  @Test
  void secondPersonSavingTheSameUnitSeesAConflictWithBothVersionsAndLosesNothing()
      throws Exception {
    long tenant = Demo.bodyId(jdbc, "musterstadt");
    long id =
        jdbc.queryForObject(
            "select id from org_unit where tenant_id = ? and code = '2.200'", Long.class, tenant);
    long version = jdbc.queryForObject("select version from org_unit where id = ?", Long.class, id);
    mvc.perform(
            post("/org-units/" + id)
                .param("version", String.valueOf(version))
                .param("code", "2.200")
                .param("name", "Ordnungsamt und Gewerbe")
                .with(authentication(admin()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/org-units/" + id)
                .param("version", String.valueOf(version))
                .param("code", "2.200")
                .param("name", "Ordnung, Sicherheit und Verkehr")
                .with(authentication(admin()))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("inzwischen von einer anderen Person geändert")))
        .andExpect(content().string(containsString("2.200 – Ordnungsamt und Gewerbe")))
        .andExpect(content().string(containsString("value=\"Ordnung, Sicherheit und Verkehr\"")))
        .andExpect(
            content().string(containsString("name=\"version\" value=\"" + (version + 1) + "\"")));
    assertThat(jdbc.queryForObject("select name from org_unit where id = ?", String.class, id))
        .isEqualTo("Ordnungsamt und Gewerbe");
  }

  /**
   * Two people press „Speichern“ on the same unit at the same moment: both pass the version check,
   * and the database's version column lets the first write win. The second keeps the form as typed
   * with a note (not the conflict page, which lost it); sent again, it shows the winner's state.
   * The moment is made real: the winner's write holds the row until the loser's write waits for it.
   */
  @Test
  void secondPersonSavingAtTheSameMomentKeepsTheFormAndSeesTheOtherSaveWhenSendingAgain()
      throws Exception {
    long tenant = Demo.bodyId(jdbc, "musterstadt");
    long id =
        jdbc.queryForObject(
            "select min(id) from org_unit where tenant_id = ? and code <> '2.200'",
            Long.class,
            tenant);
    var unit = jdbc.queryForMap("select code, name, version from org_unit where id = ?", id);
    long version = ((Number) unit.get("version")).longValue();
    var transactions = new TransactionTemplate(transactionManager);
    var winnerWrote = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> winner =
          pool.submit(
              () ->
                  transactions.executeWithoutResult(
                      status -> {
                        jdbc.update(
                            "update org_unit set name = 'Gewinnerin', version = version + 1 where id = ?",
                            id);
                        winnerWrote.countDown();
                        await(release);
                      }));
      await(winnerWrote);
      Future<MvcResult> loser =
          pool.submit(
              () ->
                  mvc.perform(
                          post("/org-units/" + id)
                              .param("version", String.valueOf(version))
                              .param("code", (String) unit.get("code"))
                              .param("name", "Verliererin")
                              .with(authentication(admin()))
                              .with(csrf()))
                      .andReturn());
      // the loser has passed its version check and waits to write the row the winner holds
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
      while (waitingForARow() == 0 && !loser.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      release.countDown();
      winner.get();
      var page = loser.get().getResponse();
      assertThat(page.getStatus()).isEqualTo(200);
      assertThat(page.getContentAsString())
          .contains("Im selben Augenblick hat eine andere Person")
          .contains("value=\"Verliererin\"")
          .contains("name=\"version\" value=\"" + version + "\"");
      assertThat(jdbc.queryForObject("select name from org_unit where id = ?", String.class, id))
          .isEqualTo("Gewinnerin");
      // sent again: the winner's state beside what was typed
      mvc.perform(
              post("/org-units/" + id)
                  .param("version", String.valueOf(version))
                  .param("code", (String) unit.get("code"))
                  .param("name", "Verliererin")
                  .with(authentication(admin()))
                  .with(csrf()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("inzwischen von einer anderen Person")))
          .andExpect(content().string(containsString("Gewinnerin")));
    } finally {
      release.countDown();
      pool.shutdown();
      jdbc.update("update org_unit set name = ? where id = ?", unit.get("name"), id);
    }
  }

  /** Statements of other sessions waiting for a row lock. */
  private int waitingForARow() {
    String sql =
        TestDatabase.postgres()
            ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
            : "select count(*) from information_schema.sessions where blocker_id is not null";
    return jdbc.queryForObject(sql, Integer.class);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void formErrorsAreGermanNextToTheFieldAndKeepTheInput() throws Exception {
    mvc.perform(
            post("/persons")
                .param("givenName", "Anna")
                .param("familyName", "")
                .param("email", "anna@")
                .param("phone", "0451 / 122")
                .with(authentication(admin()))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        // the title says it first (WCAG 3.3.1)
                        containsString("<title>Fehler: Person anlegen – Fahrplan</title>"),
                        containsString("id=\"familyName-error\""),
                        containsString("Bitte ausfüllen."),
                        // the summary names the field of each message
                        containsString("Nachname: Bitte ausfüllen."),
                        containsString("E-Mail: Keine gültige E-Mail-Adresse"),
                        containsString("value=\"Anna\""),
                        containsString("value=\"anna@\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("href=\"#email\""))));
    mvc.perform(
            post("/org-units")
                .param("code", "X-DATE")
                .param("name", "X")
                .param("validFrom", "kein Datum")
                .with(authentication(admin()))
                .with(csrf()))
        .andExpect(content().string(containsString("Gültig ab: Kein gültiges Datum")));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from org_unit where code = 'X-DATE'", Integer.class))
        .isZero();
  }

  @Test
  void deletingAUnitWithChildrenExplainsWhy() throws Exception {
    long tenant = Demo.bodyId(jdbc, "musterstadt");
    long fb2 =
        jdbc.queryForObject(
            "select id from org_unit where tenant_id = ? and code = 'FB 2'", Long.class, tenant);
    var session =
        mvc.perform(
                post("/org-units/" + fb2 + "/delete")
                    .param("confirmed", "true")
                    .with(authentication(admin()))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(get("/org-units/" + fb2).cookie(session).with(authentication(admin())))
        .andExpect(content().string(containsString("Die Einheit FB 2 hat noch Untereinheiten")));
    assertThat(
            jdbc.queryForObject("select count(*) from org_unit where id = ?", Integer.class, fb2))
        .isEqualTo(1);
  }

  @Test
  void deletingAPersonSomebodyChangedMeanwhileDeletesNothingAndSaysWhy() throws Exception {
    String location =
        mvc.perform(
                post("/persons")
                    .param("givenName", "Veit")
                    .param("familyName", "Veraltet")
                    .with(authentication(admin()))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    long version = jdbc.queryForObject("select version from person where id = ?", Long.class, id);
    var stale =
        mvc.perform(
                post("/persons/" + id + "/delete")
                    .param("version", String.valueOf(version + 1))
                    .param("confirmed", "true")
                    .with(authentication(admin()))
                    .with(csrf()))
            .andExpect(header().string("Location", "/persons/" + id))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(get("/persons/" + id).cookie(stale).with(authentication(admin())))
        .andExpect(content().string(containsString("es wurde nichts ausgeführt")));
    assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, id))
        .isEqualTo(1);
    mvc.perform(
            post("/persons/" + id + "/delete")
                .param("version", String.valueOf(version))
                .param("confirmed", "true")
                .with(authentication(admin()))
                .with(csrf()))
        .andExpect(header().string("Location", "/persons"));
    assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, id))
        .isZero();
  }

  @Test
  void anAdminCannotTakeTheirOwnAdministrationRole() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    var me = accounts.userForLogin(Demo.MUSTER_ADMIN).orElseThrow().inTenant(muster);
    long version =
        jdbc.queryForObject("select version from account where id = ?", Long.class, me.accountId());
    var session =
        mvc.perform(
                post("/accounts/" + me.accountId() + "/revoke")
                    .param("version", String.valueOf(version))
                    .with(authentication(Users.of(me)))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(
            get("/accounts/" + me.accountId()).cookie(session).with(authentication(Users.of(me))))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Sie können sich die Rolle Administration nicht selbst entziehen.")));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from account_role where account_id = ? and tenant_id = ? and role = 'ADMIN'",
                Integer.class,
                me.accountId(),
                muster))
        .isEqualTo(1);
  }

  @Autowired de.fahrplan.identity.Accounts accounts;

  @Test
  void errorPagesAreGermanAndRevealNothing() throws Exception {
    mvc.perform(get("/org-units/999999").with(authentication(admin())))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Seite nicht gefunden")))
        .andExpect(content().string(not(containsString("Exception"))));
    mvc.perform(
            get("/accounts")
                .with(authentication(Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.READER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/org-units")
                .param("code", "NOCSRF")
                .param("name", "x")
                .with(authentication(admin())))
        .andExpect(status().isForbidden());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from org_unit where code = 'NOCSRF'", Integer.class))
        .isZero();
  }

  @Test
  void pagesSendAStrictContentSecurityPolicyAndSpeakEnglishOnRequest() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
        .andExpect(
            header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    mvc.perform(get("/org-units").param("lang", "en").with(authentication(admin())))
        .andExpect(content().string(containsString("<html lang=\"en\">")))
        .andExpect(content().string(containsString("Skip to content")));
  }

  /** The committee's and the person's page say what the OParl server shows of them. */
  @Test
  void committeeAndPersonPagesSayWhetherTheyArePublished() throws Exception {
    long tenant = Demo.bodyId(jdbc, "musterstadt");
    var reader = Users.in(tenant, Role.READER);
    long ha =
        jdbc.queryForObject(
            "select id from organization where tenant_id = ? and short_name = 'HA'",
            Long.class,
            tenant);
    long personalrat =
        jdbc.queryForObject(
            "select id from organization where tenant_id = ? and short_name = 'Personalrat'",
            Long.class,
            tenant);
    mvc.perform(get("/organizations/" + ha).with(authentication(reader)))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<dd class=\"kern-description-list-item__value\">veröffentlicht</dd>")));
    mvc.perform(get("/organizations/" + personalrat).with(authentication(reader)))
        .andExpect(content().string(containsString("nicht veröffentlicht (intern)")));
    long albers =
        jdbc.queryForObject(
            "select id from person where tenant_id = ? and family_name = 'Albers'",
            Long.class,
            tenant);
    long kaya =
        jdbc.queryForObject(
            "select id from person where tenant_id = ? and family_name = 'Kaya'",
            Long.class,
            tenant);
    mvc.perform(get("/persons/" + albers).with(authentication(reader)))
        .andExpect(content().string(containsString("zugestimmt – Titel und Name erscheinen")));
    mvc.perform(get("/persons/" + kaya).with(authentication(reader)))
        .andExpect(content().string(containsString("nicht zugestimmt")));
  }
}
