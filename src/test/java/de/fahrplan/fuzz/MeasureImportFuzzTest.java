package de.fahrplan.fuzz;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.fahrplan.support.FahrplanTest;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzing of the whole measure-list import – reader, column guessing, row checks (dates, money,
 * goals, org units, persons, sub-projects and their circles, budget years) and the all-or-nothing
 * write – through the API into a strategy of its own. Whatever the file: the answer is 200 or a
 * client error with reasons, never a server error, and a refused import leaves the measures, their
 * resources and tags exactly as they were. {@code ./mvnw verify} replays the corpus in {@code
 * MeasureImportFuzzTestInputs/} on H2 and PostgreSQL; real fuzzing: docs/import.md.
 */
@FahrplanTest
class MeasureImportFuzzTest {

  private static final String STRATEGY = "Fuzz-Strategie (Importprüfung)";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  final JsonMapper json = JsonMapper.builder().build();

  @FuzzTest(maxDuration = "60s")
  void rows(FuzzedDataProvider data) throws Exception {
    boolean xlsx = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    long version = fuzzVersion();
    Map<String, Object> before = snapshot(version);
    var response =
        mvc.perform(
                multipart("/api/v1/measure-imports")
                    .file(
                        new MockMultipartFile(
                            "file",
                            xlsx ? "liste.xlsx" : "liste.csv",
                            "application/octet-stream",
                            bytes))
                    .param("strategyVersion", String.valueOf(version))
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andReturn()
            .getResponse();
    int status = response.getStatus();
    assertThat(status).as(response.getContentAsString()).isIn(200, 400, 413, 422);
    if (status != 200) {
      assertThat(reasons(response.getContentAsString()))
          .as("a refusal names its reasons: " + response.getContentAsString())
          .isPositive();
      assertThat(snapshot(version)).as("a refused import writes nothing").isEqualTo(before);
    }
  }

  /** Problem details name their errors; a row report names the errors of its rows. */
  private int reasons(String body) {
    if (body.isBlank()) {
      return 0;
    }
    var node = json.readTree(body);
    int count = node.path("errors").size();
    for (var row : node.path("rows")) {
      count += row.path("errors").size();
    }
    return count;
  }

  /** Everything an import may touch in the version, as counts and sums of row versions. */
  private Map<String, Object> snapshot(long version) {
    return jdbc.queryForMap(
        "select (select count(*) from measure where strategy_version_id = ?) measures,"
            + " (select coalesce(sum(version), 0) from measure where strategy_version_id = ?) changes,"
            + " (select count(*) from resource_entry r join measure m on m.id = r.measure_id"
            + "   where m.strategy_version_id = ?) resources,"
            + " (select coalesce(sum(r.version), 0) from resource_entry r join measure m"
            + "   on m.id = r.measure_id where m.strategy_version_id = ?) resource_changes,"
            + " (select count(*) from measure_tag t join measure m on m.id = t.measure_id"
            + "   where m.strategy_version_id = ?) tags",
        version,
        version,
        version,
        version,
        version);
  }

  /** A draft 2024–2030 with goals A–C, created once per database. */
  private long fuzzVersion() throws Exception {
    List<Long> found =
        jdbc.queryForList(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = ?",
            Long.class,
            STRATEGY);
    if (!found.isEmpty()) {
      return found.get(0);
    }
    long version =
        id(
            "/api/v1/strategies",
            "{\"title\":\"" + STRATEGY + "\",\"startYear\":2024,\"endYear\":2030}");
    long field =
        id(
            "/api/v1/strategy-versions/" + version + "/fields-of-action",
            "{\"code\":\"HF 1\",\"title\":\"Verwaltung\"}");
    for (String goal : List.of("A", "B", "C")) {
      id(
          "/api/v1/strategy-versions/" + version + "/goals",
          "{\"code\":\""
              + goal
              + "\",\"title\":\"Ziel "
              + goal
              + "\",\"fieldOfActionIds\":["
              + field
              + "]}");
    }
    return version;
  }

  private long id(String url, String body) throws Exception {
    String answer =
        mvc.perform(
                post(url)
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer).get("id").asLong();
  }
}
