package de.fahrplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Personal API tokens: shown once, stored hashed, bound to one municipality, expiring, revocable.
 */
@FahrplanTest
class ApiTokenTest {

  @Autowired de.fahrplan.support.MovableClock clock;

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired Accounts accounts;

  private Authentication signedIn() {
    FahrplanUser user = accounts.userForLogin(Demo.MUSTER_ADMIN).orElseThrow();
    return Users.of(user.inTenant(Demo.bodyId(jdbc, "musterstadt")));
  }

  @Test
  void createdTokenIsShownOnceStoredHashedWorksAndCanBeRevoked() throws Exception {
    String page =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "RIS-Abgleich")
                    .param("expiresOn", LocalDate.now(clock).plusDays(30).toString())
                    .with(authentication(signedIn()))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher m = Pattern.compile("id=\"new-token\">(fp_[A-Za-z0-9]+)<").matcher(page);
    assertThat(m.find()).isTrue();
    String secret = m.group(1);
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from api_token where token_hash = ?", Integer.class, hash))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from api_token where token_hash = ? or token_hint = ?",
                Integer.class,
                secret,
                secret))
        .isZero();

    mvc.perform(get("/api/v1/persons").header(HttpHeaders.AUTHORIZATION, Demo.bearer(secret)))
        .andExpect(status().isOk());
    // the list never shows the secret again
    mvc.perform(get("/account/tokens").with(authentication(signedIn())))
        .andExpect(content().string(containsString("RIS-Abgleich")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));

    long id =
        jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, hash);
    mvc.perform(
        post("/account/tokens/" + id + "/revoke").with(authentication(signedIn())).with(csrf()));
    mvc.perform(get("/api/v1/persons").header(HttpHeaders.AUTHORIZATION, Demo.bearer(secret)))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void expiredTokensAreRefusedAndExpiryIsValidated() throws Exception {
    mvc.perform(
            post("/account/tokens")
                .param("name", "Alt")
                .param("expiresOn", "2020-01-01")
                .with(authentication(signedIn()))
                .with(csrf()))
        .andExpect(content().string(containsString("Das Ablaufdatum muss in der Zukunft liegen.")))
        .andExpect(content().string(containsString("value=\"Alt\"")));
    String page =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "Bald abgelaufen")
                    .param("expiresOn", LocalDate.now(clock).plusDays(1).toString())
                    .with(authentication(signedIn()))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher m = Pattern.compile("id=\"new-token\">(fp_[A-Za-z0-9]+)<").matcher(page);
    assertThat(m.find()).isTrue();
    jdbc.update(
        "update api_token set expires_at = ? where name = 'Bald abgelaufen'",
        java.sql.Timestamp.valueOf("2020-01-01 00:00:00"));
    mvc.perform(get("/api/v1/persons").header(HttpHeaders.AUTHORIZATION, Demo.bearer(m.group(1))))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aTokenLosesWhatItsOwnerLoses() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long account =
        jdbc.queryForObject(
            "select id from account where email = 'fachbereich@musterstadt.example'", Long.class);
    accountsTokensFor(account, muster, "fp_test_fachbereich_token_0001");
    mvc.perform(
            get("/api/v1/persons")
                .header(HttpHeaders.AUTHORIZATION, Demo.bearer("fp_test_fachbereich_token_0001")))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/v1/accounts")
                .header(HttpHeaders.AUTHORIZATION, Demo.bearer("fp_test_fachbereich_token_0001")))
        .andExpect(status().isForbidden());
    jdbc.update("delete from account_role where account_id = ? and tenant_id = ?", account, muster);
    mvc.perform(
            get("/api/v1/persons")
                .header(HttpHeaders.AUTHORIZATION, Demo.bearer("fp_test_fachbereich_token_0001")))
        .andExpect(status().isUnauthorized());
    jdbc.update(
        "insert into account_role (account_id, tenant_id, role) values (?, ?, 'EDITOR')",
        account,
        muster);
  }

  @Autowired ApiTokens tokens;

  private void accountsTokensFor(long account, long tenant, String secret) {
    tokens.createWithSecret(account, tenant, "Test", secret);
  }

  /** The form suggests 90 days from the municipality's today – the clock's, not the machine's. */
  @Test
  void theCreateFormSuggestsNinetyDaysFromToday() throws Exception {
    clock.moveTo(java.time.Instant.parse("2027-03-01T10:00:00Z"));
    try {
      mvc.perform(get("/account/tokens").with(authentication(signedIn())))
          .andExpect(content().string(containsString("value=\"2027-05-30\"")));
    } finally {
      clock.reset();
    }
  }
}
