package de.fahrplan.shared.web;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every list of the API answers {items, page, size, totalElements, totalPages}. */
@FahrplanTest
class ApiListsTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void noReadOfTheApiAnswersABareArrayButAnObjectsHistory() {
    List<String> bare = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
                  || !Collection.class.isAssignableFrom(
                      method.getReturnType().getParameterType())) {
                return;
              }
              info.getPatternValues().stream()
                  .filter(p -> p.startsWith("/api/") && !p.endsWith("/history"))
                  .forEach(bare::add);
            });
    assertThat(bare).isEmpty();
  }

  @Test
  void aMeasuresMilestonesComeAsAPage() throws Exception {
    long measure =
        jdbc.queryForObject(
            "select m.id from measure m join milestone x on x.measure_id = m.id"
                + " where m.tenant_id = ?"
                + " group by m.id having count(*) >= 2 order by m.id fetch first 1 rows only",
            Long.class,
            de.fahrplan.support.Demo.bodyId(jdbc, "musterstadt"));
    int all =
        jdbc.queryForObject(
            "select count(*) from milestone where measure_id = ?", Integer.class, measure);
    mvc.perform(
            get("/api/v1/measures/" + measure + "/milestones?size=1&page=1")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(1))
        .andExpect(jsonPath("$.totalElements").value(all))
        .andExpect(jsonPath("$.totalPages").value(all));
  }
}
