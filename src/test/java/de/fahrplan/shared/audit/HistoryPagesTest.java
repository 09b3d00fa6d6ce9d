package de.fahrplan.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change histories of the demo's busiest objects read as German text: labels instead of keys
 * and codes, names instead of ids, German dates and amounts, no markup.
 */
@FahrplanTest
class HistoryPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void historiesShowNamesLabelsAndGermanValues() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    var reader = Users.in(muster, Role.READER);
    long m1 = Demo.musterMeasureId(jdbc, "DRAFT", "M-1");
    long paper =
        jdbc.queryForObject(
            "select min(paper_id) from statement where tenant_id = ? and answer = 'ATTACHED'",
            Long.class,
            muster);
    long unit = Demo.anyId(jdbc, "org_unit", "musterstadt");
    long update = updateWithMilestonesAndSpendingChanged(muster);
    for (String url :
        List.of(
            "/measures/" + m1,
            "/papers/" + paper,
            "/org-units/" + unit,
            "/status-updates/" + update)) {
      String page =
          mvc.perform(get(url).with(authentication(reader)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      int start = page.indexOf("id=\"history-heading\"");
      assertThat(start).as(url + " has a history").isPositive();
      String history = page.substring(start, page.indexOf("</section>", start));
      assertThat(history)
          .as(url)
          .doesNotContain("??", "_de", "(Nr.)", "&amp;amp;", "&lt;p", "EUR")
          .doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b")
          .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
          .doesNotContainPattern(">\\s*(true|false)\\s*<")
          .doesNotContainPattern(">\\s*\\[\\d")
          .doesNotContainPattern(">\\s*\\{")
          // a field created empty is no change: never "–" in both the old and the new cell
          .doesNotContainPattern(">–</td>\\s*<td class=\"kern-table__cell\">–</td>");
    }
  }

  /** A demo status update whose history records a change of its milestones and its spending. */
  private long updateWithMilestonesAndSpendingChanged(long tenant) {
    return jdbc.queryForObject(
        "select min(object_id) from audit_event where tenant_id = ?"
            + " and object_type = 'StatusUpdate' and changes like '%\"milestones\"%'"
            + " and changes like '%\"spending\"%' and changes like '%neu 20%'",
        Long.class, tenant);
  }

  /** A status update in English: its milestones, spending and history without a German word. */
  @Test
  void aStatusUpdateReadsInEnglishWithEnglishDatesAndAmounts() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long update = updateWithMilestonesAndSpendingChanged(muster);
    String page =
        mvc.perform(
                get("/status-updates/" + update)
                    .cookie(new jakarta.servlet.http.Cookie("fahrplan-lang", "en"))
                    .with(authentication(Users.in(muster, Role.READER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("(planned ", ": new date ", " FTE")
        .containsPattern("\\d{4}: €[\\d,]+\\.\\d{2}")
        .doesNotContain("geplant", "neuer Termin", "erreicht am", "VZÄ", " EUR", "€,")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
  }

  /**
   * The measure page reads its history in its own transaction: a name that cannot be found there (a
   * goal or unit deleted since) is named so, and the page still shows.
   */
  @Test
  void theMeasurePageNamesWhatIsGoneAndStillShows() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long m1 = Demo.musterMeasureId(jdbc, "DRAFT", "M-1");
    String gone =
        "[{\"field\":\"goalIds\",\"oldValue\":\"[999998]\",\"newValue\":\"[]\"},"
            + "{\"field\":\"leadOrgUnitId\",\"oldValue\":\"999999\",\"newValue\":null}]";
    jdbc.update(
        "insert into audit_event (tenant_id, occurred_at, actor, object_type, object_id, action,"
            + " changes) values (?, current_timestamp, 'probe', 'Measure', ?, 'CHANGED', ?)",
        muster,
        m1,
        gone);
    try {
      mvc.perform(get("/measures/" + m1).with(authentication(Users.in(muster, Role.READER))))
          .andExpect(status().isOk())
          .andExpect(
              content()
                  .string(
                      allOf(
                          containsString("Nr. 999998 (nicht mehr vorhanden)"),
                          containsString("Nr. 999999 (nicht mehr vorhanden)"))));
    } finally {
      jdbc.update("delete from audit_event where actor = 'probe' and object_id = ?", m1);
    }
  }

  @Autowired HistoryText text;

  /** The demo's name of the rating criterion CITIZENS (PlanSettings.DEFAULT_CRITERIA). */
  private static final String CITIZENS = "Nutzen für Bürgerinnen, Bürger und Unternehmen";

  /** Each kind of value, as the history shows it. */
  @Test
  void valuesReadAsPeopleWriteThem() {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    Map<String, Object> unit =
        jdbc.queryForMap(
            "select id, code, name from org_unit where tenant_id = ? and code = '1.050'", muster);
    String label = unit.get("code") + " – " + unit.get("name");
    de.fahrplan.shared.TenantContext.callAs(
        muster,
        () -> {
          org.springframework.security.core.context.SecurityContextHolder.getContext()
              .setAuthentication(Users.in(muster, Role.READER));
          org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
          try {
            assertThat(text.value("Measure", "leadOrgUnitId", unit.get("id").toString()))
                .isEqualTo(label);
            assertThat(text.value("Paper", "measureIds", "[]")).isEqualTo("–");
            assertThat(text.value("Measure", "level", "CROSS_DEPARTMENT"))
                .isEqualTo("fachbereichsübergreifend");
            assertThat(text.value("Measure", "plannedEnd", "2026-12-31")).isEqualTo("31.12.2026");
            assertThat(text.value("ResourceEntry", "consumptive", "120000.50"))
                .isEqualTo("120.000,50\u00a0€");
            assertThat(text.value("Measure", "unplanned", "true")).isEqualTo("ja");
            assertThat(text.value("OrgUnit", "code", "1.050")).as("a code").isEqualTo("1.050");
            assertThat(text.value("ResourceEntry", "fteNew", "1.5")).isEqualTo("1,5");
            assertThat(text.value("Measure", "description", "<p>Akte &amp; Archiv</p>"))
                .isEqualTo("Akte & Archiv");
            assertThat(text.value("Measure", "leadOrgUnitId", "999999"))
                .isEqualTo("Nr. 999999 (nicht mehr vorhanden)");
            assertThat(text.value("ReportingSchedule", "reportSections", "GOALS,SUMMARY"))
                .isEqualTo(
                    "Stand je Ziel mit Indikatoren, Zusammenfassung (Ampeln, Veränderungen,"
                        + " Abschlüsse, neue Risiken)");
            assertThat(text.value("Measure", "ratings", "{}")).isEqualTo("–");
            // a criterion by the name the municipality gave it, a key no longer defined as it is
            assertThat(text.value("Measure", "ratings", "{CITIZENS=3, COST=1}"))
                .isEqualTo(CITIZENS + ": 3; COST: 1");
            assertThat(text.value("Measure", "title", "{Entwurf}")).isEqualTo("{Entwurf}");
            // a status update's milestones and spending, recorded as one text each
            String milestones =
                "Ausschreibung erreicht 2026-03-28; Go-live neu 2026-10-01 (Lieferverzug; Ersatz"
                    + " bestellt); Abnahme offen";
            String spending =
                "2025: 80000.00 EUR, 0.50 VZÄ; 2026: 1200.5 EUR, 0 VZÄ (ohne Planung)";
            assertThat(text.value("StatusUpdate", "milestones", milestones))
                .isEqualTo(
                    "Ausschreibung: erreicht am 28.03.2026; Go-live: neuer Termin 01.10.2026"
                        + " (Lieferverzug; Ersatz bestellt); Abnahme: offen");
            assertThat(text.value("StatusUpdate", "spending", spending))
                .isEqualTo(
                    "2025: 80.000,00\u00a0€, 0,5 VZÄ; 2026: 1.200,50\u00a0€, 0 VZÄ"
                        + " (keine Planung für dieses Jahr)");
            assertThat(text.value("StatusUpdate", "spending", "2026 etwas"))
                .isEqualTo("2026 etwas");
            org.springframework.context.i18n.LocaleContextHolder.setLocale(
                java.util.Locale.ENGLISH);
            assertThat(text.value("StatusUpdate", "milestones", milestones))
                .isEqualTo(
                    "Ausschreibung: reached on 28 Mar 2026; Go-live: new date 1 Oct 2026"
                        + " (Lieferverzug; Ersatz bestellt); Abnahme: open");
            assertThat(text.value("StatusUpdate", "spending", spending))
                .isEqualTo(
                    "2025: €80,000.00, 0.5 FTE; 2026: €1,200.50, 0 FTE (no plan for this year)");
            assertThat(text.field("milestones")).isEqualTo("Milestones");
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
            assertThat(text.action("PARTICIPANT_ADDED")).isEqualTo("Beteiligte hinzugefügt");
            assertThat(text.field("level")).isEqualTo("Ebene");
            // the table's rows: an object that is gone is named so and does not fail the others
            Instant created = Instant.parse("2026-03-01T08:00:00Z");
            Instant changed = Instant.parse("2026-03-02T09:30:00Z");
            Instant deleted = Instant.parse("2026-03-03T10:00:00Z");
            List<AuditLog.Entry> entries =
                List.of(
                    new AuditLog.Entry(
                        "Measure",
                        changed,
                        "anna",
                        "CHANGED",
                        List.of(
                            new AuditLog.Change(
                                "leadOrgUnitId", "999999", unit.get("id").toString()),
                            new AuditLog.Change("tags", null, "[]"),
                            new AuditLog.Change("ratings", "{}", "{CITIZENS=3}"))),
                    // recorded before empty values counted as none: nothing to show but the event
                    new AuditLog.Entry(
                        "Measure",
                        created,
                        "anna",
                        "CREATED",
                        List.of(new AuditLog.Change("ratings", null, "{}"))),
                    new AuditLog.Entry("Measure", deleted, "ben", "DELETED", List.of()));
            assertThat(text.rows(entries))
                .containsExactly(
                    new HistoryText.Row(
                        changed,
                        "anna",
                        "geändert",
                        "Federführung",
                        "Nr. 999999 (nicht mehr vorhanden)",
                        label),
                    new HistoryText.Row(null, "", "", "Bewertungen", "–", CITIZENS + ": 3"),
                    new HistoryText.Row(created, "anna", "angelegt", "", "", ""),
                    new HistoryText.Row(deleted, "ben", "gelöscht", "", "", ""));
          } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
          }
          return null;
        });
  }

  @Autowired PlatformTransactionManager transactions;

  /**
   * Every kind of object a history names by id, gone: each is named so, and the read that names
   * them ends as it would have without them – in a commit, not a rollback (which on H2 also empties
   * the connection's cache of parsed statements, so every page that shows a history parsed all its
   * statements again).
   */
  @Test
  void objectsThatAreGoneLeaveTheReadThatNamesThemIntact() {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    List<String> fields =
        List.of(
            "goalIds",
            "fieldOfActionIds",
            "strategyVersionId",
            "leadOrgUnitId",
            "personId",
            "committeeId",
            "locationId",
            "paperId",
            "fileId",
            "meetingId",
            "measureId");
    List<AuditLog.Change> changes =
        fields.stream().map(f -> new AuditLog.Change(f, "999999", null)).toList();
    TransactionTemplate read = new TransactionTemplate(transactions);
    read.setReadOnly(true);
    List<HistoryText.Row> rows =
        de.fahrplan.shared.TenantContext.callAs(
            muster,
            () -> {
              org.springframework.security.core.context.SecurityContextHolder.getContext()
                  .setAuthentication(Users.in(muster, Role.READER));
              org.springframework.context.i18n.LocaleContextHolder.setLocale(
                  java.util.Locale.GERMAN);
              try {
                // throws UnexpectedRollbackException at the commit if the read was doomed
                return read.execute(
                    status ->
                        text.rows(
                            List.of(
                                new AuditLog.Entry(
                                    "Measure", Instant.now(), "anna", "CHANGED", changes))));
              } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
                org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
              }
            });
    assertThat(rows)
        .hasSize(fields.size())
        .allSatisfy(
            row -> assertThat(row.oldValue()).isEqualTo("Nr. 999999 (nicht mehr vorhanden)"));
  }
}
