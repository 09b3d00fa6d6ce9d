package de.fahrplan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An operator creates a municipality with its first administrator, who then manages it. */
@FahrplanTest
class BodyAdministrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private MockHttpServletRequestBuilder newBody(String slug, String ags, String adminEmail) {
    return post("/bodies")
        .param("name", "Gemeinde " + slug)
        .param("shortName", slug)
        .param("bodyType", "GEMEINDE")
        .param("ags", ags)
        .param("rgs", ags.substring(0, 5) + "0000000")
        .param("slug", slug)
        .param("adminEmail", adminEmail)
        .param("adminName", adminEmail == null ? null : "Erste Admin")
        .with(authentication(Users.operator()))
        .with(csrf());
  }

  @Test
  void operatorCreatesAMunicipalityWithItsFirstAdministrator() throws Exception {
    mvc.perform(newBody("lauf", "09574138", "it@lauf.example"))
        .andExpect(status().is3xxRedirection());
    long body = jdbc.queryForObject("select id from body where slug = 'lauf'", Long.class);
    assertThat(
            jdbc.queryForList(
                "select r.role from account_role r join account a on a.id = r.account_id where a.email = 'it@lauf.example' and r.tenant_id = ?",
                String.class,
                body))
        .containsExactly("ADMIN");
    assertThat(
            jdbc.queryForObject(
                "select subject from mail_outbox where recipient = 'it@lauf.example'",
                String.class))
        .isEqualTo("Fahrplan: Ihr Zugang");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where tenant_id = ? and object_type = 'Account'",
                Integer.class,
                body))
        .isEqualTo(1);
  }

  @Test
  void withoutAnAdministratorNothingIsCreated() throws Exception {
    int before = jdbc.queryForObject("select count(*) from body", Integer.class);
    mvc.perform(newBody("ohneadmin", "09574139", null))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"adminEmail-error\"")))
        .andExpect(content().string(containsString("value=\"ohneadmin\"")));
    mvc.perform(newBody("kaputt", "09574140", "kein-at"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Keine gültige E-Mail-Adresse")));
    assertThat(jdbc.queryForObject("select count(*) from body", Integer.class)).isEqualTo(before);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from account where email = 'kein-at'", Integer.class))
        .isZero();
  }

  @Test
  void aBadLogoRejectsTheWholeChange() throws Exception {
    long body = jdbc.queryForObject("select id from body where slug = 'beispielkreis'", Long.class);
    long version = jdbc.queryForObject("select version from body where id = ?", Long.class, body);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/bodies/" + body)
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "logo", "logo.svg", "image/svg+xml", "<svg/>".getBytes()))
                .param("version", String.valueOf(version))
                .param("name", "Landkreis Beispielkreis (umbenannt)")
                .param("shortName", "Beispielkreis")
                .param("bodyType", "LANDKREIS")
                .param("ags", "03399000")
                .param("rgs", "033990000000")
                .param("slug", "beispielkreis")
                .with(authentication(Users.operator()))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("PNG- oder JPEG-Datei")));
    assertThat(jdbc.queryForObject("select name from body where id = ?", String.class, body))
        .isEqualTo("Landkreis Beispielkreis");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from body where id = ? and logo is not null", Integer.class, body))
        .isZero();
  }

  @Test
  void onlyOperatorsCreateMunicipalities() throws Exception {
    long muster = jdbc.queryForObject("select id from body where slug = 'musterstadt'", Long.class);
    mvc.perform(
            newBody("fremd", "09574141", "x@fremd.example")
                .with(authentication(Users.in(muster, de.fahrplan.shared.security.Role.ADMIN))))
        .andExpect(status().isForbidden());
    assertThat(jdbc.queryForObject("select count(*) from body where slug = 'fremd'", Integer.class))
        .isZero();
  }
}
