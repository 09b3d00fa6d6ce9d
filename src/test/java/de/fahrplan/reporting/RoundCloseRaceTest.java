package de.fahrplan.reporting;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An update submitted while the coordination closes its round: the closing waits for the submit and
 * then names the submitted update (before, both went through – the update stayed submitted in a
 * closed round, where nobody can accept it any more, and the frozen report did not have it).
 */
@FahrplanTest
class RoundCloseRaceTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired StatusUpdates updates;
  @Autowired Rounds rounds;
  @Autowired PlatformTransactionManager transactions;
  final JsonMapper json = JsonMapper.builder().build();

  private JsonNode call(MockHttpServletRequestBuilder r, int expected) throws Exception {
    String body =
        mvc.perform(
                r.header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
                    .contentType(MediaType.APPLICATION_JSON))
            .andExpect(status().is(expected))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  /** A round of its own strategy (older than the demo's, which stays the current one). */
  private JsonNode openRound() throws Exception {
    long version =
        call(
                post("/api/v1/strategies")
                    .content("{\"title\":\"Rennprobe\",\"startYear\":2022,\"endYear\":2030}"),
                201)
            .get("id")
            .asLong();
    long field =
        call(
                post("/api/v1/strategy-versions/" + version + "/fields-of-action")
                    .content("{\"code\":\"HF\",\"title\":\"Verwaltung\"}"),
                201)
            .get("id")
            .asLong();
    long goal =
        call(
                post("/api/v1/strategy-versions/" + version + "/goals")
                    .content(
                        "{\"code\":\"A\",\"title\":\"Ziel\",\"fieldOfActionIds\":[" + field + "]}"),
                201)
            .get("id")
            .asLong();
    call(
        post("/api/v1/strategy-versions/" + version + "/measures")
            .content(
                "{\"code\":\"W-1\",\"title\":\"Wettlauf\",\"status\":\"IN_PROGRESS\",\"goalIds\":["
                    + goal
                    + "]}"),
        201);
    long council =
        jdbc.queryForObject(
            "select id from organization where short_name = 'Bürgerschaft'", Long.class);
    call(
        post("/api/v1/strategy-versions/" + version + "/adoption")
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .content(
                "{\"adoptedOn\":\"2025-01-10\",\"adoptedById\":"
                    + council
                    + ",\"inForceFrom\":\"2025-01-10\"}"),
        200);
    call(
        post("/api/v1/strategy-versions/" + version + "/in-force")
            .header(HttpHeaders.IF_MATCH, "\"1\""),
        200);
    return call(
        post("/api/v1/reporting-rounds")
            .content(
                "{\"strategyVersionId\":"
                    + version
                    + ",\"period\":\"Q3/2026\",\"confirmPastDueDate\":true}"),
        201);
  }

  /** Work of the coordination in a transaction of its own, in the calling thread. */
  private <T> T asCoordination(long tenant, Supplier<T> work) {
    Authentication coordination = Users.as(tenant, Demo.MUSTER_ADMIN, Role.COORDINATION);
    SecurityContextHolder.getContext().setAuthentication(coordination);
    try {
      return TenantContext.callAs(
          tenant, () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @Test
  void closingWaitsForAnUpdateBeingSubmittedAndThenNamesIt() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    JsonNode round = openRound();
    long roundId = round.get("id").asLong();
    long updateId =
        call(get("/api/v1/reporting-rounds/" + roundId + "/status-updates"), 200)
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    JsonNode update =
        call(
            put("/api/v1/status-updates/" + updateId)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .content("{\"trafficLight\":\"ON_TRACK\",\"progress\":60}"),
            200);

    // two threads of their own: the common pool may have a single one on two cores
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch submitted = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    CompletableFuture<Void> submitting =
        CompletableFuture.runAsync(
            () ->
                asCoordination(
                    muster,
                    () -> {
                      updates.submit(update.get("id").asLong(), update.get("version").asLong());
                      submitted.countDown();
                      try {
                        commit.await(10, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return null;
                    }),
            threads);
    if (!submitted.await(10, TimeUnit.SECONDS)) {
      submitting.get(1, TimeUnit.SECONDS); // says why the submit did not go through
    }
    CompletableFuture<Throwable> closing =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                asCoordination(
                    muster, () -> rounds.close(roundId, round.get("version").asLong(), null));
                return null;
              } catch (RuntimeException e) {
                return e;
              }
            },
            threads);
    Thread.sleep(1500); // without the lock the closing is through by now
    assertThat(closing).as("the closing waits for the submit").isNotDone();
    commit.countDown();
    submitting.get(10, TimeUnit.SECONDS);
    Throwable refused = closing.get(10, TimeUnit.SECONDS);
    assertThat(refused).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) refused).violations())
        .anySatisfy(v -> assertThat(v.code()).isEqualTo("reporting.submittedOnClose"));
    assertThat(call(get("/api/v1/reporting-rounds/" + roundId), 200).get("status").asString())
        .isEqualTo("OPEN");
  }
}
