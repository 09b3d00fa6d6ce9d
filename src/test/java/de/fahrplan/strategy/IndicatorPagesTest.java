package de.fahrplan.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Indicator and concept pages: German states and numbers, errors that keep what was typed. */
@FahrplanTest
class IndicatorPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private long version(String status) {
    return jdbc.queryForObject(
        "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = ?",
        Long.class,
        status);
  }

  private long indicator(long version, String name) {
    return jdbc.queryForObject(
        "select id from indicator where strategy_version_id = ? and name = ?",
        Long.class,
        version,
        name);
  }

  @Test
  void theVersionPageListsIndicatorsWithTheirStateAndTheLinkedConcepts() throws Exception {
    var reader = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.READER);
    mvc.perform(get("/strategy-versions/" + version("IN_FORCE")).with(authentication(reader)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Online beantragbare Verwaltungsleistungen")))
        .andExpect(content().string(containsString("55,5 % (30.06.2026)")))
        .andExpect(content().string(containsString("im Verzug")))
        .andExpect(content().string(containsString("keine Messwerte")))
        .andExpect(content().string(containsString("VO/2021/01822")))
        .andExpect(
            content().string(containsString("https://musterstadt.example/klimaschutzkonzept")))
        // a reader gets no forms
        .andExpect(content().string(not(containsString("Indikator anlegen"))));
  }

  @Test
  void aBadValueIsNamedInGermanAndWhatWasTypedStays() throws Exception {
    long id = indicator(version("DRAFT"), "Fachbereiche mit elektronischer Akte");
    var coordination = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION);
    mvc.perform(
            post("/indicators/" + id + "/values")
                .with(authentication(coordination))
                .with(csrf())
                .param("measuredOn", "2026-02-31")
                .param("value", "12,5")
                .param("source", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kein gültiges Datum")))
        .andExpect(content().string(containsString("value=\"12,50\"")));
    mvc.perform(
            post("/indicators/" + id + "/values")
                .with(authentication(coordination))
                .with(csrf())
                .param("measuredOn", "2026-02-28")
                .param("value", "12,5")
                .param("source", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Bitte ausfüllen.")))
        .andExpect(content().string(containsString("value=\"12,50\"")))
        .andExpect(content().string(containsString("value=\"2026-02-28\"")));
    mvc.perform(
            post("/indicators/" + id + "/values")
                .with(authentication(coordination))
                .with(csrf())
                .param("measuredOn", "2025-12-31")
                .param("value", "1.234,5")
                .param("source", "Personalamt, Stichtag"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/indicators/" + id));
    mvc.perform(get("/indicators/" + id).with(authentication(coordination)))
        .andExpect(content().string(containsString("1.234,5")))
        .andExpect(content().string(containsString("Personalamt, Stichtag")))
        .andExpect(content().string(containsString("Messwert erfasst")));
  }

  @Test
  void anIndicatorFormSavedAsShownKeepsEveryDecimalOfItsValues() throws Exception {
    long id = indicator(version("DRAFT"), "Fachbereiche mit elektronischer Akte");
    var before =
        jdbc.queryForMap("select baseline_value, target_value from indicator where id = ?", id);
    jdbc.update(
        "update indicator set baseline_value = 12.3456, target_value = 80.125 where id = ?", id);
    try {
      var coordination = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION);
      String page =
          mvc.perform(get("/indicators/" + id + "/edit").with(authentication(coordination)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      // the form shows what is stored, not 12,35 and 80,12
      assertThat(page).contains("value=\"12,3456\"").contains("value=\"80,125\"");
      String form = page.substring(page.indexOf("id=\"version\""));
      form = form.substring(0, form.indexOf("</form>"));
      var post = post("/indicators/" + id).with(authentication(coordination)).with(csrf());
      Matcher input = Pattern.compile("name=\"(\\w+)\" value=\"([^\"]*)\"").matcher(form);
      while (input.find()) {
        post.param(input.group(1), HtmlUtils.htmlUnescape(input.group(2)));
      }
      Matcher direction = Pattern.compile("value=\"(\\w+)\" selected").matcher(form);
      assertThat(direction.find()).isTrue();
      post.param("direction", direction.group(1));
      mvc.perform(post).andExpect(status().is3xxRedirection());
      var after =
          jdbc.queryForMap("select baseline_value, target_value from indicator where id = ?", id);
      assertThat((BigDecimal) after.get("baseline_value")).isEqualByComparingTo("12.3456");
      assertThat((BigDecimal) after.get("target_value")).isEqualByComparingTo("80.125");
    } finally {
      jdbc.update(
          "update indicator set baseline_value = ?, target_value = ? where id = ?",
          before.get("baseline_value"),
          before.get("target_value"),
          id);
    }
  }

  @Test
  void aConceptLinkWithAScriptAddressIsRefused() throws Exception {
    long draft = version("DRAFT");
    var coordination = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION);
    mvc.perform(
            post("/strategy-versions/" + draft + "/concept-links")
                .with(authentication(coordination))
                .with(csrf())
                .param("title", "Mobilitätskonzept")
                .param("url", "javascript:alert(1)"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Keine gültige Adresse")))
        .andExpect(content().string(containsString("value=\"Mobilitätskonzept\"")));
    mvc.perform(
            post("/strategy-versions/" + version("IN_FORCE") + "/concept-links")
                .with(authentication(coordination))
                .with(csrf())
                .param("title", "Mobilitätskonzept"))
        .andExpect(content().string(containsString("schreibgeschützt")));
  }

  /** Deleting a measured value someone changed meanwhile: said on the indicator, kept (was 500). */
  @Test
  void deletingAValueSomeoneChangedMeanwhileSaysSoOnTheIndicator() throws Exception {
    var coordination = Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION);
    var value =
        jdbc.queryForMap(
            "select id, indicator_id, version from indicator_value where tenant_id = ?"
                + " order by id limit 1",
            Demo.bodyId(jdbc, "musterstadt"));
    long id = ((Number) value.get("id")).longValue();
    long indicator = ((Number) value.get("indicator_id")).longValue();
    jakarta.servlet.http.Cookie session =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/indicator-values/" + id + "/delete")
                    .param("indicatorId", String.valueOf(indicator))
                    .param(
                        "version", String.valueOf(((Number) value.get("version")).longValue() + 1))
                    .param("confirmed", "true")
                    .with(authentication(coordination))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                    "/indicators/" + indicator))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(get("/indicators/" + indicator).cookie(session).with(authentication(coordination)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("inzwischen geändert")));
    org.assertj.core.api.Assertions.assertThat(
            jdbc.queryForObject(
                "select count(*) from indicator_value where id = ?", Integer.class, id))
        .isOne();
  }
}
