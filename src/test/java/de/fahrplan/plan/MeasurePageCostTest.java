package de.fahrplan.plan;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.StatementCounter;
import de.fahrplan.support.Users;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measure page reads what it shows – the measure, its sub-projects, the measures of its
 * dependencies – and not the rest of the plan: its statements and the measures it loads stay the
 * same when the plan grows by forty measures (a 1,000-measure plan once made it build every measure
 * three times). A whole version's reads cost the same statements however large the version.
 */
@FahrplanTest
class MeasurePageCostTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired EntityManagerFactory entityManagers;
  final JsonMapper json = JsonMapper.builder().build();
  private long goal;

  /**
   * What one request cost: statements this thread sent, measures loaded as entities, transactions.
   */
  record Cost(long statements, long measuresLoaded, long transactions) {}

  @Test
  void theMeasurePageCostsTheSameInASmallAndInALargePlan() throws Exception {
    Plan plan = planWithSubProjectAndSuccessor("Kostenprobe", "K");
    long root = plan.root();
    long next = plan.next();
    Cost small = page(root, next);

    for (int i = 3; i <= 42; i++) {
      predecessor(measure(plan.version(), "K-" + i, null), next);
    }
    Cost large = page(root, next);

    assertThat(small.statements()).isPositive();
    assertThat(large).isEqualTo(small);
    // the plan settings read once for the page, not once per view it builds (45 statements then);
    // the version with its strategy, the goals with their fields of action and the sub-projects
    // and the measures of the dependencies with their goals, tags and ratings in one statement each
    // (36 statements then)
    assertThat(large.statements()).as("statements of one measure page").isLessThanOrEqualTo(28);
    List<String> sent = StatementCounter.statements();
    assertThat(sent).as("the strategy read alone").noneMatch(q -> q.contains(" from strategy "));
    assertThat(sent)
        .as("fields of action read apart from their goals")
        .filteredOn(q -> q.contains("goal_field_of_action"))
        .allMatch(q -> q.contains(" from goal "));
    assertThat(sent)
        .as("the collections of a sub-project or a successor read apart from it")
        .noneMatch(q -> q.startsWith("select t1_0.measure_id,t1_0.tag from measure_tag"));
    // a measure without sub-projects: its roll-up is its own figures, the plan's tree and the
    // milestones and money are not read again (34 statements then, 29 before the statements above)
    Cost successor = cost(next);
    assertThat(successor.statements()).isLessThanOrEqualTo(24);
    // the history names each object once, all in one transaction: six changes of the lead unit
    // between two units cost two lookups, not a transaction and a statement per cell (twelve then)
    long muster = Demo.bodyId(jdbc, "musterstadt");
    java.util.List<Long> units =
        jdbc.queryForList(
            "select id from org_unit where tenant_id = ? order by id limit 2", Long.class, muster);
    for (int i = 0; i < 6; i++) {
      call(
              put("/api/v1/measures/" + next).header(HttpHeaders.IF_MATCH, "\"" + i + "\""),
              measureJson("K-2", null, units.get(i % 2)))
          .andExpect(status().isOk());
    }
    Cost changed = cost(next);
    assertThat(changed.transactions()).isEqualTo(successor.transactions());
    // the lead unit the page now shows and the other unit's name: the history is read in the
    // page's transaction, where the lead unit is loaded already (three statements before)
    assertThat(changed.statements()).isLessThanOrEqualTo(successor.statements() + 2);
    // no transaction of its own for the history (seven before)
    assertThat(changed.transactions()).isLessThanOrEqualTo(6);
    // the measure, its sub-project, its successor – nothing else of the plan
    assertThat(large.measuresLoaded()).isEqualTo(3);
  }

  /**
   * Viewed a second time, the measure page translates none of its queries anew: each query finds
   * its parsed text and its SQL kept from the first view (an entity graph, an {@code in :ids} list
   * or a Hibernate filter makes Hibernate translate a query on every execution – a fifth of the
   * page's time once).
   */
  @Test
  void theMeasurePageTranslatesItsQueriesOnce() throws Exception {
    long root = planWithSubProjectAndSuccessor("Übersetzungsprobe", "U").root();
    // and a measure of the plan in force with status updates: execution form and timeline
    long inForce =
        jdbc.queryForObject(
            "select min(u.measure_id) from status_update u join measure m on m.id = u.measure_id"
                + " join strategy_version v on v.id = m.strategy_version_id"
                + " where v.status = 'IN_FORCE' and m.tenant_id = ?",
            Long.class,
            Demo.bodyId(jdbc, "musterstadt"));
    for (long measure : new long[] {root, inForce}) {
      mvc.perform(get("/measures/" + measure).with(coordination())).andExpect(status().isOk());
      Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
      statistics.clear();

      mvc.perform(get("/measures/" + measure).with(coordination())).andExpect(status().isOk());

      java.util.Map<String, Long> translatedAgain = new java.util.TreeMap<>();
      long queries = 0;
      for (String query : statistics.getQueries()) {
        var q = statistics.getQueryStatistics(query);
        // loads by id and plain SQL have no parsed text to look up (no hit and no miss)
        if (q.getPlanCacheHitCount() + q.getPlanCacheMissCount() == 0) {
          continue;
        }
        queries++;
        // two look-ups an execution when both are kept: the parsed text and its SQL
        if (q.getPlanCacheMissCount() > 0 || q.getPlanCacheHitCount() < 2 * q.getExecutionCount()) {
          translatedAgain.put(query, q.getExecutionCount());
        }
      }
      assertThat(queries).as("queries of the page of measure %d", measure).isGreaterThan(5);
      assertThat(translatedAgain).as("queries translated again, measure %d", measure).isEmpty();
    }
  }

  /**
   * The participants are named in one query per kind – units, persons, committees – however many
   * take part (one statement per person and two per committee before).
   */
  @Test
  void theParticipantsCostTheSameStatementsHoweverManyTakePart() throws Exception {
    long version = draftWithGoal("Beteiligtenprobe", "BP");
    long measure = measure(version, "B-1", null);
    long muster = Demo.bodyId(jdbc, "musterstadt");
    java.util.Map<String, java.util.List<Long>> kinds = new java.util.LinkedHashMap<>();
    for (String[] kind :
        new String[][] {
          {"orgUnitId", "org_unit"}, {"personId", "person"}, {"organizationId", "organization"}
        }) {
      kinds.put(
          kind[0],
          jdbc.queryForList(
              "select id from " + kind[1] + " where tenant_id = ? order by id limit 4",
              Long.class,
              muster));
    }
    kinds.forEach((key, ids) -> participant(measure, key, ids.get(0)));
    Cost one = cost(measure);
    kinds.forEach((key, ids) -> ids.subList(1, 4).forEach(id -> participant(measure, key, id)));
    Cost four = cost(measure);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from measure_participant where measure_id = ?",
                Long.class,
                measure))
        .isEqualTo(12);
    assertThat(four.statements())
        .as("statements with four of each kind")
        .isEqualTo(one.statements());
  }

  /**
   * A whole version's reads – the export and the roadmap here, the report and the plan tree alike –
   * read the measures' goals, tags and ratings in one statement each however many measures there
   * are (in batches of a hundred before: three statements more per hundred measures), and the
   * roadmap's milestones in one statement by version (a list of every measure's id before).
   */
  @Test
  void aWholeVersionCostsTheSameStatementsForThreeAndForAHundredAndThreeMeasures()
      throws Exception {
    long version = draftWithGoal("Fassungsprobe", "FP");
    for (int i = 1; i <= 3; i++) {
      measure(version, "F-" + i, null);
    }
    long[] three = {
      statementsOf("/api/v1/measures/export.csv?strategyVersion=" + version),
      statementsOf("/api/v1/roadmap.pdf?strategyVersion=" + version)
    };
    for (int i = 4; i <= 103; i++) {
      measure(version, "F-" + i, null);
    }
    String csv =
        mvc.perform(
                get("/api/v1/measures/export.csv?strategyVersion=" + version)
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv.lines().filter(l -> l.startsWith("F-"))).hasSize(103);
    assertThat(
            new long[] {
              statementsOf("/api/v1/measures/export.csv?strategyVersion=" + version),
              statementsOf("/api/v1/roadmap.pdf?strategyVersion=" + version)
            })
        .as("statements of the export and the roadmap with 103 measures")
        .isEqualTo(three);
  }

  private long statementsOf(String url) throws Exception {
    StatementCounter.reset();
    mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk());
    return StatementCounter.count();
  }

  /**
   * A draft's measure {@code X-1} with its sub-project {@code } and its successor {@code X-2}.
   */
  record Plan(long version, long root, long next) {}

  private Plan planWithSubProjectAndSuccessor(String title, String prefix) throws Exception {
    long version = draftWithGoal(title, prefix + "P");
    long root = measure(version, prefix + "-1", null);
    measure(version, prefix + "-1.1", root);
    long next = measure(version, prefix + "-2", null);
    predecessor(next, root);
    return new Plan(version, root, next);
  }

  /** A new strategy's draft version with a field of action and one goal (kept in {@link #goal}). */
  private long draftWithGoal(String title, String code) throws Exception {
    long version =
        id(
            post("/api/v1/strategies"),
            "{\"title\":\"" + title + "\",\"startYear\":2026,\"endYear\":2030}");
    long field =
        id(
            post("/api/v1/strategy-versions/" + version + "/fields-of-action"),
            "{\"code\":\"" + code + "\",\"title\":\"" + title + "\"}");
    goal =
        id(
            post("/api/v1/strategy-versions/" + version + "/goals"),
            "{\"code\":\"" + code + "\",\"title\":\"Ziel\",\"fieldOfActionIds\":[" + field + "]}");
    return version;
  }

  private void participant(long measure, String key, long id) {
    try {
      send(
          post("/api/v1/measures/" + measure + "/participants"),
          "{\"" + key + "\":" + id + ",\"raci\":\"CONSULTED\"}");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The API's list with the measures' dependencies is read in one transaction: the version in
   * force, its strategy and the plan settings once (the version and its strategy were read twice,
   * in four transactions, before).
   */
  @Test
  void theApiListReadsTheVersionOnceInOneTransaction() throws Exception {
    Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    StatementCounter.reset();
    mvc.perform(
            get("/api/v1/measures?size=100")
                .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
        .andExpect(status().isOk());
    java.util.List<String> sent = StatementCounter.statements();
    assertThat(sent).filteredOn(q -> q.contains(" from strategy_version ")).hasSize(1);
    assertThat(sent).filteredOn(q -> q.contains(" from strategy ")).hasSize(1);
    assertThat(sent).filteredOn(q -> q.contains(" from plan_settings ")).hasSize(1);
    // the token's check and the list
    assertThat(statistics.getTransactionCount()).isLessThanOrEqualTo(2);
  }

  private Cost cost(long measure) throws Exception {
    Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    StatementCounter.reset();
    mvc.perform(get("/measures/" + measure).with(coordination())).andExpect(status().isOk());
    return new Cost(StatementCounter.count(), 0, statistics.getTransactionCount());
  }

  private RequestPostProcessor coordination() {
    return authentication(Users.in(Demo.bodyId(jdbc, "musterstadt"), Role.COORDINATION));
  }

  private Cost page(long measure, long successor) throws Exception {
    Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    StatementCounter.reset();
    mvc.perform(get("/measures/" + measure).with(coordination()))
        .andExpect(status().isOk())
        // the page still shows its sub-project, its successor and the predecessor choice
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("K-1.1 – Teilprojekt"),
                        containsString("K-2 – Maßnahme"),
                        containsString("<option value=\"" + successor + "\""))));
    return new Cost(
        StatementCounter.count(),
        statistics.getEntityStatistics("de.fahrplan.plan.internal.Measure").getLoadCount(),
        statistics.getTransactionCount());
  }

  private long measure(long version, String code, Long parent) throws Exception {
    return id(
        post("/api/v1/strategy-versions/" + version + "/measures"),
        measureJson(code, parent, null));
  }

  private String measureJson(String code, Long parent, Long leadUnit) {
    return "{\"code\":\""
        + code
        + "\",\"title\":\""
        + (parent == null ? "Maßnahme" : "Teilprojekt")
        + "\",\"status\":\"IDEA\",\"goalIds\":["
        + goal
        + "]"
        + (parent == null ? "" : ",\"parentId\":" + parent)
        + (leadUnit == null ? "" : ",\"leadOrgUnitId\":" + leadUnit)
        + "}";
  }

  private void predecessor(long measure, long predecessor) throws Exception {
    send(
        post("/api/v1/measures/" + measure + "/predecessors"),
        "{\"predecessorId\":" + predecessor + "}");
  }

  private long id(MockHttpServletRequestBuilder request, String body) throws Exception {
    return json.readTree(send(request, body)).get("id").asLong();
  }

  private ResultActions call(MockHttpServletRequestBuilder request, String body) throws Exception {
    return mvc.perform(
        request
            .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private String send(MockHttpServletRequestBuilder request, String body) throws Exception {
    return call(request, body)
        .andExpect(status().isCreated())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
