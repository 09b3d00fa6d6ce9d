package de.fahrplan.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Pages;
import de.fahrplan.support.TenantReads;
import de.fahrplan.support.Users;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A version is named in the reader's language on the pages – „…, version 1“ in English, where the
 * pages wrote the documents' German „…, Fassung 1“ – and the German name is the documents' one.
 */
@FahrplanTest
class VersionNamesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired VersionNames names;
  @Autowired Strategies strategies;
  @Autowired PlatformTransactionManager transactions;

  private String page(String url, String language) throws Exception {
    return Pages.html(mvc, url, Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.READER), language);
  }

  @Test
  void theReaderSeesTheVersionNamedInTheirLanguage() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long version =
        jdbc.queryForObject(
            "select min(id) from strategy_version where tenant_id = ?", Long.class, muster);
    var reader = Users.in(muster, Role.READER);
    SecurityContextHolder.getContext().setAuthentication(reader);
    VersionView v;
    try {
      v = TenantReads.as(transactions, muster, () -> strategies.version(version));
    } finally {
      SecurityContextHolder.clearContext();
    }
    assertThat(names.of(v, Locale.GERMAN)).isEqualTo(v.label()).endsWith(", Fassung 1");
    String versionPage = "/strategy-versions/" + version;
    assertThat(page(versionPage, "de")).contains("<title>" + v.label() + " – Fahrplan</title>");
    assertThat(page(versionPage, "en"))
        .contains("<title>" + names.of(v, Locale.ENGLISH) + " – Fahrplan</title>");
    for (String url : List.of(versionPage, versionPage + "/plan")) {
      assertThat(page(url, "de")).contains(v.label());
      assertThat(page(url, "en"))
          .contains(names.of(v, Locale.ENGLISH))
          .contains(", version 1")
          .doesNotContain(", Fassung 1");
    }
  }

  /**
   * A message that names a version names it in the reader's language too (the refusal to generate a
   * paper for a version no longer in draft wrote „Fassung 1“ on English pages and answers).
   */
  @Test
  void anErrorNamesTheVersionInTheReadersLanguage() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long inForce =
        jdbc.queryForObject(
            "select min(id) from strategy_version where tenant_id = ? and status = 'IN_FORCE'",
            Long.class,
            muster);
    String url = "/api/v1/papers/from-strategy-version/" + inForce;
    String german = refusal(url, muster, "de");
    String english = refusal(url, muster, "en");
    assertThat(german).contains(", Fassung ").doesNotContain(", version ");
    assertThat(english).contains(", version ").doesNotContain(", Fassung ");
  }

  private String refusal(String url, long tenant, String language) throws Exception {
    return mvc.perform(
            post(url)
                .with(authentication(Users.in(tenant, Role.COORDINATION)))
                .header("Accept-Language", language))
        .andExpect(status().isUnprocessableContent())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
