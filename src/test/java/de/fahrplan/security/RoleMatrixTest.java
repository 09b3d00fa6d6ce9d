package de.fahrplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import de.fahrplan.shared.security.Role;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.Users;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Each role × each action, as documented in docs/roles.md: allowed means the request is not refused
 * (no 401/403) and not a server error, denied means 403 and nothing written.
 */
@FahrplanTest
class RoleMatrixTest {

  /** Who may do an action: municipality roles, and whether the operator may. */
  record Action(
      String name, String method, String url, String body, Set<Role> roles, boolean operator) {}

  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
  private static final Set<Role> NONE = EnumSet.noneOf(Role.class);
  private static final Set<Role> COORDINATION = EnumSet.of(Role.COORDINATION, Role.ADMIN);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private List<Action> actions(long muster) {
    long unit = Demo.anyId(jdbc, "org_unit", "musterstadt");
    long person = Demo.anyId(jdbc, "person", "musterstadt");
    long organization = Demo.anyId(jdbc, "organization", "musterstadt");
    long draft =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'DRAFT'",
            Long.class);
    long measure =
        jdbc.queryForObject(
            "select min(id) from measure where strategy_version_id = ?", Long.class, draft);
    long inForce =
        jdbc.queryForObject(
            "select v.id from strategy_version v join strategy s on s.id = v.strategy_id"
                + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt' and v.status = 'IN_FORCE'",
            Long.class);
    long round =
        jdbc.queryForObject(
            "select id from reporting_round where strategy_version_id = ? and status = 'OPEN'",
            Long.class,
            inForce);
    long update =
        jdbc.queryForObject(
            "select min(id) from status_update where round_id = ? and state = 'SUBMITTED'",
            Long.class,
            round);
    long report =
        jdbc.queryForObject(
            "select min(id) from progress_report where tenant_id = ?", Long.class, muster);
    long strategy =
        jdbc.queryForObject(
            "select strategy_id from strategy_version where id = ?", Long.class, inForce);
    long indicator =
        jdbc.queryForObject(
            "select min(id) from indicator where strategy_version_id = ?", Long.class, draft);
    long meeting = Demo.anyId(jdbc, "meeting", "musterstadt");
    long paperFile = Demo.anyId(jdbc, "paper_file", "musterstadt");
    long agendaItem =
        jdbc.queryForObject(
            "select min(id) from agenda_item where meeting_id = ? and paper_id is not null",
            Long.class,
            meeting);
    long paper =
        jdbc.queryForObject(
            "select min(id) from paper where tenant_id = ? and state = 'DRAFT'",
            Long.class,
            muster);
    long consultation =
        jdbc.queryForObject(
            "select min(id) from consultation where paper_id = ?", Long.class, paper);
    long inForceMeasure =
        jdbc.queryForObject(
            "select min(id) from measure where strategy_version_id = ?", Long.class, inForce);
    long inForceResource =
        jdbc.queryForObject(
            "select min(r.id) from resource_entry r join measure m on m.id = r.measure_id"
                + " where m.strategy_version_id = ?",
            Long.class,
            inForce);
    return List.of(
        new Action(
            "Stand der Umsetzung ändern (API)",
            "PUT",
            "/api/v1/measures/" + inForceMeasure + "/execution",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Stand der Umsetzung speichern",
            "POST",
            "/measures/" + inForceMeasure + "/execution",
            "",
            COORDINATION,
            false),
        new Action(
            "Haushaltsbeschluss erfassen (API)",
            "PUT",
            "/api/v1/resource-entries/" + inForceResource + "/budget-status",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Überplanmäßige Maßnahme anlegen (API)",
            "POST",
            "/api/v1/strategy-versions/" + inForce + "/unplanned-measures",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Bericht freigeben (API)",
            "POST",
            "/api/v1/progress-reports/" + report + "/approval",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Einleitung der Runde (API)",
            "PUT",
            "/api/v1/reporting-rounds/" + round + "/report-intro",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Gemeinsame Maßnahmen (API)", "GET", "/api/v1/shared-measures", null, ALL, false),
        new Action("Gemeinsame Maßnahmen (Seite)", "GET", "/shared-measures", null, ALL, false),
        new Action(
            "Beschluss berichtigen (API)",
            "PUT",
            "/api/v1/strategy-versions/" + inForce + "/adoption",
            "{}",
            COORDINATION,
            false),
        new Action("Organisation lesen (API)", "GET", "/api/v1/org-units", null, ALL, false),
        new Action("Personen lesen (API)", "GET", "/api/v1/persons/" + person, null, ALL, false),
        new Action(
            "Gremien lesen (API)",
            "GET",
            "/api/v1/organizations/" + organization + "/memberships",
            null,
            ALL,
            false),
        new Action(
            "Organisationseinheit anlegen (API)",
            "POST",
            "/api/v1/org-units",
            "{\"code\":\"\",\"name\":\"\"}",
            ADMIN,
            false),
        new Action("Person ändern (API)", "PUT", "/api/v1/persons/" + person, "{}", ADMIN, false),
        new Action(
            "Gremium löschen (API)",
            "DELETE",
            "/api/v1/organizations/" + organization,
            null,
            ADMIN,
            false),
        new Action(
            "Historie lesen (API)",
            "GET",
            "/api/v1/org-units/" + unit + "/history",
            null,
            ADMIN,
            false),
        new Action("Konten verwalten (API)", "GET", "/api/v1/accounts", null, ADMIN, false),
        new Action(
            "Eigene Kommune lesen (API)", "GET", "/api/v1/bodies/" + muster, null, ALL, true),
        new Action("Kommune ändern (API)", "PUT", "/api/v1/bodies/" + muster, "{}", ADMIN, true),
        new Action("Alle Kommunen (API)", "GET", "/api/v1/bodies", null, NONE, true),
        new Action("Kommune anlegen (API)", "POST", "/api/v1/bodies", "{}", NONE, true),
        new Action("Organisationseinheiten (Seite)", "GET", "/org-units", null, ALL, false),
        // forms a role cannot use are refused on GET too, not only when saved
        new Action(
            "Maßnahme anlegen (Formular)",
            "GET",
            "/strategy-versions/" + draft + "/measures/new",
            null,
            COORDINATION,
            false),
        new Action(
            "Maßnahme bearbeiten (Formular)",
            "GET",
            "/measures/" + measure + "/edit",
            null,
            COORDINATION,
            false),
        new Action(
            "Maßnahmen importieren (Formular)",
            "GET",
            "/strategy-versions/" + draft + "/measure-import",
            null,
            COORDINATION,
            false),
        new Action(
            "Meilenstein anlegen (Formular)",
            "GET",
            "/measures/" + measure + "/milestones/new",
            null,
            COORDINATION,
            false),
        new Action(
            "Mittel anlegen (Formular)",
            "GET",
            "/measures/" + measure + "/resources/new",
            null,
            COORDINATION,
            false),
        new Action(
            "Mittel aller Haushaltsjahre (Formular)",
            "GET",
            "/measures/" + measure + "/resources/grid",
            null,
            COORDINATION,
            false),
        new Action(
            "Zielbild bearbeiten (Formular)",
            "GET",
            "/strategy-versions/" + draft + "/vision",
            null,
            COORDINATION,
            false),
        new Action(
            "Ziel anlegen (Formular)",
            "GET",
            "/strategy-versions/" + draft + "/goals/new",
            null,
            COORDINATION,
            false),
        new Action(
            "Indikator bearbeiten (Formular)",
            "GET",
            "/indicators/" + indicator + "/edit",
            null,
            COORDINATION,
            false),
        new Action(
            "Organisation importieren (Formular)",
            "GET",
            "/imports/organisation",
            null,
            ADMIN,
            false),
        new Action("RIS-Import (Seite)", "GET", "/imports/oparl", null, ADMIN, false),
        new Action("RIS-Import (API)", "GET", "/api/v1/oparl-import", null, ADMIN, false),
        new Action(
            "RIS-Import abbrechen (API)", "POST", "/api/v1/oparl-import/cancel", "", ADMIN, false),
        new Action("Person (Seite)", "GET", "/persons/" + person, null, ALL, false),
        new Action(
            "Organisationseinheit anlegen (Formular)", "GET", "/org-units/new", null, ADMIN, false),
        new Action("Organisationseinheit speichern", "POST", "/org-units", "", ADMIN, false),
        new Action(
            "Person bearbeiten (Formular)",
            "GET",
            "/persons/" + person + "/edit",
            null,
            ADMIN,
            false),
        new Action(
            "Mitglied hinzufügen",
            "POST",
            "/organizations/" + organization + "/members",
            "",
            ADMIN,
            false),
        new Action("Import", "GET", "/imports/organisation", null, ADMIN, false),
        new Action("Konten und Rollen (Seite)", "GET", "/accounts", null, ADMIN, false),
        new Action("Postausgang", "GET", "/outbox", null, ADMIN, true),
        new Action("Kommunen (Seite)", "GET", "/bodies", null, NONE, true),
        new Action("API-Tokens (Seite)", "GET", "/account/tokens", null, ALL, false),
        new Action("Betriebsmetriken", "GET", "/actuator/prometheus", null, NONE, true),
        new Action(
            "Strategie lesen (API)",
            "GET",
            "/api/v1/strategy-versions/" + draft + "/goals",
            null,
            ALL,
            false),
        new Action(
            "Maßnahmen lesen (API)",
            "GET",
            "/api/v1/measures?strategyVersion=" + draft,
            null,
            ALL,
            false),
        new Action(
            "Maßnahme ändern (API)",
            "PUT",
            "/api/v1/measures/" + measure,
            "{}",
            COORDINATION,
            false),
        new Action(
            "Maßnahme anlegen (API)",
            "POST",
            "/api/v1/strategy-versions/" + draft + "/measures",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Zielbild ändern (API)",
            "PUT",
            "/api/v1/strategy-versions/" + draft + "/vision",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Maßnahmenplan (Seite)",
            "GET",
            "/strategy-versions/" + draft + "/plan",
            null,
            ALL,
            false),
        new Action("Maßnahme (Seite)", "GET", "/measures/" + measure, null, ALL, false),
        new Action("Maßnahme speichern", "POST", "/measures/" + measure, "", COORDINATION, false),
        new Action("Strategie (Seite)", "GET", "/strategies", null, ALL, false),
        new Action(
            "Planungseinstellungen lesen (API)", "GET", "/api/v1/plan-settings", null, ALL, false),
        new Action(
            "Planungseinstellungen ändern (API)",
            "PUT",
            "/api/v1/plan-settings",
            "{}",
            COORDINATION,
            false),
        new Action("Planungseinstellungen (Seite)", "GET", "/plan-settings", null, ALL, false),
        new Action(
            "Planungseinstellungen speichern", "POST", "/plan-settings", "", COORDINATION, false),
        new Action(
            "Beteiligte hinzufügen (API)",
            "POST",
            "/api/v1/measures/" + measure + "/participants",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Indikatoren lesen (API)",
            "GET",
            "/api/v1/strategy-versions/" + draft + "/indicators",
            null,
            ALL,
            false),
        new Action(
            "Messwert erfassen (API)",
            "POST",
            "/api/v1/indicators/" + indicator + "/values",
            "{}",
            COORDINATION,
            false),
        new Action("Indikator (Seite)", "GET", "/indicators/" + indicator, null, ALL, false),
        new Action(
            "Messwert erfassen",
            "POST",
            "/indicators/" + indicator + "/values",
            "",
            COORDINATION,
            false),
        new Action(
            "Konzept verknüpfen (API)",
            "POST",
            "/api/v1/strategy-versions/" + draft + "/concept-links",
            "{}",
            COORDINATION,
            false),
        new Action("Meine Aufgaben (Seite)", "GET", "/tasks", null, ALL, false),
        new Action("Vorlagen (Seite)", "GET", "/papers", null, ALL, false),
        new Action("Aufträge (Seite)", "GET", "/mandates?state=OVERDUE", null, ALL, false),
        new Action(
            "Stellungnahme anfragen (API)",
            "POST",
            "/api/v1/papers/" + paper + "/statements",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Vorlage freigeben",
            "POST",
            "/papers/" + paper + "/release?version=-1",
            "",
            COORDINATION,
            false),
        new Action(
            "Abzeichnung festlegen (API)",
            "PUT",
            "/api/v1/papers/" + paper + "/sign-offs",
            "{}",
            COORDINATION,
            false),
        new Action("Aufträge lesen (API)", "GET", "/api/v1/mandates", null, ALL, false),
        new Action(
            "Übliche Beratungsfolge übernehmen (API)",
            "POST",
            "/api/v1/papers/" + paper + "/consultations/from-type",
            null,
            COORDINATION,
            false),
        new Action("Anlage herunterladen", "GET", "/paper-files/" + paperFile, null, ALL, false),
        new Action(
            "Anlage lesen (API)", "GET", "/api/v1/paper-files/" + paperFile, null, ALL, false),
        new Action(
            "Anlage entfernen",
            "POST",
            "/paper-files/" + paperFile + "/delete?version=-1",
            "",
            COORDINATION,
            false),
        new Action(
            "Beschlussvorlage aus Entscheidungsbedarf",
            "POST",
            "/papers/from-status-update",
            "",
            COORDINATION,
            false),
        new Action(
            "Ergänzung anlegen",
            "POST",
            "/papers/" + paper + "/supplements",
            "",
            COORDINATION,
            false),
        new Action(
            "Ergänzungen lesen (API)",
            "GET",
            "/api/v1/papers/" + paper + "/supplements",
            null,
            ALL,
            false),
        new Action("Sitzungen (Seite)", "GET", "/meetings?past=true", null, ALL, false),
        new Action("Sitzung (Seite)", "GET", "/meetings/" + meeting, null, ALL, false),
        new Action(
            "Tagesordnung als PDF",
            "GET",
            "/meetings/" + meeting + "/agenda.pdf",
            null,
            ALL,
            false),
        new Action("Sitzungen lesen (API)", "GET", "/api/v1/meetings", null, ALL, false),
        new Action("Sitzung anlegen (Formular)", "GET", "/meetings/new", null, COORDINATION, false),
        new Action("Sitzung anlegen (API)", "POST", "/api/v1/meetings", "{}", COORDINATION, false),
        new Action("Sitzung speichern", "POST", "/meetings/" + meeting, "", COORDINATION, false),
        new Action(
            "Sitzung löschen (API)",
            "DELETE",
            "/api/v1/meetings/" + meeting,
            null,
            COORDINATION,
            false),
        new Action(
            "Tagesordnungspunkt hinzufügen",
            "POST",
            "/meetings/" + meeting + "/agenda-items",
            "",
            COORDINATION,
            false),
        new Action(
            "Tagesordnungspunkt bearbeiten (Formular)",
            "GET",
            "/agenda-items/" + agendaItem + "/edit",
            null,
            COORDINATION,
            false),
        new Action(
            "Tagesordnungspunkt entfernen (API)",
            "DELETE",
            "/api/v1/agenda-items/" + agendaItem,
            null,
            COORDINATION,
            false),
        new Action(
            "Auftrag erfassen (Formular)",
            "GET",
            "/papers/" + paper + "/mandates/new",
            null,
            COORDINATION,
            false),
        new Action(
            "Auftrag erfassen (API)",
            "POST",
            "/api/v1/papers/" + paper + "/mandates",
            "{}",
            COORDINATION,
            false),
        new Action("Vorlage (Seite)", "GET", "/papers/" + paper, null, ALL, false),
        new Action("Vorlage als PDF", "GET", "/papers/" + paper + ".pdf", null, ALL, false),
        new Action("Vorlagen lesen (API)", "GET", "/api/v1/papers?q=x", null, ALL, false),
        new Action("Vorlage anlegen (Formular)", "GET", "/papers/new", null, COORDINATION, false),
        new Action("Vorlage anlegen (API)", "POST", "/api/v1/papers", "{}", COORDINATION, false),
        new Action("Vorlage speichern", "POST", "/papers/" + paper, "", COORDINATION, false),
        new Action(
            "Mitteilungsvorlage erzeugen",
            "POST",
            "/papers/from-progress-report",
            "",
            COORDINATION,
            false),
        new Action(
            "Beschlussvorlage erzeugen",
            "POST",
            "/papers/from-strategy-version",
            "",
            COORDINATION,
            false),
        new Action(
            "Beratungsfolge ergänzen (API)",
            "POST",
            "/api/v1/papers/" + paper + "/consultations",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Beratung bearbeiten (Formular)",
            "GET",
            "/consultations/" + consultation + "/edit",
            null,
            COORDINATION,
            false),
        new Action(
            "Beratungsergebnis erfassen",
            "POST",
            "/consultations/" + consultation + "/result",
            "",
            COORDINATION,
            false),
        new Action(
            "Vorlageneinstellungen lesen (API)",
            "GET",
            "/api/v1/council-settings",
            null,
            ALL,
            false),
        new Action(
            "Vorlageneinstellungen ändern (API)",
            "PUT",
            "/api/v1/council-settings",
            "{}",
            ADMIN,
            false),
        new Action("Vorlageneinstellungen (Seite)", "GET", "/papers/settings", null, ADMIN, false),
        new Action(
            "Berichtswesen (Seite)",
            "GET",
            "/strategy-versions/" + inForce + "/reporting",
            null,
            ALL,
            false),
        new Action(
            "Berichtsrunde öffnen (API)",
            "POST",
            "/api/v1/reporting-rounds",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Sachstand lesen (API)", "GET", "/api/v1/status-updates/" + update, null, ALL, false),
        new Action(
            "fremden Sachstand speichern (API)",
            "PUT",
            "/api/v1/status-updates/" + update,
            "{}",
            COORDINATION,
            false),
        new Action(
            "Sachstand annehmen (API)",
            "POST",
            "/api/v1/status-updates/" + update + "/accept",
            null,
            COORDINATION,
            false),
        new Action(
            "Überfällige erinnern (API)",
            "POST",
            "/api/v1/reporting-rounds/" + round + "/reminders",
            null,
            COORDINATION,
            false),
        new Action(
            "Lagebild (Seite)",
            "GET",
            "/strategy-versions/" + inForce + "/dashboard",
            null,
            ALL,
            false),
        new Action(
            "Lagebild (API)",
            "GET",
            "/api/v1/strategy-versions/" + inForce + "/dashboard",
            null,
            ALL,
            false),
        new Action(
            "Berichtsarchiv (Seite)",
            "GET",
            "/strategies/" + strategy + "/progress-reports",
            null,
            ALL,
            false),
        new Action(
            "Fortschrittsbericht als DOCX (API)",
            "GET",
            "/api/v1/progress-reports/" + report + ".docx",
            null,
            ALL,
            false),
        new Action(
            "Berichtseinstellungen ändern (API)",
            "PUT",
            "/api/v1/strategies/" + strategy + "/reporting-schedule",
            "{}",
            COORDINATION,
            false),
        new Action(
            "Berichtsrunde schließen (API)",
            "POST",
            "/api/v1/reporting-rounds/" + round + "/close",
            null,
            COORDINATION,
            false),
        new Action(
            "Prioritätenmatrix (Seite)",
            "GET",
            "/strategy-versions/" + draft + "/priority-matrix",
            null,
            ALL,
            false));
  }

  @Test
  void eachRoleMayDoExactlyWhatIsDocumented() throws Exception {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    List<String> wrong = new ArrayList<>();
    for (Action action : actions(muster)) {
      for (Role role : Role.values()) {
        check(action, Users.in(muster, role), action.roles().contains(role), role.name(), wrong);
      }
      check(action, Users.operator(), action.operator(), "OPERATOR", wrong);
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void anonymousGetsLoginOr401() throws Exception {
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/org-units"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .endsWith("/login");
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/api/v1/org-units"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);
  }

  private void check(
      Action action, Authentication user, boolean allowed, String who, List<String> wrong)
      throws Exception {
    long writesBefore = jdbc.queryForObject("select count(*) from audit_event", Long.class);
    int status = mvc.perform(request(action, user)).andReturn().getResponse().getStatus();
    boolean refused = status == 401 || status == 403;
    if (status >= 500) {
      // a server error is neither "allowed" nor "refused": the matrix cannot tell, so it is wrong
      wrong.add(
          who + " " + action.name() + " (" + action.method() + " " + action.url() + "): " + status);
    } else if (allowed == refused) {
      wrong.add(
          who + " " + action.name() + " (" + action.method() + " " + action.url() + "): " + status);
    }
    if (refused
        && jdbc.queryForObject("select count(*) from audit_event", Long.class) != writesBefore) {
      wrong.add(who + " " + action.name() + ": refused but wrote");
    }
  }

  private MockHttpServletRequestBuilder request(Action action, Authentication user) {
    MockHttpServletRequestBuilder b =
        MockMvcRequestBuilders.request(action.method(), java.net.URI.create(action.url()));
    b.with(authentication(user)).with(csrf()).header(HttpHeaders.IF_MATCH, "\"0\"");
    if (action.body() != null && !action.body().isEmpty()) {
      b.contentType(MediaType.APPLICATION_JSON).content(action.body());
    }
    return b;
  }
}
