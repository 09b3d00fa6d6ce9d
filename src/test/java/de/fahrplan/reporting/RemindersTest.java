package de.fahrplan.reporting;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.MovableClock;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders end to end: a round of a strategy of its own, the clock moved to the days the reminders
 * are due, mails through SMTP to the in-process server – each exactly once, however often the job
 * runs, and none for an update that was submitted.
 */
@FahrplanTest
class RemindersTest {

  static final String OWNER = "markus.brenner@musterstadt.example";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired Reminders reminders;
  @Autowired MovableClock clock;
  @Autowired GreenMail greenMail;
  final JsonMapper json = JsonMapper.builder().build();

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private String call(String method, String url, String body, String ifMatch, int expected)
      throws Exception {
    var request =
        (method.equals("POST")
                ? post(url)
                : org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url))
            .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN))
            .contentType(MediaType.APPLICATION_JSON);
    if (body != null) {
      request.content(body);
    }
    if (ifMatch != null) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    return mvc.perform(request)
        .andExpect(status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private long id(String answer) {
    return json.readTree(answer).get("id").asLong();
  }

  private void today(String day) {
    clock.moveTo(LocalDate.parse(day).atTime(7, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
  }

  private long mailsTo(String recipient, String subjectStart) throws Exception {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> to(m).equals(recipient))
        .filter(m -> subject(m).startsWith(subjectStart))
        .count();
  }

  private static String to(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (Exception e) {
      return "";
    }
  }

  private static String body(MimeMessage m) throws Exception {
    return m.getContent().toString();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      return "";
    }
  }

  @Test
  void remindersGoOutOnceBeforeAndOnceAfterTheDueDate() throws Exception {
    long person = jdbc.queryForObject("select id from person where email = ?", Long.class, OWNER);
    long version =
        id(
            call(
                "POST",
                "/api/v1/strategies",
                "{\"title\":\"Erinnerungsprobe\",\"startYear\":2022,\"endYear\":2030}",
                null,
                201));
    long field =
        id(
            call(
                "POST",
                "/api/v1/strategy-versions/" + version + "/fields-of-action",
                "{\"code\":\"HF\",\"title\":\"Verwaltung\"}",
                null,
                201));
    long goal =
        id(
            call(
                "POST",
                "/api/v1/strategy-versions/" + version + "/goals",
                "{\"code\":\"A\",\"title\":\"Ziel\",\"fieldOfActionIds\":[" + field + "]}",
                null,
                201));
    for (String code : new String[] {"E-1", "E-2"}) {
      call(
          "POST",
          "/api/v1/strategy-versions/" + version + "/measures",
          "{\"code\":\""
              + code
              + "\",\"title\":\"Erinnerungsmaßnahme "
              + code
              + "\",\"goalIds\":["
              + goal
              + "],\"status\":\"PLANNED\",\"responsiblePersonId\":"
              + person
              + "}",
          null,
          201);
    }
    long rat =
        jdbc.queryForObject(
            "select id from organization where short_name = 'Bürgerschaft'", Long.class);
    call(
        "POST",
        "/api/v1/strategy-versions/" + version + "/adoption",
        "{\"adoptedOn\":\"2022-02-01\",\"adoptedById\":" + rat + ",\"inForceFrom\":\"2022-02-01\"}",
        "\"0\"",
        200);
    call("POST", "/api/v1/strategy-versions/" + version + "/in-force", null, "\"1\"", 200);
    long strategy =
        jdbc.queryForObject(
            "select strategy_id from strategy_version where id = ?", Long.class, version);
    // remind 5 days before and 3 days after the due date (15 days after the quarter)
    call(
        "PUT",
        "/api/v1/strategies/" + strategy + "/reporting-schedule",
        "{\"cadence\":\"QUARTERLY\",\"dueDays\":15,\"remindDaysBefore\":5,\"remindDaysAfter\":3}",
        "\"0\"",
        200);
    long round =
        id(
            call(
                "POST",
                "/api/v1/reporting-rounds",
                "{\"strategyVersionId\":" + version + ",\"period\":\"Q1/2027\"}",
                null,
                201));
    // due on 15.04.2027

    String before = "Fahrplan: Erinnerung – Sachstand Q1/2027";
    String after = "Fahrplan: Sachstand Q1/2027 überfällig";
    today("2027-04-09");
    reminders.sendDueEverywhere();
    today("2027-04-10");
    reminders.sendDueEverywhere();
    reminders.sendDueEverywhere();
    Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> mailsTo(OWNER, before) >= 1);
    // one mail for both measures, once, however often the job runs
    assertThat(mailsTo(OWNER, before)).isEqualTo(1);
    MimeMessage mail =
        Arrays.stream(greenMail.getReceivedMessages())
            .filter(m -> subject(m).startsWith(before))
            .findFirst()
            .orElseThrow();
    assertThat(body(mail))
        .contains("Erinnerungsmaßnahme E-1", "Erinnerungsmaßnahme E-2", "15.04.2027");

    // E-1 is submitted; only E-2 is overdue
    String e1 =
        jdbc.queryForObject(
            "select u.id from status_update u join measure m on m.id = u.measure_id"
                + " where u.round_id = ? and m.code = 'E-1'",
            String.class,
            round);
    call(
        "PUT",
        "/api/v1/status-updates/" + e1,
        "{\"trafficLight\":\"ON_TRACK\",\"progress\":10}",
        "\"0\"",
        200);
    call("POST", "/api/v1/status-updates/" + e1 + "/submit", null, "\"1\"", 200);
    today("2027-04-17");
    reminders.sendDueEverywhere();
    assertThat(mailsTo(OWNER, after)).as("not yet: 3 days after the due date").isZero();
    today("2027-04-18");
    // two nodes run the job at the same moment: the mail goes out once
    var start = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    var runs =
        java.util.stream.Stream.generate(
                () ->
                    pool.submit(
                        () -> {
                          start.await();
                          return reminders.sendDueEverywhere();
                        }))
            .limit(2)
            .toList();
    start.countDown();
    for (var run : runs) {
      run.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> mailsTo(OWNER, after) >= 1);
    assertThat(mailsTo(OWNER, after)).isEqualTo(1);
    MimeMessage overdue =
        Arrays.stream(greenMail.getReceivedMessages())
            .filter(m -> subject(m).startsWith(after))
            .findFirst()
            .orElseThrow();
    assertThat(body(overdue))
        .contains("Erinnerungsmaßnahme E-2")
        .doesNotContain("Erinnerungsmaßnahme E-1");

    // the coordination reminds all overdue owners: once a day
    String manual = "Fahrplan: Bitte Sachstand Q1/2027 einreichen";
    assertThat(call("POST", "/api/v1/reporting-rounds/" + round + "/reminders", null, null, 200))
        .contains("\"reminded\":1");
    assertThat(call("POST", "/api/v1/reporting-rounds/" + round + "/reminders", null, null, 200))
        .contains("\"reminded\":0");
    Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> mailsTo(OWNER, manual) >= 1);
    assertThat(mailsTo(OWNER, manual)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from reminder_sent r join status_update u on u.id = r.status_update_id"
                    + " where u.round_id = ?",
                Integer.class,
                round))
        .as("E-1 and E-2 before, E-2 after, E-2 by hand")
        .isEqualTo(4);
    // a closed round reminds nobody
    call(
        "POST", "/api/v1/reporting-rounds/" + round + "/close?submitted=LEAVE", null, "\"0\"", 200);
    today("2027-04-25");
    call("POST", "/api/v1/reporting-rounds/" + round + "/reminders", null, null, 422);
  }
}
