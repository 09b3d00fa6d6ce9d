package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's measure list carries each measure's predecessors and successors (id and code) next to
 * its fields – the same dependencies the measure page and the roadmap show.
 */
@FahrplanTest
class MeasureListDependenciesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyListedMeasureNamesItsPredecessorsAndSuccessors() throws Exception {
    long version =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where v.tenant_id = ? and v.status = 'IN_FORCE'"
                + " and s.title = 'Digitale Strategie der Hansestadt Musterstadt'",
            Long.class,
            Demo.bodyId(jdbc, "musterstadt"));
    JsonNode list =
        JsonMapper.builder()
            .build()
            .readTree(
                mvc.perform(
                        get("/api/v1/measures?size=100&strategyVersion=" + version)
                            .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
    List<Map<String, Object>> stored =
        jdbc.queryForList(
            "select p.id pid, p.code pcode, s.id sid, s.code scode from measure_dependency d"
                + " join measure p on p.id = d.predecessor_id join measure s on s.id = d.successor_id"
                + " where s.strategy_version_id = ?",
            version);
    assertThat(stored).as("the demo plan has dependencies").isNotEmpty();
    int links = 0;
    for (JsonNode m : list.get("items")) {
      assertThat(m.get("code").asString()).as("the measure's own fields stay on top").isNotBlank();
      long id = m.get("id").asLong();
      TreeSet<String> predecessors = new TreeSet<>();
      TreeSet<String> successors = new TreeSet<>();
      for (Map<String, Object> d : stored) {
        if (((Number) d.get("sid")).longValue() == id) {
          predecessors.add(d.get("pid") + " " + d.get("pcode"));
        }
        if (((Number) d.get("pid")).longValue() == id) {
          successors.add(d.get("sid") + " " + d.get("scode"));
        }
      }
      assertThat(refs(m.get("predecessors"))).as(m.get("code").asString()).isEqualTo(predecessors);
      assertThat(refs(m.get("successors"))).as(m.get("code").asString()).isEqualTo(successors);
      links += predecessors.size();
    }
    assertThat(links).isEqualTo(stored.size());
  }

  private static TreeSet<String> refs(JsonNode array) {
    List<String> refs = new ArrayList<>();
    array.forEach(r -> refs.add(r.get("id").asLong() + " " + r.get("code").asString()));
    return new TreeSet<>(refs);
  }
}
