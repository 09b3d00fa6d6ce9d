package de.fahrplan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every irreversible page action asks first: each one, posted as a stray click, answers the
 * question and changes nothing; a role that may not do it gets 403 without a question; and no page
 * action that deletes, closes, adopts or puts in force is left without a question.
 */
@FahrplanTest
class ConfirmationsTest {

  /** Removals of a link that is added again in one step and takes nothing with it. */
  private static final Set<String> RE_ADDABLE_LINKS =
      Set.of(
          "/participants/{id}/delete",
          "/partners/{id}/delete",
          "/measures/{id}/predecessors/{predecessorId}/delete",
          "/organizations/{id}/members/{membershipId}/delete",
          "/concept-links/{id}/delete",
          "/consultations/{id}/delete",
          "/agenda-items/{id}/delete",
          "/statements/{id}/delete");

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** An action, the table row it must leave alone and the form values a page would post. */
  record Case(String pattern, String table, long id, Map<String, String> form) {}

  @Test
  void everyIrreversiblePageActionAsksAndIsGuardedByItsRole() {
    List<String> unguarded = new ArrayList<>();
    List<String> unasked = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                return;
              }
              for (String pattern : info.getPatternValues()) {
                boolean irreversible =
                    pattern.endsWith("/delete")
                        || pattern.endsWith("/close")
                        || pattern.endsWith("/adopt")
                        || pattern.endsWith("/in-force");
                boolean asks = method.hasMethodAnnotation(ConfirmFirst.class);
                if (pattern.startsWith("/api/") || (!irreversible && !asks)) {
                  continue;
                }
                if (!asks && !RE_ADDABLE_LINKS.contains(pattern)) {
                  unasked.add(pattern);
                }
                if (asks
                    && AnnotatedElementUtils.findMergedAnnotation(
                            method.getMethod(), PreAuthorize.class)
                        == null) {
                  unguarded.add(pattern);
                }
              }
            });
    assertThat(unasked).as("irreversible page actions without a question").isEmpty();
    assertThat(unguarded).as("questions without a role annotation").isEmpty();
  }

  @Test
  void aStrayPostOfEachActionOnlyAsksAndAReaderIsRefused() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    Authentication coordinator = Users.in(muster, Role.COORDINATION, Role.ADMIN);
    Authentication reader = Users.in(muster, Role.READER);
    List<Case> cases = cases(muster);
    Set<String> covered = new java.util.HashSet<>();
    for (Case c : cases) {
      covered.add(c.pattern());
      String page =
          mvc.perform(request(c).with(authentication(coordinator)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      // the question, with the confirming form – or the reasons why it cannot be done
      assertThat(page)
          .as(c.pattern())
          .containsAnyOf("name=\"confirmed\" value=\"true\"", "Das geht nicht:");
      assertThat(page).as(c.pattern()).containsPattern("<h1[^>]*>[^<]+\\?</h1>");
      assertThat(exists(c)).as(c.pattern() + " left alone").isTrue();
      assertThat(
              mvc.perform(request(c).with(authentication(reader)))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as(c.pattern() + " for a reader")
          .isEqualTo(403);
    }
    List<String> asking = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (method.hasMethodAnnotation(ConfirmFirst.class)) {
                asking.addAll(info.getPatternValues());
              }
            });
    assertThat(covered).containsExactlyInAnyOrderElementsOf(asking);
  }

  private MockHttpServletRequestBuilder request(Case c) {
    MockHttpServletRequestBuilder request =
        post(c.pattern().replace("{id}", String.valueOf(c.id())))
            .param("version", "0")
            .with(csrf());
    c.form().forEach(request::param);
    return request;
  }

  private boolean exists(Case c) {
    return jdbc.queryForObject(
            "select count(*) from " + c.table() + " where id = ?", Integer.class, c.id())
        == 1;
  }

  private List<Case> cases(long muster) {
    long draft =
        id(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.tenant_id = ? and v.status = 'DRAFT'",
            muster);
    long measure =
        id(
            "select min(r.measure_id) from resource_entry r join measure m on m.id ="
                + " r.measure_id where m.strategy_version_id = ?",
            draft);
    long indicator =
        id("select min(indicator_id) from indicator_value where tenant_id = ?", muster);
    long organization =
        id("select min(organization_id) from membership where tenant_id = ?", muster);
    Map<String, String> adoption = new LinkedHashMap<>();
    adoption.put("adoptedOn", "2026-11-30");
    adoption.put("adoptedById", String.valueOf(organization));
    adoption.put("inForceFrom", "2027-01-01");
    return List.of(
        new Case("/measures/{id}/delete", "measure", measure, Map.of()),
        new Case(
            "/milestones/{id}/delete",
            "milestone",
            id("select min(id) from milestone where measure_id = ?", measure),
            Map.of()),
        new Case(
            "/resource-entries/{id}/delete",
            "resource_entry",
            id("select min(id) from resource_entry where measure_id = ?", measure),
            Map.of()),
        new Case("/org-units/{id}/delete", "org_unit", any("org_unit", muster), Map.of()),
        new Case("/persons/{id}/delete", "person", any("person", muster), Map.of()),
        new Case("/organizations/{id}/delete", "organization", organization, Map.of()),
        new Case(
            "/legislative-terms/{id}/delete",
            "legislative_term",
            any("legislative_term", muster),
            Map.of()),
        new Case("/locations/{id}/delete", "location", any("location", muster), Map.of()),
        new Case("/indicators/{id}/delete", "indicator", indicator, Map.of()),
        new Case(
            "/indicator-values/{id}/delete",
            "indicator_value",
            id("select min(id) from indicator_value where indicator_id = ?", indicator),
            Map.of("indicatorId", String.valueOf(indicator))),
        new Case("/strategy-versions/{id}/adopt", "strategy_version", draft, adoption),
        new Case("/strategy-versions/{id}/in-force", "strategy_version", draft, Map.of()),
        new Case(
            "/reporting-rounds/{id}/close",
            "reporting_round",
            id(
                "select min(id) from reporting_round where tenant_id = ? and status = 'OPEN'",
                muster),
            Map.of()),
        new Case("/papers/{id}/delete", "paper", any("paper", muster), Map.of()),
        new Case("/meetings/{id}/delete", "meeting", any("meeting", muster), Map.of()),
        new Case("/mandates/{id}/delete", "mandate", any("mandate", muster), Map.of()),
        new Case("/paper-files/{id}/delete", "paper_file", any("paper_file", muster), Map.of()));
  }

  private long any(String table, long tenant) {
    return id("select min(id) from " + table + " where tenant_id = ?", tenant);
  }

  private long id(String sql, Object... args) {
    Long id = jdbc.queryForObject(sql, Long.class, args);
    assertThat(id).as(sql).isNotNull();
    return id;
  }
}
