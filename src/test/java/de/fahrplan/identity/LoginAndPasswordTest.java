package de.fahrplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Password login, lock-out, and the reset link that travels through real SMTP. */
@FahrplanTest
class LoginAndPasswordTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired Accounts accounts;
  @Autowired GreenMail greenMail;

  private static String recipients(MimeMessage m) {
    try {
      return GreenMailUtil.getAddressList(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String newAccount(String name) {
    String email = name + "@musterstadt.example";
    accounts.createLocal(
        email,
        name,
        "Anfangs-Passwort-2026",
        false,
        Map.of(Demo.bodyId(jdbc, "musterstadt"), Set.of(Role.READER)));
    return email;
  }

  @Test
  void demoAccountLogsInAndPasswordsAreStoredHashed() throws Exception {
    mvc.perform(
            formLogin("/login")
                .user("email", Demo.MUSTER_ADMIN)
                .password("password", Demo.PASSWORD))
        .andExpect(redirectedUrl("/"));
    String hash =
        jdbc.queryForObject(
            "select password_hash from account where email = ?", String.class, Demo.MUSTER_ADMIN);
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(Demo.PASSWORD);
  }

  @Test
  void wrongPasswordKeepsTheEmailAndFiveFailuresLockTheAccount() throws Exception {
    String email = newAccount("sperre");
    for (int i = 0; i < 5; i++) {
      mvc.perform(
              formLogin("/login").user("email", email).password("password", "falsch-falsch-falsch"))
          .andExpect(redirectedUrl("/login?error"));
    }
    // the right password is not even checked now; the answer is the same as for a wrong one or
    // an unknown account, so that the page does not tell which accounts exist
    mvc.perform(
            formLogin("/login").user("email", email).password("password", "Anfangs-Passwort-2026"))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(
            formLogin("/login")
                .user("email", "gibt-es-nicht@musterstadt.example")
                .password("password", "x"))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(
            jdbc.queryForObject(
                "select locked_until from account where email = ?",
                java.sql.Timestamp.class,
                email))
        .isNotNull();
    // the page after a failed attempt says so first, in its title
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login")
                .param("error", ""))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.containsString("<title>Fehler: Anmelden – Fahrplan")));
  }

  @Test
  void aSuccessfulLoginStartsTheCountAgain() throws Exception {
    String email = newAccount("zaehler");
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 4; i++) {
        mvc.perform(
                formLogin("/login")
                    .user("email", email)
                    .password("password", "falsch-falsch-falsch"))
            .andExpect(redirectedUrl("/login?error"));
      }
      mvc.perform(
              formLogin("/login")
                  .user("email", email)
                  .password("password", "Anfangs-Passwort-2026"))
          .andExpect(redirectedUrl("/"));
    }
  }

  @Test
  void parallelAttemptsCannotTryMorePasswordsThanAllowed() throws Exception {
    String email = newAccount("parallel");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<String>> attempts = new java.util.ArrayList<>();
      for (int i = 0; i < 24; i++) {
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  return mvc.perform(
                          formLogin("/login")
                              .user("email", email)
                              .password("password", "falsch-falsch-falsch"))
                      .andReturn()
                      .getResponse()
                      .getRedirectedUrl();
                }));
      }
      start.countDown();
      for (var a : attempts) {
        assertThat(a.get()).as("no server error, one answer").isEqualTo("/login?error");
      }
    } finally {
      pool.shutdownNow();
    }
    // every attempt was counted (none lost in a race): the right password is refused now
    assertThat(
            jdbc.queryForObject(
                "select failed_logins from account where email = ?", Integer.class, email))
        .isEqualTo(24);
    mvc.perform(
            formLogin("/login").user("email", email).password("password", "Anfangs-Passwort-2026"))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void aSessionsLastAccessIsWrittenOnceAMinuteNotOnEveryPage() throws Exception {
    String email = newAccount("sitzung");
    jakarta.servlet.http.Cookie session = signIn(email);
    String id = new String(java.util.Base64.getDecoder().decode(session.getValue()));
    long loggedIn = lastAccess(id);

    mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    mvc.perform(get("/tasks").cookie(session)).andExpect(status().isOk());
    assertThat(lastAccess(id)).as("pages within the minute write nothing").isEqualTo(loggedIn);

    // a minute later the next page moves the last access and with it the expiry
    long aMinuteAgo = System.currentTimeMillis() - 61_000;
    jdbc.update(
        "update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?",
        aMinuteAgo,
        aMinuteAgo + 8 * 3600_000L,
        id);
    mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    assertThat(lastAccess(id)).isGreaterThan(aMinuteAgo + 60_000);
    assertThat(
            jdbc.queryForObject(
                "select expiry_time from spring_session where session_id = ?", Long.class, id))
        .isEqualTo(lastAccess(id) + 8 * 3600_000L);

    // what the session holds is still written at once: signing out ends it
    mvc.perform(post("/logout").cookie(session).with(csrf()));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from spring_session where session_id = ?", Long.class, id))
        .isZero();
  }

  /** Signs in with the initial password of {@link #newAccount}; the session's cookie. */
  private jakarta.servlet.http.Cookie signIn(String email) throws Exception {
    return mvc.perform(
            formLogin("/login").user("email", email).password("password", "Anfangs-Passwort-2026"))
        .andExpect(redirectedUrl("/"))
        .andReturn()
        .getResponse()
        .getCookie("SESSION");
  }

  private long lastAccess(String sessionId) {
    return jdbc.queryForObject(
        "select last_access_time from spring_session where session_id = ?", Long.class, sessionId);
  }

  @Test
  void loginPageShowsTheErrorInGermanAndKeepsTheTypedEmail() throws Exception {
    var session =
        mvc.perform(
                formLogin("/login")
                    .user("email", "niemand@musterstadt.example")
                    .password("password", "x"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(get("/login?error").cookie(session))
        .andExpect(content().string(containsString("E-Mail-Adresse oder Passwort ist falsch.")))
        .andExpect(content().string(containsString("value=\"niemand@musterstadt.example\"")));
  }

  @Test
  void passwordResetLinkArrivesBySmtpIsInTheOutboxAndWorksOnce() throws Exception {
    String email = newAccount("vergessen");
    // a session with the old password, e.g. a browser left open elsewhere
    jakarta.servlet.http.Cookie oldSession = signIn(email);
    assertThat(oldSession).isNotNull();
    mvc.perform(get("/").cookie(oldSession)).andExpect(status().isOk());
    mvc.perform(post("/password/forgot").param("email", email).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Wenn ein Konto mit dieser Adresse besteht")));
    // the same answer for an unknown address (no account enumeration), and no mail
    mvc.perform(
            post("/password/forgot")
                .param("email", "gibt-es-nicht@musterstadt.example")
                .with(csrf()))
        .andExpect(content().string(containsString("Wenn ein Konto mit dieser Adresse besteht")));

    assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage mail =
        Arrays.stream(greenMail.getReceivedMessages())
            .filter(m -> recipients(m).contains(email))
            .findFirst()
            .orElseThrow();
    assertThat(mail.getSubject()).isEqualTo("Fahrplan: Passwort zurücksetzen");
    Matcher link = Pattern.compile("token=([A-Za-z0-9]+)").matcher((String) mail.getContent());
    assertThat(link.find()).isTrue();
    String token = link.group(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = ? and sent_at is not null",
                Integer.class,
                email))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = 'gibt-es-nicht@musterstadt.example'",
                Integer.class))
        .isZero();

    mvc.perform(
            post("/password/reset")
                .param("token", token)
                .param("password", "kurz")
                .param("passwordRepeat", "kurz")
                .with(csrf()))
        .andExpect(content().string(containsString("mindestens 12 Zeichen")))
        // a refused password is not written back into the page; password managers offer a new one
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"kurz\""))))
        .andExpect(content().string(containsString("autocomplete=\"new-password\"")));
    mvc.perform(
            post("/password/reset")
                .param("token", token)
                .param("password", "Neues-Passwort-2026")
                .param("passwordRepeat", "Neues-Passwort-2026")
                .with(csrf()))
        .andExpect(redirectedUrl("/login?reset"));
    // the session opened with the old password has ended
    assertThat(
            mvc.perform(get("/").cookie(oldSession)).andReturn().getResponse().getRedirectedUrl())
        .endsWith("/login");
    mvc.perform(
            formLogin("/login").user("email", email).password("password", "Neues-Passwort-2026"))
        .andExpect(redirectedUrl("/"));
    mvc.perform(get("/password/reset").param("token", token))
        .andExpect(content().string(containsString("Der Link ist ungültig oder abgelaufen.")));
  }

  @Autowired java.time.Clock clock;

  /**
   * A new account's invitation link is valid for days, not hours; the administrator sends it again
   * while no password is set, and is told when one is.
   */
  @Test
  void anInvitationIsValidForDaysAndTheAdministratorCanSendItAgain() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    var admin = de.fahrplan.support.Users.as(muster, Demo.MUSTER_ADMIN, Role.ADMIN);
    String email = "eva.einladung@musterstadt.example";
    String created =
        mvc.perform(
                post("/api/v1/accounts")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.authentication(admin))
                    .with(csrf())
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(
                        "{\"email\":\""
                            + email
                            + "\",\"displayName\":\"Eva Einladung\",\"roles\":[\"READER\"]}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
    java.sql.Timestamp expires =
        jdbc.queryForObject(
            "select max(expires_at) from password_reset where account_id = ?",
            java.sql.Timestamp.class,
            id);
    assertThat(java.time.Duration.between(clock.instant(), expires.toInstant()))
        .isGreaterThan(java.time.Duration.ofDays(6).plusHours(23))
        .isLessThanOrEqualTo(java.time.Duration.ofDays(7));
    assertThat(
            jdbc.queryForObject(
                "select body from mail_outbox where recipient = ? order by id desc"
                    + " fetch first 1 rows only",
                String.class,
                email))
        .contains("Der Link ist 7 Tage gültig");

    mvc.perform(
            get("/accounts/" + id)
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.authentication(admin)))
        .andExpect(content().string(containsString("Einladung erneut senden")));
    mvc.perform(
            post("/accounts/" + id + "/invitation")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.authentication(admin))
                .with(csrf()))
        .andExpect(redirectedUrl("/accounts/" + id));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = ?", Integer.class, email))
        .isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where object_type = 'Account' and object_id = ?"
                    + " and action = 'INVITATION_SENT'",
                Integer.class,
                id))
        .isEqualTo(1);

    // an account that has its password needs no invitation
    long active =
        jdbc.queryForObject(
            "select id from account where email = ?", Long.class, Demo.MUSTER_ADMIN);
    mvc.perform(
            post("/api/v1/accounts/" + active + "/invitation")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.authentication(admin))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("bereits ein Passwort")));
  }
}
