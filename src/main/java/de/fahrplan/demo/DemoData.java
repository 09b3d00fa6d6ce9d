package de.fahrplan.demo;

import de.fahrplan.identity.Accounts;
import de.fahrplan.identity.ApiTokens;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.BodyInput;
import de.fahrplan.organisation.BodyType;
import de.fahrplan.organisation.LegislativeTermInput;
import de.fahrplan.organisation.LegislativeTerms;
import de.fahrplan.organisation.MembershipInput;
import de.fahrplan.organisation.MembershipRole;
import de.fahrplan.organisation.OrgUnitInput;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.OrganizationClassification;
import de.fahrplan.organisation.OrganizationInput;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.organisation.PersonInput;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.BudgetStatus;
import de.fahrplan.plan.Dependencies;
import de.fahrplan.plan.MeasureInput;
import de.fahrplan.plan.MeasureLevel;
import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.MilestoneInput;
import de.fahrplan.plan.Milestones;
import de.fahrplan.plan.ParticipantInput;
import de.fahrplan.plan.Participants;
import de.fahrplan.plan.PartnerInput;
import de.fahrplan.plan.Raci;
import de.fahrplan.plan.ResourceInput;
import de.fahrplan.plan.Resources;
import de.fahrplan.reporting.RoundInput;
import de.fahrplan.reporting.RoundView;
import de.fahrplan.reporting.Rounds;
import de.fahrplan.reporting.StatusUpdateInput;
import de.fahrplan.reporting.StatusUpdateView;
import de.fahrplan.reporting.StatusUpdates;
import de.fahrplan.reporting.TrafficLight;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.Role;
import de.fahrplan.strategy.AdoptionInput;
import de.fahrplan.strategy.ConceptLinkInput;
import de.fahrplan.strategy.ConceptLinks;
import de.fahrplan.strategy.FieldOfActionInput;
import de.fahrplan.strategy.FieldsAndGoals;
import de.fahrplan.strategy.GoalInput;
import de.fahrplan.strategy.IndicatorDirection;
import de.fahrplan.strategy.IndicatorInput;
import de.fahrplan.strategy.IndicatorValueInput;
import de.fahrplan.strategy.Indicators;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.StrategyInput;
import de.fahrplan.strategy.VersionView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Two demo municipalities shaped like the seed papers: "Musterstadt" (a city with Bürgerschaft,
 * Hauptausschuss, Senat, Digitalisierungsausschuss) and "Landkreis Beispielkreis" (Kreistag,
 * Kreisausschuss, Koordinationsgruppe). Loaded once into an empty database, never in production.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "fahrplan.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  /** The password of every demo account (README). */
  static final String PASSWORD = "Fahrplan-Demo-2026";

  /** The demo account created last ({@link #accountsFor}). */
  static final String LAST_ACCOUNT = "verbund@fahrplan.example";

  static final String INCOMPLETE =
      "Die Demo-Daten sind unvollständig: der erste Start wurde beim Laden abgebrochen. Die"
          + " Datenbank löschen (eingebettet: ./data/) und neu starten. / The demo data is"
          + " incomplete: the first start was stopped while loading it. Delete the database"
          + " (embedded: ./data/) and start again.";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final Bodies bodies;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final Organizations organizations;
  private final LegislativeTerms legislativeTerms;
  private final Accounts accounts;
  private final ApiTokens tokens;
  private final Strategies strategies;
  private final FieldsAndGoals fieldsAndGoals;
  private final Measures measures;
  private final Dependencies dependencies;
  private final Resources resources;
  private final Milestones milestones;
  private final Participants participants;
  private final Indicators indicators;
  private final ConceptLinks conceptLinks;
  private final Rounds rounds;
  private final StatusUpdates statusUpdates;
  private final DemoCouncil council;

  DemoData(
      Bodies bodies,
      OrgUnits orgUnits,
      Persons persons,
      Organizations organizations,
      LegislativeTerms legislativeTerms,
      Accounts accounts,
      ApiTokens tokens,
      Strategies strategies,
      FieldsAndGoals fieldsAndGoals,
      Measures measures,
      Dependencies dependencies,
      Resources resources,
      Milestones milestones,
      Participants participants,
      Indicators indicators,
      ConceptLinks conceptLinks,
      Rounds rounds,
      StatusUpdates statusUpdates,
      DemoCouncil council) {
    this.bodies = bodies;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.organizations = organizations;
    this.legislativeTerms = legislativeTerms;
    this.accounts = accounts;
    this.tokens = tokens;
    this.strategies = strategies;
    this.fieldsAndGoals = fieldsAndGoals;
    this.measures = measures;
    this.dependencies = dependencies;
    this.resources = resources;
    this.milestones = milestones;
    this.participants = participants;
    this.indicators = indicators;
    this.conceptLinks = conceptLinks;
    this.rounds = rounds;
    this.statusUpdates = statusUpdates;
    this.council = council;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (bodies.idBySlug("musterstadt").isPresent()) {
      // the accounts are loaded last: without them a first start was stopped while loading, and
      // every demo login would fail without a word why
      if (accounts.userForLogin(LAST_ACCOUNT).isEmpty()) {
        throw new IllegalStateException(INCOMPLETE);
      }
      return;
    }
    var system =
        UsernamePasswordAuthenticationToken.authenticated(
            "demo",
            null,
            AuthorityUtils.createAuthorityList("ROLE_OPERATOR", "ROLE_ADMIN", "ROLE_COORDINATION"));
    SecurityContextHolder.getContext().setAuthentication(system);
    log.info(
        "Demo-Daten werden geladen; bis sie geladen sind, antwortet jede Seite „Fahrplan startet“");
    try {
      long muster = musterstadt();
      long kreis = beispielkreis();
      TenantContext.runAs(muster, this::musterstadtStrategy);
      TenantContext.runAs(kreis, this::beispielkreisStrategy);
      accountsFor(muster, kreis);
      log.info("Demo-Daten geladen: Musterstadt ({}), Landkreis Beispielkreis ({})", muster, kreis);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private long musterstadt() {
    long id =
        bodies
            .create(
                body(
                    "Hansestadt Musterstadt",
                    "Musterstadt",
                    BodyType.KREISFREIE_STADT,
                    "01099000",
                    "010990000000",
                    "https://www.musterstadt.example",
                    "musterstadt"))
            .id();
    TenantContext.runAs(
        id,
        () -> {
          Map<String, Long> u = new HashMap<>();
          unit(u, "FB 1", "Zentrale Dienste", null);
          unit(u, "1.100", "Büro des Bürgermeisters", "FB 1");
          unit(u, "1.201", "Haushalt und Steuerung", "FB 1");
          unit(u, "1.300", "Personal und Organisation", "FB 1");
          unit(u, "1.400", "IT und Digitalisierung", "FB 1");
          unit(u, "1.410", "Internetredaktion", "1.400");
          unit(u, "FB 2", "Bürgerservice und Ordnung", null);
          unit(u, "2.100", "Bürgerbüro", "FB 2");
          unit(u, "2.200", "Ordnungsamt", "FB 2");
          unit(u, "FB 3", "Bildung, Soziales und Kultur", null);
          unit(u, "3.100", "Schulen und Sport", "FB 3");
          unit(u, "3.200", "Kindertagesstätten", "FB 3");
          unit(u, "FB 4", "Planen, Bauen und Umwelt", null);
          unit(u, "4.100", "Stadtplanung und Mobilität", "FB 4");
          unit(u, "4.200", "Tiefbau und Breitband", "FB 4");
          unit(u, "1.030", "Bereich Recht", null);
          unit(u, "1.050", "Frauenbüro", null);
          unit(u, "1.060", "Datenschutz", null);
          unit(u, "1.140", "Rechnungsprüfungsamt", null);
          unit(u, "GPR", "Gesamtpersonalrat", null);
          Map<String, Long> p = new HashMap<>();
          person(
              p,
              "Linda",
              "Schütt",
              null,
              "Strategische Steuerung Digitalisierung",
              "koordination@musterstadt.example", // the demo account of Linda Schütt
              "0451 122-1501",
              u.get("1.201"));
          person(
              p,
              "Jan",
              "Lindqvist",
              null,
              "Bürgermeister",
              "buergermeister@musterstadt.example",
              "0451 122-1000",
              u.get("1.100"));
          person(
              p,
              "Aylin",
              "Kaya",
              null,
              "Chief Digital Officer",
              "aylin.kaya@musterstadt.example",
              "0451 122-1400",
              u.get("1.400"));
          person(
              p,
              "Markus",
              "Brenner",
              null,
              "Leitung Internetredaktion",
              "markus.brenner@musterstadt.example",
              "0451 122-1410",
              u.get("1.410"));
          person(
              p,
              "Petra",
              "Hoffmann",
              "Dr.",
              "Fachbereichsleitung Zentrale Dienste",
              "petra.hoffmann@musterstadt.example",
              "0451 122-1001",
              u.get("FB 1"));
          person(
              p,
              "Olaf",
              "Jensen",
              null,
              "Leitung Bürgerbüro",
              "fachbereich@musterstadt.example", // the demo account of Olaf Jensen
              "0451 122-2100",
              u.get("2.100"));
          person(
              p,
              "Sabine",
              "Wolters",
              null,
              "Fachbereichsleitung Bildung",
              "sabine.wolters@musterstadt.example",
              "0451 122-3000",
              u.get("FB 3"));
          person(
              p,
              "Thomas",
              "Berger",
              null,
              "Breitbandkoordination",
              "thomas.berger@musterstadt.example",
              "0451 122-4200",
              u.get("4.200"));
          person(
              p,
              "Miriam",
              "Schulz",
              null,
              "Datenschutzbeauftragte",
              "datenschutz@musterstadt.example",
              "0451 122-1060",
              u.get("1.060"));
          person(
              p,
              "Katrin",
              "Vogel",
              null,
              "Gleichstellungsbeauftragte",
              "frauenbuero@musterstadt.example",
              "0451 122-1050",
              u.get("1.050"));
          person(
              p,
              "Henrik",
              "Petersen",
              null,
              "Vorsitz Gesamtpersonalrat",
              "gpr@musterstadt.example",
              "0451 122-1090",
              u.get("GPR"));
          person(
              p,
              "Claudia",
              "Neumann",
              null,
              "Stadtpräsidentin",
              "stadtpraesidentin@musterstadt.example",
              null,
              null);
          person(
              p,
              "Frank",
              "Albers",
              null,
              "Ratsherr, Vorsitz Digitalisierungsausschuss",
              "frank.albers@rat.musterstadt.example",
              null,
              null);
          person(
              p,
              "Elif",
              "Demir",
              null,
              "Ratsfrau",
              "elif.demir@rat.musterstadt.example",
              null,
              null);
          person(
              p,
              "Gregor",
              "Lange",
              null,
              "Ratsherr",
              "gregor.lange@rat.musterstadt.example",
              null,
              null);
          person(
              p,
              "Uta",
              "Krüger",
              null,
              "Senatorin Bildung",
              "uta.krueger@musterstadt.example",
              null,
              u.get("FB 3"));
          // the leads who answer their units' statement requests on papers
          lead(u.get("2.100"), p.get("Jensen"));
          lead(u.get("1.050"), p.get("Vogel"));
          lead(u.get("1.060"), p.get("Schulz"));
          lead(u.get("GPR"), p.get("Petersen"));
          long rat =
              organization(
                  "Bürgerschaft der Hansestadt Musterstadt",
                  "Bürgerschaft",
                  OrganizationClassification.RAT);
          long ha = organization("Hauptausschuss", "HA", OrganizationClassification.HAUPTAUSSCHUSS);
          long senat =
              organization("Senat", "Senat", OrganizationClassification.VERWALTUNGSVORSTAND);
          long dig =
              organization(
                  "Haupt- und Digitalisierungsausschuss",
                  "HDA",
                  OrganizationClassification.FACHAUSSCHUSS);
          long kg =
              organization(
                  "Koordinationsgruppe Digitalisierung",
                  "KG Digital",
                  OrganizationClassification.ARBEITSGRUPPE);
          organization("IuK-Arbeitskreis", "IuK-AK", OrganizationClassification.ARBEITSGRUPPE);
          organization("Schulausschuss", "SchulA", OrganizationClassification.FACHAUSSCHUSS);
          organization(
              "Personalrat der Stadtverwaltung",
              "Personalrat",
              OrganizationClassification.SONSTIGES);
          term("Wahlperiode 2019–2024", LocalDate.of(2019, 6, 1), LocalDate.of(2024, 5, 31));
          term("Wahlperiode 2024–2029", LocalDate.of(2024, 6, 1), LocalDate.of(2029, 5, 31));
          member(rat, p.get("Neumann"), MembershipRole.VORSITZ, true);
          member(rat, p.get("Albers"), MembershipRole.MITGLIED, true);
          member(rat, p.get("Demir"), MembershipRole.MITGLIED, true);
          member(rat, p.get("Lange"), MembershipRole.MITGLIED, true);
          member(rat, p.get("Lindqvist"), MembershipRole.BERATENDES_MITGLIED, false);
          member(ha, p.get("Albers"), MembershipRole.VORSITZ, true);
          member(ha, p.get("Demir"), MembershipRole.STELLV_VORSITZ, true);
          member(ha, p.get("Lange"), MembershipRole.MITGLIED, true);
          member(senat, p.get("Lindqvist"), MembershipRole.VORSITZ, true);
          member(senat, p.get("Krüger"), MembershipRole.MITGLIED, true);
          member(senat, p.get("Hoffmann"), MembershipRole.BERATENDES_MITGLIED, false);
          member(dig, p.get("Albers"), MembershipRole.VORSITZ, true);
          member(dig, p.get("Demir"), MembershipRole.MITGLIED, true);
          member(dig, p.get("Kaya"), MembershipRole.BERATENDES_MITGLIED, false);
          member(kg, p.get("Kaya"), MembershipRole.VORSITZ, true);
          member(kg, p.get("Schütt"), MembershipRole.MITGLIED, true);
          member(kg, p.get("Brenner"), MembershipRole.MITGLIED, true);
          member(kg, p.get("Jensen"), MembershipRole.MITGLIED, true);
          member(kg, p.get("Berger"), MembershipRole.MITGLIED, true);
          member(kg, p.get("Schulz"), MembershipRole.INFORMIERT, false);
          member(kg, p.get("Vogel"), MembershipRole.INFORMIERT, false);
          member(kg, p.get("Petersen"), MembershipRole.BERATENDES_MITGLIED, false);
        });
    return id;
  }

  private long beispielkreis() {
    long id =
        bodies
            .create(
                body(
                    "Landkreis Beispielkreis",
                    "Beispielkreis",
                    BodyType.LANDKREIS,
                    "03399000",
                    "033990000000",
                    "https://www.beispielkreis.example",
                    "beispielkreis"))
            .id();
    TenantContext.runAs(
        id,
        () -> {
          Map<String, Long> u = new HashMap<>();
          unit(u, "01", "Büro Landrat", null);
          unit(u, "03.03.10", "Kreisentwicklung und E-Government", "01");
          unit(u, "FB 1", "Zentrale Steuerung", null);
          unit(u, "FB 2", "Finanzen", null);
          unit(u, "FB 3", "Ordnung und Verkehr", null);
          unit(u, "FB 4", "Jugend und Soziales", null);
          unit(u, "01.2", "Datenschutzbeauftragte", "01");
          unit(u, "01.3", "Gleichstellungsbeauftragte", "01");
          Map<String, Long> p = new HashMap<>();
          person(
              p,
              "Stefan",
              "Domanske",
              null,
              "E-Government-Koordination",
              "stefan.domanske@beispielkreis.example",
              "04131 26-1010",
              u.get("03.03.10"));
          person(
              p,
              "Renate",
              "Hollmann",
              null,
              "Landrätin",
              "landraetin@beispielkreis.example",
              "04131 26-1000",
              u.get("01"));
          person(
              p,
              "Dieter",
              "Kessler",
              null,
              "Vorsitz AFP",
              "dieter.kessler@kreistag.beispielkreis.example",
              null,
              null);
          person(
              p,
              "Nina",
              "Brandt",
              null,
              "stellv. Vorsitz AFP",
              "nina.brandt@kreistag.beispielkreis.example",
              null,
              null);
          long kt = organization("Kreistag", "KT", OrganizationClassification.RAT);
          term("Wahlperiode 2024–2029", LocalDate.of(2024, 6, 1), LocalDate.of(2029, 5, 31));
          long ka = organization("Kreisausschuss", "KA", OrganizationClassification.KREISAUSSCHUSS);
          long afp =
              organization(
                  "Ausschuss für Finanzen, Rechnungsprüfung, Personal und innere Angelegenheiten",
                  "AFP",
                  OrganizationClassification.FACHAUSSCHUSS);
          long kg =
              organization(
                  "Erweiterte Koordinationsgruppe E-Government",
                  "KG E-Gov",
                  OrganizationClassification.ARBEITSGRUPPE);
          member(kt, p.get("Kessler"), MembershipRole.MITGLIED, true);
          member(kt, p.get("Brandt"), MembershipRole.MITGLIED, true);
          member(ka, p.get("Hollmann"), MembershipRole.VORSITZ, true);
          member(afp, p.get("Kessler"), MembershipRole.VORSITZ, true);
          member(afp, p.get("Brandt"), MembershipRole.STELLV_VORSITZ, true);
          member(kg, p.get("Domanske"), MembershipRole.VORSITZ, true);
          member(kg, p.get("Kessler"), MembershipRole.MITGLIED, true);
          member(kg, p.get("Brandt"), MembershipRole.MITGLIED, true);
        });
    return id;
  }

  private void accountsFor(long muster, long kreis) {
    accounts.createLocal(
        "betrieb@fahrplan.example", "Betrieb (IT-Dienstleister)", PASSWORD, true, Map.of());
    long koordination =
        accounts.createLocal(
            "koordination@musterstadt.example",
            "Linda Schütt",
            PASSWORD,
            false,
            Map.of(muster, EnumSet.of(Role.ADMIN, Role.COORDINATION)));
    long fachbereich =
        accounts.createLocal(
            "fachbereich@musterstadt.example",
            "Olaf Jensen",
            PASSWORD,
            false,
            Map.of(muster, EnumSet.of(Role.EDITOR)));
    long lesen =
        accounts.createLocal(
            "lesen@musterstadt.example",
            "Jan Lindqvist",
            PASSWORD,
            false,
            Map.of(muster, EnumSet.of(Role.READER)));
    long kreisKoordination =
        accounts.createLocal(
            "koordination@beispielkreis.example",
            "Stefan Domanske",
            PASSWORD,
            false,
            Map.of(kreis, EnumSet.of(Role.ADMIN, Role.COORDINATION)));
    accounts.createLocal(
        LAST_ACCOUNT,
        "Interkommunale Koordination",
        PASSWORD,
        false,
        Map.of(muster, Set.of(Role.COORDINATION), kreis, Set.of(Role.COORDINATION)));
    tokens.createWithSecret(
        koordination, muster, "Demo-Token Musterstadt", "fp_demo_musterstadt_koordination");
    tokens.createWithSecret(
        kreisKoordination, kreis, "Demo-Token Beispielkreis", "fp_demo_beispielkreis_koordination");
    // accounts are linked to their persons explicitly; Stefan Domanske's person has his personal
    // address, his account the function's
    linkPerson(muster, koordination, "Schütt");
    linkPerson(muster, fachbereich, "Jensen");
    linkPerson(muster, lesen, "Lindqvist");
    linkPerson(kreis, kreisKoordination, "Domanske");
  }

  private void linkPerson(long tenant, long account, String familyName) {
    TenantContext.runAs(
        tenant,
        () ->
            persons.linkAccount(
                account,
                persons
                    .search(familyName, null, org.springframework.data.domain.PageRequest.of(0, 1))
                    .getContent()
                    .get(0)
                    .id()));
  }

  /**
   * Musterstadt's strategy 2024–2030: fields of action of the 2021 committee paper, goals A–F and
   * the measures of the seed papers. Version 1 is adopted and in force; version 2 is the draft of
   * the Fortschreibung.
   */
  private void musterstadtStrategy() {
    StrategyInput s = new StrategyInput();
    s.title = "Digitale Strategie der Hansestadt Musterstadt";
    s.startYear = 2024;
    s.endYear = 2030;
    VersionView v1 = strategies.create(s);
    strategies.changeVision(
        v1.id(),
        v1.version(),
        "Musterstadt ist 2030 eine Stadt, in der Bürgerinnen, Bürger und Unternehmen ihre Anliegen digital, einfach und"
            + " barrierefrei erledigen können.\n\nDie Verwaltung arbeitet mit elektronischen Akten, mobil und vernetzt;"
            + " Schulen und Kitas sind digital ausgestattet; Politik und Stadtgesellschaft gestalten die Stadt digital mit.");
    long hf1 =
        field(
            v1.id(),
            1,
            "HF 1",
            "Arbeitsplatz und Verwaltung",
            "Arbeitsplätze, Software, Infrastruktur, Prozesse");
    long hf2 = field(v1.id(), 2, "HF 2", "Bildung", "Schulen und Kindertagesstätten");
    long hf3 =
        field(v1.id(), 3, "HF 3", "Politik und Ehrenamt", "Digitale Gremienarbeit, Transparenz");
    long hf4 =
        field(
            v1.id(),
            4,
            "HF 4",
            "Smart City",
            "Beteiligung, Breitband, WLAN, Mobilität, Abholstationen");
    Map<String, Long> g = new HashMap<>();
    g.put("A", goal(v1.id(), "A", "Elektronische Aktenführung in allen Fachbereichen", hf1));
    g.put(
        "B",
        goal(v1.id(), "B", "Verwaltungsleistungen online nach dem Onlinezugangsgesetz", hf1, hf4));
    g.put(
        "C",
        goal(v1.id(), "C", "Transparente Kommunikation mit Bürgerschaft und Politik", hf3, hf4));
    g.put("D", goal(v1.id(), "D", "Moderne, mobile Arbeitsplätze und Projektarbeit", hf1));
    g.put("E", goal(v1.id(), "E", "Digitale Bildung in Schulen und Kitas", hf2));
    g.put("F", goal(v1.id(), "F", "Vernetzte Stadt: Breitband, WLAN und Beteiligung", hf4));
    Map<String, Long> units = orgUnitIds();
    Map<String, Long> people = personIds();
    measure(
        v1.id(),
        "M-1",
        "Einführung eines Dokumentenmanagementsystems",
        List.of(g.get("A")),
        MeasureStatus.IN_PROGRESS,
        null,
        "2024-01-01",
        "2026-12-31",
        "2024-02-01",
        null,
        units.get("1.400"),
        people.get("Kaya"));
    measure(
        v1.id(),
        "M-2",
        "E-Akte im Bürgerbüro (Pilot)",
        List.of(g.get("A")),
        MeasureStatus.COMPLETED,
        null,
        "2024-03-01",
        "2024-12-31",
        "2024-03-01",
        "2025-02-28",
        units.get("2.100"),
        people.get("Jensen"));
    measure(
        v1.id(),
        "M-3",
        "Aufbau einer Internetredaktion",
        List.of(g.get("C")),
        MeasureStatus.COMPLETED,
        null,
        "2024-01-01",
        "2024-09-30",
        "2024-01-15",
        "2024-10-31",
        units.get("1.410"),
        people.get("Brenner"));
    measure(
        v1.id(),
        "M-4",
        "Sicherer elektronischer Zugang (Nachfolge De-Mail)",
        List.of(g.get("B")),
        MeasureStatus.IN_PROGRESS,
        null,
        "2025-01-01",
        "2026-06-30",
        "2025-02-01",
        null,
        units.get("1.400"),
        people.get("Jensen")); // the Bürgerbüro answers the citizens' access
    measure(
        v1.id(),
        "M-5",
        "Leitfaden Projektmanagement",
        List.of(g.get("D")),
        MeasureStatus.COMPLETED,
        null,
        "2024-04-01",
        "2024-12-31",
        "2024-04-01",
        "2024-11-30",
        units.get("1.300"),
        people.get("Hoffmann"));
    measure(
        v1.id(),
        "M-6",
        "Prozessmanagement und Prozesslandkarte",
        List.of(g.get("A"), g.get("B")),
        MeasureStatus.IN_PROGRESS,
        null,
        "2024-06-01",
        "2027-12-31",
        "2024-09-01",
        null,
        units.get("1.201"),
        people.get("Schütt"));
    measure(
        v1.id(),
        "M-7",
        "Mobiles Arbeiten für alle Beschäftigten",
        List.of(g.get("D")),
        MeasureStatus.PLANNED,
        null,
        "2026-01-01",
        "2027-06-30",
        null,
        null,
        units.get("1.300"),
        people.get("Hoffmann"));
    measure(
        v1.id(),
        "M-8",
        "Öffentliches WLAN in der Innenstadt",
        List.of(g.get("F")),
        MeasureStatus.IN_PROGRESS,
        null,
        "2025-03-01",
        "2026-10-31",
        "2025-05-01",
        null,
        units.get("4.200"),
        people.get("Berger"));
    measure(
        v1.id(),
        "M-9",
        "Beteiligungs-App",
        List.of(g.get("F"), g.get("C")),
        MeasureStatus.PLANNED,
        null,
        "2026-04-01",
        "2028-03-31",
        null,
        null,
        units.get("1.410"),
        people.get("Brenner"));
    measure(
        v1.id(),
        "M-10",
        "Breitbandausbau in den Gewerbegebieten",
        List.of(g.get("F")),
        MeasureStatus.IN_PROGRESS,
        null,
        "2024-01-01",
        "2029-12-31",
        "2024-05-01",
        null,
        units.get("4.200"),
        people.get("Berger"));
    measure(
        v1.id(),
        "M-11",
        "Digitale Gremienarbeit für Ratsmitglieder",
        List.of(g.get("C")),
        MeasureStatus.PLANNED,
        null,
        "2026-09-01",
        "2027-08-31",
        null,
        null,
        units.get("1.100"),
        people.get("Lindqvist"));
    measure(
        v1.id(),
        "M-12",
        "WLAN und Endgeräte für alle Schulen",
        List.of(g.get("E")),
        MeasureStatus.IN_PROGRESS,
        null,
        "2024-08-01",
        "2028-07-31",
        "2024-08-01",
        null,
        units.get("3.100"),
        people.get("Wolters"));
    measure(
        v1.id(),
        "M-13",
        "Kita-Portal für Platzvergabe",
        List.of(g.get("E"), g.get("B")),
        MeasureStatus.IDEA,
        null,
        "2027-01-01",
        "2028-12-31",
        null,
        null,
        units.get("3.200"),
        people.get("Wolters"));
    measure(
        v1.id(),
        "M-14",
        "Digitale Abholstationen für Dokumente",
        List.of(g.get("B"), g.get("F")),
        MeasureStatus.DEFERRED,
        "Zurückgestellt bis zur Entscheidung über den Haushalt 2027 (Nachmeldeliste).",
        "2025-06-01",
        "2026-12-31",
        null,
        null,
        units.get("2.100"),
        people.get("Jensen"));
    plan(v1.id());
    long wlan = indicatorsAndConcepts(v1.id(), g);
    VersionView adopted = strategies.version(v1.id());
    AdoptionInput adoption = new AdoptionInput();
    adoption.adoptedOn = LocalDate.of(2023, 11, 24);
    adoption.adoptedById = organizationId("Bürgerschaft");
    adoption.paperReference =
        council.musterstadtAdoption(
            v1.id(), adoption.adoptedOn, units, people, this::organizationId);
    adoption.inForceFrom = LocalDate.of(2024, 1, 1);
    adopted = strategies.adopt(v1.id(), adopted.version(), adoption);
    strategies.putInForce(v1.id(), adopted.version());
    // measured on after the adoption, as in real life
    indicatorValue(wlan, "2026-09-30", "26", "Netzbetreiber, Monatsbericht September 2026");
    reportingRounds(v1.id());
    VersionView draft = strategies.newVersion(adopted.strategyId());
    council.musterstadtLater(adopted.strategyId(), draft.id(), units, people, this::organizationId);
  }

  /**
   * Four closed quarterly rounds (Q3/2025–Q2/2026) with accepted updates, and the open round
   * Q3/2026: some owners have submitted, one update was returned, the rest are still drafts.
   */
  private void reportingRounds(long versionId) {
    int quarter = 0;
    for (String period : List.of("Q3/2025", "Q4/2025", "Q1/2026", "Q2/2026")) {
      quarter++;
      RoundView round = openRound(versionId, period);
      for (StatusUpdateView u : statusUpdates.inRound(round.id())) {
        StatusUpdateView saved =
            statusUpdates.save(u.id(), u.version(), report(u, quarter, round.periodEnd()));
        saved = statusUpdates.submit(u.id(), saved.version());
        statusUpdates.accept(u.id(), saved.version());
      }
      rounds.close(round.id(), rounds.get(round.id()).version(), null);
    }
    RoundView open = openRound(versionId, "Q3/2026");
    int i = 0;
    for (StatusUpdateView u : statusUpdates.inRound(open.id())) {
      i++;
      if (i % 3 == 0) {
        continue; // still the draft, prefilled from Q2/2026
      }
      StatusUpdateView saved =
          statusUpdates.save(u.id(), u.version(), report(u, 5, open.periodEnd()));
      saved = statusUpdates.submit(u.id(), saved.version());
      if (i % 3 == 1 && i < 6) {
        statusUpdates.returnUpdate(
            u.id(), saved.version(), "Bitte die Mehrkosten beziffern und den neuen Termin nennen.");
      } else if (i % 3 == 1) {
        statusUpdates.accept(u.id(), saved.version());
      }
    }
  }

  private RoundView openRound(long versionId, String period) {
    RoundInput in = new RoundInput();
    in.strategyVersionId = versionId;
    in.period = period;
    in.confirmPastDueDate = true; // the demo's history: rounds of quarters long gone
    return rounds.open(in);
  }

  /**
   * A plausible report: progress grows per quarter, milestones due in the period are reached (M-4's
   * are moved), money flows in the period's year; M-4 and M-12 run into trouble.
   */
  private static StatusUpdateInput report(StatusUpdateView u, int quarter, LocalDate periodEnd) {
    String code = u.measureLabel().substring(0, u.measureLabel().indexOf(' '));
    StatusUpdateInput in = u.into(new StatusUpdateInput());
    for (var m : in.milestones) {
      var line =
          u.milestones().stream()
              .filter(x -> x.milestoneId().equals(m.milestoneId))
              .findFirst()
              .orElseThrow();
      if (m.done || line.dueDate().isAfter(periodEnd)) {
        continue;
      }
      if (code.equals("M-4")) {
        m.newPlannedDate = line.dueDate().plusMonths(4);
        m.reason = "Schnittstelle des Landes zum Servicekonto noch nicht freigegeben.";
      } else {
        m.done = true;
        m.actualDate = line.dueDate().plusDays(Math.abs(code.hashCode() % 9));
        if (m.actualDate.isAfter(periodEnd)) {
          m.actualDate = periodEnd;
        }
      }
    }
    int year = periodEnd.getYear();
    var spent = in.spending.stream().filter(x -> x.budgetYear == year).findFirst().orElse(null);
    if (spent == null) {
      spent = new de.fahrplan.reporting.SpendingInput();
      spent.budgetYear = year;
      in.spending.add(spent);
    }
    int quarterOfYear = (periodEnd.getMonthValue() + 2) / 3;
    spent.spent =
        java.math.BigDecimal.valueOf(4_000L * quarterOfYear * (1 + Math.abs(code.hashCode() % 5)));
    spent.fteUsed = new java.math.BigDecimal("0.50");
    in.progress = Math.min(95, 10 + quarter * 15 + Math.abs(code.hashCode() % 10));
    in.trafficLight = TrafficLight.ON_TRACK;
    in.achieved = "Arbeitspakete des Quartals umgesetzt; Abstimmung mit den Fachbereichen erfolgt.";
    in.nextSteps = "Nächste Arbeitspakete gemäß Projektplan; Bericht an den Lenkungskreis.";
    if (code.equals("M-4") && quarter >= 3) {
      in.trafficLight = TrafficLight.AT_RISK;
      in.explanation =
          "Die Anbindung an das Servicekonto des Landes verzögert sich um ein Quartal (Schnittstelle"
              + " des Landes noch nicht freigegeben).";
      in.risks = "Termin der Landesschnittstelle unsicher.";
    }
    if (code.equals("M-12") && quarter >= 4) {
      in.trafficLight = TrafficLight.CRITICAL;
      in.explanation =
          "Lieferengpass bei den Endgeräten; Fördermittel des Digitalpakts laufen Ende 2026 aus.";
      in.risks = "Verlust von Fördermitteln, wenn die Geräte nicht bis 31.12.2026 beschafft sind.";
      in.decisionsNeeded =
          "Zustimmung des Schulausschusses zur Vergabe an den zweitplatzierten Bieter.";
    }
    return in;
  }

  /**
   * Indicators of goals A, B, D and F (one reached, one on track, two behind, one without values; C
   * has none) and links to three other adopted concepts. Answers the WLAN indicator's id.
   */
  private long indicatorsAndConcepts(long versionId, Map<String, Long> g) {
    long akte =
        indicator(
            g.get("A"),
            "Fachbereiche mit elektronischer Akte",
            "Anzahl",
            IndicatorDirection.HIGHER_IS_BETTER,
            "0",
            "2024-01-01",
            "12",
            "2027-12-31");
    indicatorValue(akte, "2024-12-31", "2", "Projektbericht DMS 2024");
    indicatorValue(akte, "2025-12-31", "5", "Projektbericht DMS 2025");
    indicatorValue(akte, "2026-09-30", "6", "Projektbericht DMS, 3. Quartal 2026");
    long ozg =
        indicator(
            g.get("B"),
            "Online beantragbare Verwaltungsleistungen (OZG)",
            "%",
            IndicatorDirection.HIGHER_IS_BETTER,
            "18",
            "2023-12-31",
            "80",
            "2028-12-31");
    indicatorValue(ozg, "2024-12-31", "31", "OZG-Dashboard des Landes");
    indicatorValue(ozg, "2025-12-31", "46", "OZG-Dashboard des Landes");
    indicatorValue(ozg, "2026-06-30", "55,5", "OZG-Dashboard des Landes");
    long wohngeld =
        indicator(
            g.get("B"),
            "Bearbeitungsdauer Wohngeld (Durchschnitt)",
            "Tage",
            IndicatorDirection.LOWER_IS_BETTER,
            "42",
            "2023-12-31",
            "21",
            "2027-12-31");
    indicatorValue(wohngeld, "2025-06-30", "38", "Fachverfahren Wohngeld, Auswertung 1. Halbjahr");
    indicator(
        g.get("D"),
        "Beschäftigte mit mobilem Arbeitsplatz",
        "%",
        IndicatorDirection.HIGHER_IS_BETTER,
        "15",
        "2024-01-01",
        "90",
        "2027-06-30");
    long wlan =
        indicator(
            g.get("F"),
            "Öffentliche WLAN-Hotspots in der Innenstadt",
            "Anzahl",
            IndicatorDirection.HIGHER_IS_BETTER,
            "0",
            "2025-01-01",
            "25",
            "2026-10-31");
    indicatorValue(wlan, "2025-11-20", "12", "Netzbetreiber, Monatsbericht November 2025");
    concept(
        versionId,
        "Klimaschutzkonzept der Hansestadt Musterstadt 2030",
        "2021-06-17",
        "VO/2021/01822",
        "https://musterstadt.example/klimaschutzkonzept");
    concept(versionId, "Integrationskonzept", "2019-03-14", "VO/2019/00917", null);
    concept(
        versionId,
        "Schulentwicklungsplan 2023–2028",
        "2023-05-11",
        "VO/2023/02215",
        "https://musterstadt.example/schulentwicklungsplan");
    return wlan;
  }

  private long indicator(
      long goalId,
      String name,
      String unit,
      IndicatorDirection direction,
      String baseline,
      String baselineDate,
      String target,
      String targetDate) {
    IndicatorInput in = new IndicatorInput();
    in.name = name;
    in.unit = unit;
    in.direction = direction;
    in.baselineValue = new BigDecimal(baseline);
    in.baselineDate = LocalDate.parse(baselineDate);
    in.targetValue = new BigDecimal(target);
    in.targetDate = LocalDate.parse(targetDate);
    return indicators.add(goalId, in).id();
  }

  private void indicatorValue(long indicatorId, String date, String value, String source) {
    IndicatorValueInput in = new IndicatorValueInput();
    in.measuredOn = LocalDate.parse(date);
    in.value = new BigDecimal(value.replace(',', '.'));
    in.source = source;
    indicators.addValue(indicatorId, in);
  }

  private void concept(
      long versionId, String title, String adoptedOn, String reference, String url) {
    ConceptLinkInput in = new ConceptLinkInput();
    in.title = title;
    in.adoptedOn = LocalDate.parse(adoptedOn);
    in.reference = reference;
    in.url = url;
    conceptLinks.add(versionId, in);
  }

  /** Milestones and staff/money per budget year for the measures of Musterstadt's plan. */
  private void plan(long versionId) {
    Map<String, Long> byCode = new HashMap<>();
    measures.all(versionId).forEach(m -> byCode.put(m.code(), m.id()));
    milestone(byCode.get("M-1"), "Ausschreibung DMS veröffentlicht", "2024-06-30", "2024-07-15");
    milestone(byCode.get("M-1"), "Pilotbetrieb in 1.201", "2025-06-30", "2025-09-30");
    milestone(byCode.get("M-1"), "Rollout in allen Fachbereichen", "2026-12-31", null);
    milestone(byCode.get("M-4"), "Anbindung an das Servicekonto des Landes", "2025-09-30", null);
    milestone(byCode.get("M-8"), "Hotspots am Markt und im Rathaus", "2025-10-31", "2025-11-20");
    milestone(byCode.get("M-8"), "Hotspots in allen Stadtteilzentren", "2026-10-31", null);
    milestone(byCode.get("M-10"), "Förderbescheid Gigabitförderung", "2024-12-31", "2025-02-10");
    milestone(byCode.get("M-12"), "Alle Grundschulen mit WLAN", "2025-07-31", null);
    resources(
        byCode.get("M-1"),
        2024,
        "1.00",
        "1.00",
        "0.50",
        "45000.00",
        "120000.00",
        "APPROVED",
        "158400.00");
    resources(
        byCode.get("M-1"),
        2025,
        "1.00",
        "1.00",
        "0.50",
        "60000.00",
        "80000.00",
        "APPROVED",
        "121950.50");
    resources(
        byCode.get("M-1"),
        2026,
        "1.00",
        "1.00",
        "0.00",
        "65000.00",
        "40000.00",
        "REGISTERED",
        null);
    resources(
        byCode.get("M-3"),
        2024,
        "0.50",
        "1.00",
        "0.00",
        "25000.00",
        "0.00",
        "APPROVED",
        "24310.00");
    resources(
        byCode.get("M-4"),
        2025,
        "0.50",
        "0.00",
        "0.25",
        "30000.00",
        "15000.00",
        "APPROVED",
        "18000.00");
    resources(byCode.get("M-4"), 2026, "0.50", "0.00", "0.25", "30000.00", "0.00", "PLANNED", null);
    resources(
        byCode.get("M-6"), 2025, "1.00", "0.00", "0.00", "20000.00", "0.00", "APPROVED", "9500.00");
    resources(byCode.get("M-6"), 2026, "1.00", "0.00", "0.00", "20000.00", "0.00", "PLANNED", null);
    resources(
        byCode.get("M-7"),
        2026,
        "0.25",
        "0.00",
        "0.00",
        "15000.00",
        "250000.00",
        "REGISTERED",
        null);
    resources(
        byCode.get("M-8"),
        2025,
        "0.25",
        "0.00",
        "0.00",
        "12000.00",
        "85000.00",
        "APPROVED",
        "79000.00");
    resources(
        byCode.get("M-8"), 2026, "0.25", "0.00", "0.00", "14000.00", "60000.00", "APPROVED", null);
    resources(
        byCode.get("M-10"),
        2025,
        "0.50",
        "0.00",
        "0.00",
        "10000.00",
        "1500000.00",
        "APPROVED",
        "640000.00");
    resources(
        byCode.get("M-12"),
        2025,
        "0.50",
        "1.00",
        "0.00",
        "40000.00",
        "900000.00",
        "APPROVED",
        "455000.00");
    resources(
        byCode.get("M-14"), 2027, "0.00", "0.00", "0.00", "8000.00", "60000.00", "REJECTED", null);
    priorities(byCode);
  }

  /**
   * Ratings (legal obligation, citizens, administration, effort, urgency), tags, levels, a
   * sub-project, dependencies, participants and partners – so that the priority matrix, the RACI
   * list and the roll-ups show something real.
   */
  private void priorities(Map<String, Long> byCode) {
    enrich(byCode.get("M-1"), null, MeasureLevel.CROSS_DEPARTMENT, "2,1,3,3,2", "E-Akte");
    enrich(byCode.get("M-2"), byCode.get("M-1"), MeasureLevel.DEPARTMENT, "1,2,2,1,2", "E-Akte");
    enrich(byCode.get("M-3"), null, MeasureLevel.DEPARTMENT, "0,3,1,1,1", "Transparenz");
    enrich(byCode.get("M-4"), null, MeasureLevel.CROSS_DEPARTMENT, "3,3,1,2,3", "OZG");
    enrich(byCode.get("M-5"), null, MeasureLevel.CROSS_DEPARTMENT, "0,0,2,1,1", null);
    enrich(byCode.get("M-6"), null, MeasureLevel.CROSS_DEPARTMENT, "1,1,3,2,2", "OZG");
    enrich(byCode.get("M-7"), null, MeasureLevel.CROSS_DEPARTMENT, "0,1,3,3,1", null);
    enrich(byCode.get("M-8"), null, MeasureLevel.DEPARTMENT, "0,3,0,1,1", "Smart City");
    enrich(byCode.get("M-9"), null, MeasureLevel.DEPARTMENT, "0,2,1,2,1", "Transparenz,Smart City");
    enrich(byCode.get("M-10"), null, MeasureLevel.INTERMUNICIPAL, "1,3,1,3,3", "Smart City");
    enrich(byCode.get("M-11"), null, MeasureLevel.DEPARTMENT, "1,1,2,1,2", "Transparenz");
    enrich(byCode.get("M-12"), null, MeasureLevel.CROSS_DEPARTMENT, "2,3,1,3,3", "Bildung");
    enrich(byCode.get("M-13"), null, MeasureLevel.CROSS_DEPARTMENT, "3,3,2,2,2", "OZG,Bildung");
    enrich(byCode.get("M-14"), null, MeasureLevel.DEPARTMENT, "0,2,1,2,0", "OZG");
    dependencies.addPredecessor(byCode.get("M-13"), byCode.get("M-6"));
    dependencies.addPredecessor(byCode.get("M-14"), byCode.get("M-6"));
    dependencies.addPredecessor(byCode.get("M-2"), byCode.get("M-1"));
    Map<String, Long> people = personIds();
    participant(byCode.get("M-1"), null, people.get("Schulz"), null, Raci.INFORMED, null);
    participant(byCode.get("M-1"), null, people.get("Vogel"), null, Raci.INFORMED, null);
    participant(byCode.get("M-1"), null, null, organizationId("Personalrat"), Raci.CONSULTED, null);
    participant(
        byCode.get("M-1"), null, null, organizationId("KG Digital"), Raci.RESPONSIBLE, "Steuerung");
    participant(byCode.get("M-7"), null, null, organizationId("Personalrat"), Raci.CONSULTED, null);
    participant(byCode.get("M-7"), null, people.get("Schulz"), null, Raci.CONSULTED, null);
    PartnerInput kreis = new PartnerInput();
    kreis.partnerBodyId =
        participants.partnerChoices().entrySet().stream()
            .filter(e -> e.getValue().contains("Beispielkreis"))
            .findFirst()
            .orElseThrow()
            .getKey();
    kreis.costShare = new BigDecimal("30.00");
    participants.addPartner(byCode.get("M-10"), kreis);
    PartnerInput zweckverband = new PartnerInput();
    zweckverband.name = "Zweckverband Breitband Nord";
    zweckverband.costShare = new BigDecimal("20.00");
    participants.addPartner(byCode.get("M-10"), zweckverband);
  }

  private void enrich(Long id, Long parent, MeasureLevel level, String ratings, String tags) {
    MeasureView m = measures.get(id);
    MeasureInput in = m.toInput();
    in.parentId = parent;
    in.level = level;
    String[] r = ratings.split(",");
    List<String> keys = List.of("LEGAL", "CITIZENS", "ADMINISTRATION", "EFFORT", "URGENCY");
    for (int i = 0; i < keys.size(); i++) {
      in.ratings.put(keys.get(i), Integer.valueOf(r[i]));
    }
    in.tags = tags == null ? List.of() : List.of(tags.split(","));
    measures.update(id, m.version(), in);
  }

  private void participant(
      long measureId, Long unit, Long person, Long organization, Raci raci, String task) {
    ParticipantInput in = new ParticipantInput();
    in.orgUnitId = unit;
    in.personId = person;
    in.organizationId = organization;
    in.raci = raci;
    in.task = task;
    participants.addParticipant(measureId, in);
  }

  private void milestone(long measureId, String title, String planned, String actual) {
    MilestoneInput in = new MilestoneInput();
    in.title = title;
    in.plannedDate = LocalDate.parse(planned);
    in.actualDate = date(actual);
    in.done = actual != null;
    milestones.add(measureId, in);
  }

  private void resources(
      long measureId,
      int year,
      String fteExisting,
      String fteNew,
      String fteExternal,
      String consumptive,
      String investive,
      String status,
      String spent) {
    ResourceInput in = new ResourceInput();
    in.budgetYear = year;
    in.fteExisting = new BigDecimal(fteExisting);
    in.fteNew = new BigDecimal(fteNew);
    in.fteExternal = new BigDecimal(fteExternal);
    in.consumptive = new BigDecimal(consumptive);
    in.investive = new BigDecimal(investive);
    in.budgetStatus = BudgetStatus.valueOf(status);
    in.spent = spent == null ? null : new BigDecimal(spent);
    in.budgetProduct = "11.14.01 – Informationstechnik";
    in.fundingSource =
        year >= 2025 && investive.startsWith("1500")
            ? "Gigabitförderung des Bundes"
            : "Haushalt der Stadt";
    resources.add(measureId, in);
  }

  /** Beispielkreis has just begun: a draft with two fields, two goals and three measures. */
  private void beispielkreisStrategy() {
    StrategyInput s = new StrategyInput();
    s.title = "E-Government-Strategie des Landkreises Beispielkreis";
    s.startYear = 2025;
    s.endYear = 2029;
    VersionView v = strategies.create(s);
    long hf1 = field(v.id(), 1, "HF 1", "Dienstleistungen nach EU-DLR und OZG", null);
    long hf2 =
        field(v.id(), 2, "HF 2", "Interkommunale Zusammenarbeit", "mit den Gemeinden des Kreises");
    long a = goal(v.id(), "A", "Einheitlicher Ansprechpartner online", hf1);
    long b = goal(v.id(), "B", "Gemeinsame IT-Dienste mit den Gemeinden", hf2);
    long rechenzentrum =
        indicator(
            b,
            "Gemeinden im gemeinsamen Rechenzentrum",
            "Anzahl",
            IndicatorDirection.HIGHER_IS_BETTER,
            "2",
            "2025-01-01",
            "11",
            "2028-12-31");
    indicatorValue(rechenzentrum, "2026-03-31", "5", "Kreisverwaltung, Fachdienst IT");
    concept(
        v.id(),
        "Kreisentwicklungskonzept 2035",
        "2022-09-29",
        "KT/2022/118",
        "https://beispielkreis.example/kek2035");
    Map<String, Long> units = orgUnitIds();
    measure(
        v.id(),
        "M-1",
        "Koordinationsgruppe E-Government einrichten",
        List.of(b),
        MeasureStatus.COMPLETED,
        null,
        "2025-01-01",
        "2025-06-30",
        "2025-01-01",
        "2025-05-31",
        units.get("03.03.10"),
        null);
    measure(
        v.id(),
        "M-2",
        "Online-Antrag Gewerbeanmeldung",
        List.of(a),
        MeasureStatus.IN_PROGRESS,
        null,
        "2025-07-01",
        "2026-12-31",
        "2025-09-01",
        null,
        units.get("FB 3"),
        // the E-Government coordinator answers for it: his status update is his task
        personIds().get("Domanske"));
    measure(
        v.id(),
        "M-3",
        "Gemeinsames Rechenzentrum mit den Gemeinden",
        List.of(b),
        MeasureStatus.IDEA,
        null,
        "2027-01-01",
        "2029-12-31",
        null,
        null,
        units.get("FB 1"),
        null);
    // the data centre is shared with the district's municipalities: a partner and a participant
    Map<String, Long> byCode = new HashMap<>();
    measures.all(v.id()).forEach(m -> byCode.put(m.code(), m.id()));
    MeasureView m3 = measures.get(byCode.get("M-3"));
    MeasureInput in = m3.toInput();
    in.level = MeasureLevel.INTERMUNICIPAL;
    in.tags = List.of("Interkommunal");
    measures.update(m3.id(), m3.version(), in);
    PartnerInput gemeinden = new PartnerInput();
    gemeinden.name = "Amt Beispielland (für seine Gemeinden)";
    gemeinden.costShare = new BigDecimal("40.00");
    participants.addPartner(m3.id(), gemeinden);
    // Musterstadt takes part too: it sees M-3 under "Gemeinsame Maßnahmen", as the Landkreis sees
    // Musterstadt's M-10
    PartnerInput muster = new PartnerInput();
    muster.partnerBodyId =
        participants.partnerChoices().entrySet().stream()
            .filter(e -> e.getValue().contains("Musterstadt"))
            .findFirst()
            .orElseThrow()
            .getKey();
    muster.costShare = new BigDecimal("15.00");
    participants.addPartner(m3.id(), muster);
    participant(byCode.get("M-3"), units.get("FB 1"), null, null, Raci.CONSULTED, "IT-Betrieb");
    // adopted by the Kreistag and in force; its first round (Q2/2026) is closed, Q3/2026 is open
    VersionView kreis = strategies.version(v.id());
    AdoptionInput adoption = new AdoptionInput();
    adoption.adoptedOn = LocalDate.of(2025, 3, 27);
    adoption.adoptedById = organizationId("KT");
    adoption.paperReference = "KT/2025/031";
    adoption.inForceFrom = LocalDate.of(2025, 4, 1);
    kreis = strategies.adopt(v.id(), kreis.version(), adoption);
    strategies.putInForce(v.id(), kreis.version());
    RoundView first = openRound(v.id(), "Q2/2026");
    for (StatusUpdateView u : statusUpdates.inRound(first.id())) {
      StatusUpdateView saved =
          statusUpdates.save(u.id(), u.version(), report(u, 1, first.periodEnd()));
      statusUpdates.accept(u.id(), statusUpdates.submit(u.id(), saved.version()).version());
    }
    rounds.close(first.id(), rounds.get(first.id()).version(), null);
    openRound(v.id(), "Q3/2026");
    council.beispielkreis(v.id(), orgUnitIds(), personIds(), this::organizationId);
  }

  private long field(long versionId, int position, String code, String title, String description) {
    FieldOfActionInput in = new FieldOfActionInput();
    in.position = position;
    in.code = code;
    in.title = title;
    in.description = description;
    return fieldsAndGoals.addFieldOfAction(versionId, in).id();
  }

  private long goal(long versionId, String code, String title, Long... fields) {
    GoalInput in = new GoalInput();
    in.code = code;
    in.title = title;
    in.fieldOfActionIds = List.of(fields);
    return fieldsAndGoals.addGoal(versionId, in).id();
  }

  private void measure(
      long versionId,
      String code,
      String title,
      List<Long> goals,
      MeasureStatus status,
      String reason,
      String plannedStart,
      String plannedEnd,
      String actualStart,
      String actualEnd,
      Long unit,
      Long person) {
    MeasureInput in = new MeasureInput();
    in.code = code;
    in.title = title;
    in.goalIds = goals;
    in.status = status;
    in.statusReason = reason;
    in.plannedStart = date(plannedStart);
    in.plannedEnd = date(plannedEnd);
    in.actualStart = date(actualStart);
    in.actualEnd = date(actualEnd);
    in.leadOrgUnitId = unit;
    in.responsiblePersonId = person;
    measures.create(versionId, in);
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  private Map<String, Long> orgUnitIds() {
    Map<String, Long> ids = new HashMap<>();
    orgUnits.tree().forEach(u -> ids.put(u.code(), u.id()));
    return ids;
  }

  private Map<String, Long> personIds() {
    Map<String, Long> ids = new HashMap<>();
    persons
        .search(null, null, org.springframework.data.domain.PageRequest.of(0, 500))
        .forEach(p -> ids.put(p.familyName(), p.id()));
    return ids;
  }

  private long organizationId(String shortName) {
    return organizations
        .search(null, org.springframework.data.domain.PageRequest.of(0, 100))
        .stream()
        .filter(o -> shortName.equals(o.shortName()))
        .findFirst()
        .orElseThrow()
        .id();
  }

  /**
   * The council's committees are published over OParl; the Senat, the working groups and the
   * Personalrat are not.
   */
  private static final java.util.Set<String> PUBLISHED_COMMITTEES =
      java.util.Set.of("Bürgerschaft", "HA", "HDA", "SchulA", "KT", "KA");

  /** The elected members who agreed that their names appear; staff never do. */
  private static final java.util.Set<String> MEMBERS_WHO_AGREED =
      java.util.Set.of("Neumann", "Albers", "Demir", "Lange");

  private static BodyInput body(
      String name,
      String shortName,
      BodyType type,
      String ags,
      String rgs,
      String website,
      String slug) {
    BodyInput in = new BodyInput();
    in.name = name;
    in.shortName = shortName;
    in.bodyType = type;
    in.ags = ags;
    in.rgs = rgs;
    in.website = website;
    in.license = "https://www.govdata.de/dl-de/by-2-0";
    in.slug = slug;
    // Musterstadt publishes its council data over OParl, the Beispielkreis does not (yet)
    in.oparlPublished = "musterstadt".equals(slug);
    return in;
  }

  private void lead(long unitId, long personId) {
    var unit = orgUnits.get(unitId);
    OrgUnitInput in = unit.toInput();
    in.leadPersonId = personId;
    orgUnits.update(unitId, unit.version(), in);
  }

  private void unit(Map<String, Long> ids, String code, String name, String parentCode) {
    OrgUnitInput in = new OrgUnitInput();
    in.code = code;
    in.name = name;
    in.parentId = parentCode == null ? null : ids.get(parentCode);
    in.validFrom = LocalDate.of(2020, 1, 1);
    ids.put(code, orgUnits.create(in).id());
  }

  private void person(
      Map<String, Long> ids,
      String given,
      String family,
      String title,
      String function,
      String email,
      String phone,
      Long unit) {
    PersonInput in = new PersonInput();
    in.title = title;
    in.givenName = given;
    in.familyName = family;
    in.jobFunction = function;
    in.email = email;
    in.phone = phone;
    in.orgUnitId = unit;
    in.published = MEMBERS_WHO_AGREED.contains(family);
    ids.put(family, persons.create(in).id());
  }

  private long organization(
      String name, String shortName, OrganizationClassification classification) {
    OrganizationInput in = new OrganizationInput();
    in.name = name;
    in.shortName = shortName;
    in.classification = classification;
    in.startDate = LocalDate.of(2023, 6, 1);
    in.published = PUBLISHED_COMMITTEES.contains(shortName);
    return organizations.create(in).id();
  }

  private void term(String name, LocalDate start, LocalDate end) {
    LegislativeTermInput in = new LegislativeTermInput();
    in.name = name;
    in.startDate = start;
    in.endDate = end;
    legislativeTerms.create(in);
  }

  private void member(long organization, Long person, MembershipRole role, boolean vote) {
    MembershipInput in = new MembershipInput();
    in.personId = person;
    in.role = role;
    in.votingRight = vote;
    in.startDate = LocalDate.of(2023, 6, 1);
    organizations.addMember(organization, in);
  }
}
